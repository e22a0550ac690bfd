import type { ItemProblem } from '@xiangzhi/checklists/util';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@xiangzhi/server/core';

/**
 * Stable error codes of the checklist system (`extensions.code`); the web apps translate them (`errors.<CODE>`).
 *
 * | code | kind | when |
 * | --- | --- | --- |
 * | SCOPE_OUT_OF_REGION | FORBIDDEN | the region or version lies outside the caller's region |
 * | CHECKLIST_VERSION_NOT_FOUND | NOT_FOUND | no version with that id |
 * | CHECKLIST_LIST_TYPE_UNKNOWN | BAD_USER_INPUT | the list type is not enabled for the county (`details.listType`) |
 * | CHECKLIST_REGION_LEVEL_INVALID | BAD_USER_INPUT | lists belong to a town (its templates) or a village (`details.regionCode`) |
 * | CHECKLIST_REGION_NOT_TOWN | BAD_USER_INPUT | templates belong to a town and are published by it (`details.regionCode`) |
 * | CHECKLIST_REGION_NOT_VILLAGE | BAD_USER_INPUT | adoption, submission and approval concern a village (`details.regionCode`) |
 * | CHECKLIST_NONE_PUBLISHED | NOT_FOUND | no published version to adopt or copy (`details.regionCode`, `details.listType`) |
 * | CHECKLIST_SOURCE_INVALID | BAD_USER_INPUT | example items are for towns; `fromVersionId` goes with source VERSION only, and names a version of the same region and list type |
 * | CHECKLIST_NOT_DRAFT | CONFLICT | only a DRAFT is edited, submitted or published directly (`details.status`) |
 * | CHECKLIST_NOT_SUBMITTED | CONFLICT | only a SUBMITTED version is approved or rejected (`details.status`) |
 * | CHECKLIST_CHANGE_REASON_REQUIRED | BAD_USER_INPUT | a submission states why the list changes |
 * | CHECKLIST_LEGAL_BASIS_REQUIRED | BAD_USER_INPUT | a submission states the law or policy behind the change |
 * | CHECKLIST_REASON_REQUIRED | BAD_USER_INPUT | a rejection needs its reason |
 * | CHECKLIST_EMPTY | BAD_USER_INPUT | a list is submitted or published with at least one item |
 * | CHECKLIST_ITEM_DUPLICATE_CODE | BAD_USER_INPUT | two items with one code (`details.itemCode`) |
 * | CHECKLIST_ITEM_NOT_FOUND | BAD_USER_INPUT | an item code the version (or the template adopted) does not hold (`details.itemCode`) |
 * | CHECKLIST_ITEM_FIELD_REQUIRED, CHECKLIST_ITEM_FIELD_INVALID, CHECKLIST_ITEM_FIELD_NOT_APPLICABLE, CHECKLIST_ITEM_FLOW_INVALID, CHECKLIST_ITEM_FLOW_EXCEEDS_TIME_LIMIT, CHECKLIST_ITEM_DO_NOT_ISSUE | BAD_USER_INPUT | an item breaks a rule of `validateItem` (`details.itemCode`, `details.field`, `details.message`; for flows `details.flowProblem` such as FLOW_DEAD_END and `details.stepId`; `details.problems` lists every problem of the item) |
 */
export const ChecklistErrors = {
  outOfScope: () => new ForbiddenError('SCOPE_OUT_OF_REGION'),
  versionNotFound: () => new NotFoundError('CHECKLIST_VERSION_NOT_FOUND'),
  listTypeUnknown: (listType: string) => new ValidationError('CHECKLIST_LIST_TYPE_UNKNOWN', { listType }),
  listTypeInvalid: (field: string) => new ValidationError('CHECKLIST_LIST_TYPE_INVALID', { field }),
  listTypeKindFixed: (listType: string, kind: string) =>
    new ConflictError('CHECKLIST_LIST_TYPE_KIND_FIXED', { listType, kind }),
  regionLevelInvalid: (regionCode: string) => new ValidationError('CHECKLIST_REGION_LEVEL_INVALID', { regionCode }),
  notTown: (regionCode: string) => new ValidationError('CHECKLIST_REGION_NOT_TOWN', { regionCode }),
  notVillage: (regionCode: string) => new ValidationError('CHECKLIST_REGION_NOT_VILLAGE', { regionCode }),
  nonePublished: (regionCode: string, listType: string) =>
    new NotFoundError('CHECKLIST_NONE_PUBLISHED', { regionCode, listType }),
  sourceInvalid: () => new ValidationError('CHECKLIST_SOURCE_INVALID'),
  notDraft: (status: string) => new ConflictError('CHECKLIST_NOT_DRAFT', { status }),
  notSubmitted: (status: string) => new ConflictError('CHECKLIST_NOT_SUBMITTED', { status }),
  changeReasonRequired: () => new ValidationError('CHECKLIST_CHANGE_REASON_REQUIRED'),
  legalBasisRequired: () => new ValidationError('CHECKLIST_LEGAL_BASIS_REQUIRED'),
  reasonRequired: () => new ValidationError('CHECKLIST_REASON_REQUIRED'),
  empty: () => new ValidationError('CHECKLIST_EMPTY'),
  itemDuplicate: (itemCode: string) => new ValidationError('CHECKLIST_ITEM_DUPLICATE_CODE', { itemCode }),
  itemNotFound: (itemCode: string) => new ValidationError('CHECKLIST_ITEM_NOT_FOUND', { itemCode }),
  /** The first problem names the error; the item and all its problems travel in the details. */
  itemInvalid: (itemCode: string, problems: ItemProblem[]) => {
    const first = problems[0];
    return new ValidationError(first.code, {
      itemCode,
      field: first.field,
      message: first.message,
      ...(first.flowProblem
        ? {
            flowProblem: first.flowProblem.code,
            ...(first.flowProblem.stepId ? { stepId: first.flowProblem.stepId } : {}),
          }
        : {}),
      problems: problems.map((p) => ({
        code: p.code,
        field: p.field,
        message: p.message,
        ...(p.flowProblem ? { flowProblem: p.flowProblem.code, stepId: p.flowProblem.stepId ?? null } : {}),
      })),
    });
  },
};
