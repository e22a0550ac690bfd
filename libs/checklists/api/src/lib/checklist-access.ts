import { Actor, Permission, RequestContext } from '@xiangzhi/server/core';

/**
 * What a caller does with checklists: READ lists and versions of their region; EDIT a village's drafts (adopt a town
 * template, change items, submit); MANAGE town templates and decide on villages' submissions (approve, reject).
 */
export type ChecklistAction = 'READ' | 'EDIT' | 'MANAGE';

// TODO(issue 5): dedicated CHECKLIST_* permissions (CHECKLIST_READ, CHECKLIST_EDIT, CHECKLIST_MANAGE, CHECKLIST_CASE,
// CHECKLIST_OVERSIGHT). Until they exist these are stand-ins of the closest meaning; this file is the only place that
// names them, so switching is a change here (and in roles.ts).
const STAND_IN: Readonly<Record<ChecklistAction, Permission>> = {
  READ: Permission.REGION_READ,
  EDIT: Permission.HOUSEHOLD_WRITE,
  MANAGE: Permission.POINTS_SCHEME_MANAGE,
};

/** The permission an action needs (for `@Allow` on resolvers). */
export function checklistPermission(action: ChecklistAction): Permission {
  return STAND_IN[action];
}

/** Throws AUTH_PERMISSION_DENIED unless the caller may do `action` (region scope is checked by the services). */
export function requireChecklist(ctx: RequestContext, action: ChecklistAction): Actor {
  return ctx.requirePermission(STAND_IN[action]);
}
