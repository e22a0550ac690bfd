import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@xiangzhi/server/core';

/**
 * Stable error codes of the points system (`extensions.code`); the web apps translate them (`errors.<CODE>`).
 *
 * | code | kind | when |
 * | --- | --- | --- |
 * | SCOPE_OUT_OF_REGION | FORBIDDEN | the target lies outside the caller's region |
 * | SCHEME_NOT_FOUND | NOT_FOUND | no scheme version with that id |
 * | SCHEME_PRESET_UNKNOWN | BAD_USER_INPUT | no preset with that key |
 * | SCHEME_SOURCE_REQUIRED | BAD_USER_INPUT | a new town version needs a preset or the version in force to copy |
 * | SCHEME_NONE_IN_FORCE | NOT_FOUND | no version in force to copy or adapt (`details.regionCode`, `details.year`) |
 * | SCHEME_REGION_NOT_TOWN | BAD_USER_INPUT | a town scheme belongs to a town |
 * | SCHEME_REGION_NOT_VILLAGE | BAD_USER_INPUT | an adaptation belongs to a village |
 * | SCHEME_NOT_DRAFT | CONFLICT | only a DRAFT may be edited or submitted (`details.status`) |
 * | SCHEME_NOT_SUBMITTED | CONFLICT | only a SUBMITTED version may be approved or rejected (`details.status`) |
 * | SCHEME_REASON_REQUIRED | BAD_USER_INPUT | a rejection needs a reason |
 * | SCHEME_ITEM_TAKES_ENTITLEMENT | BAD_USER_INPUT | a NEGATIVE/VETO item takes away subsidies or collective income residents are entitled to by law (`details.itemCode`) |
 * | SCHEME_ITEM_INVALID | BAD_USER_INPUT | an item is invalid (`details.itemCode`, `details.problem`: MIN_GT_MAX, NEGATIVE_POINTS, CAP_NOT_POSITIVE, CODE_INVALID, TEXT_REQUIRED) |
 * | SCHEME_ITEM_DUPLICATE_CODE | BAD_USER_INPUT | two items with one code (`details.itemCode`) |
 * | SCHEME_ITEM_NOT_FOUND | BAD_USER_INPUT | removing an item the draft does not hold (`details.itemCode`) |
 * | SCHEME_PARAMETER_INVALID | BAD_USER_INPUT | a policy parameter is out of range (`details.parameter`) |
 * | ENTRY_NOT_FOUND | NOT_FOUND | no entry with that id |
 * | POINTS_OUT_OF_RANGE | BAD_USER_INPUT | points outside the item's range (`details.min`, `details.max`) |
 * | POINTS_NOT_INTEGER | BAD_USER_INPUT | points must be whole |
 * | ITEM_NOT_IN_FORCE | BAD_USER_INPUT | the item is not in the scheme in force for the household's village and year (`details.itemCode`, `details.year`) |
 * | POINTS_MEMBER_REQUIRED | BAD_USER_INPUT | an INDIVIDUAL item needs a member |
 * | POINTS_MEMBER_NOT_ALLOWED | BAD_USER_INPUT | a HOUSEHOLD item takes no member |
 * | POINTS_MEMBER_NOT_IN_HOUSEHOLD | BAD_USER_INPUT | the member is not an active member of the household |
 * | HOUSEHOLD_NOT_PARTICIPATING | BAD_USER_INPUT | the household does not take part in the scheme (`details.householdId`) |
 * | POINTS_CAP_EXCEEDED | BAD_USER_INPUT | the item's cap for the period would be exceeded (`details.left`, `details.householdId`) |
 * | POINTS_EVIDENCE_REQUIRED | BAD_USER_INPUT | the item requires evidence (a photo or document) |
 * | POINTS_DATE_IN_FUTURE | BAD_USER_INPUT | what happened cannot lie in the future |
 * | POINTS_BULK_TOO_LARGE | BAD_USER_INPUT | more households than one bulk call takes (`details.limit`) |
 * | POINTS_BULK_DUPLICATE_HOUSEHOLD | BAD_USER_INPUT | a household twice in one bulk call |
 * | POINTS_IDEMPOTENCY_KEY_INVALID | BAD_USER_INPUT | a client key is 8–64 letters, digits, `-`, `_`, `.` or `:` |
 * | FILE_NOT_FOUND | NOT_FOUND | an evidence file does not exist or lies outside the caller's region |
 * | ENTRY_OWN_REVIEW | FORBIDDEN | a reviewer may not review an entry they recorded |
 * | ENTRY_NOT_RECORDED | CONFLICT | only RECORDED entries are reviewed (`details.entryId`, `details.status`) |
 * | ENTRY_NOT_REVIEWED | CONFLICT | only REVIEWED entries are approved (`details.entryId`, `details.status`) |
 * | ENTRY_REASON_REQUIRED | BAD_USER_INPUT | rejecting or reversing needs a reason |
 * | ENTRY_ALREADY_REVERSED | CONFLICT | the entry has been reversed already |
 * | ENTRY_NOT_REVERSIBLE | CONFLICT | only approved (or published) original entries are reversed (`details.status`) |
 * | ENTRY_SELECTION_INVALID | BAD_USER_INPUT | 1–500 distinct entry ids |
 */
export const PointsErrors = {
  targetOutOfScope: () => new ForbiddenError('SCOPE_OUT_OF_REGION'),
  schemeNotFound: () => new NotFoundError('SCHEME_NOT_FOUND'),
  presetUnknown: (key: string) => new ValidationError('SCHEME_PRESET_UNKNOWN', { presetKey: key }),
  sourceRequired: () => new ValidationError('SCHEME_SOURCE_REQUIRED'),
  noneInForce: (regionCode: string, year: number) => new NotFoundError('SCHEME_NONE_IN_FORCE', { regionCode, year }),
  notTown: (regionCode: string) => new ValidationError('SCHEME_REGION_NOT_TOWN', { regionCode }),
  notVillage: (regionCode: string) => new ValidationError('SCHEME_REGION_NOT_VILLAGE', { regionCode }),
  notDraft: (status: string) => new ConflictError('SCHEME_NOT_DRAFT', { status }),
  notSubmitted: (status: string) => new ConflictError('SCHEME_NOT_SUBMITTED', { status }),
  schemeReasonRequired: () => new ValidationError('SCHEME_REASON_REQUIRED'),
  takesEntitlement: (itemCode: string) => new ValidationError('SCHEME_ITEM_TAKES_ENTITLEMENT', { itemCode }),
  itemInvalid: (itemCode: string, problem: string) => new ValidationError('SCHEME_ITEM_INVALID', { itemCode, problem }),
  itemDuplicate: (itemCode: string) => new ValidationError('SCHEME_ITEM_DUPLICATE_CODE', { itemCode }),
  itemNotFound: (itemCode: string) => new ValidationError('SCHEME_ITEM_NOT_FOUND', { itemCode }),
  parameterInvalid: (parameter: string) => new ValidationError('SCHEME_PARAMETER_INVALID', { parameter }),
  entryNotFound: () => new NotFoundError('ENTRY_NOT_FOUND'),
  outOfRange: (min: number, max: number) => new ValidationError('POINTS_OUT_OF_RANGE', { min, max }),
  notInteger: () => new ValidationError('POINTS_NOT_INTEGER'),
  itemNotInForce: (itemCode: string, year: number) => new ValidationError('ITEM_NOT_IN_FORCE', { itemCode, year }),
  memberRequired: () => new ValidationError('POINTS_MEMBER_REQUIRED'),
  memberNotAllowed: () => new ValidationError('POINTS_MEMBER_NOT_ALLOWED'),
  memberNotInHousehold: () => new ValidationError('POINTS_MEMBER_NOT_IN_HOUSEHOLD'),
  notParticipating: (householdId: string) => new ValidationError('HOUSEHOLD_NOT_PARTICIPATING', { householdId }),
  capExceeded: (left: number, householdId: string) => new ValidationError('POINTS_CAP_EXCEEDED', { left, householdId }),
  evidenceRequired: () => new ValidationError('POINTS_EVIDENCE_REQUIRED'),
  dateInFuture: () => new ValidationError('POINTS_DATE_IN_FUTURE'),
  bulkTooLarge: (limit: number) => new ValidationError('POINTS_BULK_TOO_LARGE', { limit }),
  bulkDuplicate: (householdId: string) => new ValidationError('POINTS_BULK_DUPLICATE_HOUSEHOLD', { householdId }),
  keyInvalid: () => new ValidationError('POINTS_IDEMPOTENCY_KEY_INVALID'),
  fileNotFound: () => new NotFoundError('FILE_NOT_FOUND'),
  ownReview: (entryId: string) => new ForbiddenError('ENTRY_OWN_REVIEW', { entryId }),
  notRecorded: (entryId: string, status: string) => new ConflictError('ENTRY_NOT_RECORDED', { entryId, status }),
  notReviewed: (entryId: string, status: string) => new ConflictError('ENTRY_NOT_REVIEWED', { entryId, status }),
  entryReasonRequired: () => new ValidationError('ENTRY_REASON_REQUIRED'),
  alreadyReversed: (entryId: string) => new ConflictError('ENTRY_ALREADY_REVERSED', { entryId }),
  notReversible: (entryId: string, status: string) => new ConflictError('ENTRY_NOT_REVERSIBLE', { entryId, status }),
  selectionInvalid: () => new ValidationError('ENTRY_SELECTION_INVALID'),
};
