import { Actor, Permission, RequestContext } from '@xiangzhi/server/core';

/**
 * What a caller does with checklists: READ lists, versions, cases and certificates of their region; EDIT a region's
 * drafts (a town's templates, a village's adoption and adaptation; submit them); MANAGE town templates and decide on
 * villages' submissions; CASE open cases and act on the steps of one's role; CERTIFY issue and revoke certificates;
 * OVERSIGHT inspections, findings, complaints and the oversight view; COUNTY a county's list types;
 * PROVINCE a province's do-not-issue list.
 */
export type ChecklistAction = 'READ' | 'EDIT' | 'MANAGE' | 'CASE' | 'CERTIFY' | 'OVERSIGHT' | 'COUNTY' | 'PROVINCE';

const PERMISSION: Readonly<Record<ChecklistAction, Permission>> = {
  READ: Permission.CHECKLIST_READ,
  EDIT: Permission.CHECKLIST_EDIT,
  MANAGE: Permission.CHECKLIST_MANAGE,
  CASE: Permission.CHECKLIST_CASE,
  CERTIFY: Permission.CHECKLIST_CERTIFY,
  OVERSIGHT: Permission.CHECKLIST_OVERSIGHT,
  COUNTY: Permission.CHECKLIST_LIST_TYPES_MANAGE,
  PROVINCE: Permission.CHECKLIST_PROVINCE_MANAGE,
};

/** The permission an action needs (for `@Allow` on resolvers). */
export function checklistPermission(action: ChecklistAction): Permission {
  return PERMISSION[action];
}

/** Throws AUTH_PERMISSION_DENIED unless the caller may do `action` (region scope is checked by the services). */
export function requireChecklist(ctx: RequestContext, action: ChecklistAction): Actor {
  return ctx.requirePermission(PERMISSION[action]);
}
