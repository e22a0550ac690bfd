import { randomUUID } from 'node:crypto';
import { Permission, RequestContext, Role, ROLE_PERMISSIONS } from '@xiangzhi/server/core';
import { checklistPermission, requireChecklist, type ChecklistAction } from './checklist-access';

const ctxOf = (role: Role) =>
  new RequestContext(`req-${randomUUID()}`, {
    userId: randomUUID(),
    username: 'u',
    displayName: 'u',
    role,
    regionCode: '150626100201',
    scopePrefixes: ['150626100201'],
  });

describe('checklist access (stand-in permissions until issue 5)', () => {
  it('maps each action to one existing permission', () => {
    expect(checklistPermission('READ')).toBe(Permission.REGION_READ);
    expect(checklistPermission('EDIT')).toBe(Permission.HOUSEHOLD_WRITE);
    expect(checklistPermission('MANAGE')).toBe(Permission.POINTS_SCHEME_MANAGE);
  });

  it.each<[Role, ChecklistAction[]]>([
    [Role.VILLAGE_ADMIN, ['READ', 'EDIT']],
    [Role.TOWN_SUPERVISOR, ['READ', 'MANAGE']],
    [Role.OVERSIGHT, ['READ']],
    [Role.COUNTY_SUPERVISOR, ['READ']],
    [Role.SYSTEM_ADMIN, ['READ', 'EDIT', 'MANAGE']],
  ])('%s may %j', (role, allowed) => {
    for (const action of ['READ', 'EDIT', 'MANAGE'] as ChecklistAction[]) {
      const run = () => requireChecklist(ctxOf(role), action);
      if (allowed.includes(action)) expect(run).not.toThrow();
      else expect(run).toThrow(expect.objectContaining({ code: 'AUTH_PERMISSION_DENIED' }));
      expect(ROLE_PERMISSIONS[role].includes(checklistPermission(action))).toBe(allowed.includes(action));
    }
  });

  it('refuses an anonymous caller', () => {
    expect(() => requireChecklist(new RequestContext('r', null), 'READ')).toThrow(
      expect.objectContaining({ code: 'AUTH_UNAUTHENTICATED' }),
    );
  });
});
