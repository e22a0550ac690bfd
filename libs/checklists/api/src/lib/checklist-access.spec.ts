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

describe('checklist access', () => {
  it('maps each action to one existing permission', () => {
    expect(checklistPermission('READ')).toBe(Permission.CHECKLIST_READ);
    expect(checklistPermission('EDIT')).toBe(Permission.CHECKLIST_EDIT);
    expect(checklistPermission('MANAGE')).toBe(Permission.CHECKLIST_MANAGE);
    expect(checklistPermission('CASE')).toBe(Permission.CHECKLIST_CASE);
    expect(checklistPermission('CERTIFY')).toBe(Permission.CHECKLIST_CERTIFY);
    expect(checklistPermission('OVERSIGHT')).toBe(Permission.CHECKLIST_OVERSIGHT);
    expect(checklistPermission('COUNTY')).toBe(Permission.CHECKLIST_LIST_TYPES_MANAGE);
    expect(checklistPermission('PROVINCE')).toBe(Permission.CHECKLIST_PROVINCE_MANAGE);
  });

  it.each<[Role, ChecklistAction[]]>([
    [Role.VILLAGE_ADMIN, ['READ', 'EDIT', 'CASE', 'CERTIFY']],
    [Role.VILLAGE_REVIEWER, ['READ', 'CASE']],
    [Role.TOWN_SUPERVISOR, ['READ', 'EDIT', 'MANAGE', 'CASE', 'CERTIFY', 'OVERSIGHT']],
    [Role.OVERSIGHT, ['READ', 'CASE', 'OVERSIGHT']],
    [Role.COUNTY_SUPERVISOR, ['READ', 'CASE', 'OVERSIGHT', 'COUNTY']],
    [Role.GRID_WORKER, []],
    [Role.SHOP_OPERATOR, []],
    [Role.SYSTEM_ADMIN, ['READ', 'EDIT', 'MANAGE', 'CASE', 'CERTIFY', 'OVERSIGHT', 'COUNTY', 'PROVINCE']],
  ])('%s may %j', (role, allowed) => {
    for (const action of [
      'READ',
      'EDIT',
      'MANAGE',
      'CASE',
      'CERTIFY',
      'OVERSIGHT',
      'COUNTY',
      'PROVINCE',
    ] as ChecklistAction[]) {
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
