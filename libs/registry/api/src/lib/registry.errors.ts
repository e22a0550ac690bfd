import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@xiangzhi/server/core';

/**
 * Stable error codes of the registry (`extensions.code`); the web apps translate them (`errors.<CODE>`).
 *
 * | code | kind | when |
 * | --- | --- | --- |
 * | SCOPE_OUT_OF_REGION | FORBIDDEN | the target (region, household, member, import) lies outside the caller's region (`details.regionCode` only when the caller named that region) |
 * | REGISTRY_REGION_NOT_FOUND | NOT_FOUND | no region or grid with that code |
 * | REGISTRY_REGION_NOT_VILLAGE | BAD_USER_INPUT | a village code was expected |
 * | REGISTRY_GRID_NOT_FOUND | NOT_FOUND / BAD_USER_INPUT | no such grid (or not a grid of the household's village) |
 * | REGISTRY_GRID_CODE_INVALID | BAD_USER_INPUT | a grid code must be the village code + 3 digits |
 * | REGISTRY_GRID_EXISTS | CONFLICT | a grid with that code already exists |
 * | REGISTRY_GRID_LIMIT | CONFLICT | the village has 999 grids already |
 * | REGISTRY_HOUSEHOLD_NOT_FOUND | NOT_FOUND | no household with that id or card number |
 * | REGISTRY_HOUSEHOLD_VERSION_CONFLICT | CONFLICT | someone else changed the household since it was read |
 * | REGISTRY_HOUSEHOLD_HEAD_REQUIRED | BAD_USER_INPUT | a household needs exactly one head (relation HEAD) |
 * | REGISTRY_HOUSEHOLD_HEAD_EXISTS | BAD_USER_INPUT | a second head; change the head with updateHousehold(headMemberId) |
 * | REGISTRY_HEAD_REMOVAL | BAD_USER_INPUT | the head cannot be removed or demoted; choose another head first |
 * | REGISTRY_MEMBER_NOT_FOUND | NOT_FOUND | no (active) member with that id in the household |
 * | REGISTRY_ID_NUMBER_INVALID | BAD_USER_INPUT | not a GB 11643 ID number (`details.problem`: FORMAT, REGION, BIRTH_DATE, CHECK_DIGIT) |
 * | REGISTRY_ID_NUMBER_DUPLICATE | CONFLICT | the ID number belongs to an active member already (or twice in one request) |
 * | REGISTRY_ID_NUMBER_MISMATCH | BAD_USER_INPUT | birth date or gender contradicts the ID number (`details.field`) |
 * | REGISTRY_PHONE_INVALID | BAD_USER_INPUT | not a mobile or landline number |
 * | REGISTRY_DATE_INVALID | BAD_USER_INPUT | a date in the future or before 1900 (`details.field`) |
 * | REGISTRY_RESIDENT_SINCE_REQUIRED | BAD_USER_INPUT | a non-local household needs the date it came to live here |
 * | REGISTRY_NOT_ADMITTED | BAD_USER_INPUT | a non-local household takes part only once admitted by the village committee |
 * | REGISTRY_ADMISSION_NOT_NON_LOCAL | BAD_USER_INPUT | only non-local households are admitted |
 * | REGISTRY_ADMISSION_TOO_SOON | BAD_USER_INPUT | admitted less than 6 months after `residentSince` (`details.eligibleFrom`) |
 * | REGISTRY_ALREADY_ADMITTED | CONFLICT | the household has been admitted already |
 * | REGISTRY_CARD_SEQUENCE_EXHAUSTED | CONFLICT | the village has used all 99,999 card numbers |
 * | REGISTRY_CARD_SELECTION_REQUIRED | BAD_USER_INPUT | give exactly one of householdIds or villageCode |
 * | REGISTRY_CARD_BATCH_TOO_LARGE | BAD_USER_INPUT | more than 500 cards in one PDF (`details.limit`) |
 * | REGISTRY_CARD_NOTHING_TO_PRINT | BAD_USER_INPUT | the selection holds no household |
 * | REGISTRY_REVEAL_REASON_REQUIRED | BAD_USER_INPUT | revealing an ID number needs a reason of ≥ 2 characters |
 * | REGISTRY_IMPORT_NOT_FOUND | NOT_FOUND | no import with that id |
 * | REGISTRY_IMPORT_IN_PROGRESS | CONFLICT | the village has an import that has not finished |
 * | IMPORT_NOT_EXCEL | BAD_USER_INPUT | the file is not a readable .xlsx workbook |
 * | IMPORT_COLUMNS_MISMATCH | BAD_USER_INPUT | the header row is not the template's (`details.expected`, `details.found`) |
 * | IMPORT_TOO_MANY_ROWS | BAD_USER_INPUT | more rows than one import takes (`details.limit`) |
 * | IMPORT_EMPTY | BAD_USER_INPUT | the sheet has a header but no data rows |
 *
 * An import that fails in the background keeps its reason as a code in `HouseholdImport.message`: IMPORT_ROWS_INVALID
 * (rows refused; see `errorReportFileId`), IMPORT_EMPTY, IMPORT_TOO_MANY_ROWS, IMPORT_NOT_EXCEL, IMPORT_COLUMNS_MISMATCH,
 * REGISTRY_ID_NUMBER_DUPLICATE (registered meanwhile), REGISTRY_CARD_SEQUENCE_EXHAUSTED, IMPORT_ABANDONED (crashed
 * three times), INTERNAL_ERROR.
 */
export const RegistryErrors = {
  scope: (regionCode: string) => new ForbiddenError('SCOPE_OUT_OF_REGION', { regionCode }),
  /** A target looked up by id or card lies outside the caller's region: refused without saying where it lies. */
  targetOutOfScope: () => new ForbiddenError('SCOPE_OUT_OF_REGION'),
  regionNotFound: (code: string) => new NotFoundError('REGISTRY_REGION_NOT_FOUND', { regionCode: code }),
  notVillage: (code: string) => new ValidationError('REGISTRY_REGION_NOT_VILLAGE', { regionCode: code }),
  gridNotFound: (code: string) => new NotFoundError('REGISTRY_GRID_NOT_FOUND', { gridCode: code }),
  gridNotInVillage: (code: string) => new ValidationError('REGISTRY_GRID_NOT_FOUND', { gridCode: code }),
  gridCodeInvalid: (code: string) => new ValidationError('REGISTRY_GRID_CODE_INVALID', { gridCode: code }),
  gridExists: (code: string) => new ConflictError('REGISTRY_GRID_EXISTS', { gridCode: code }),
  gridLimit: (villageCode: string) => new ConflictError('REGISTRY_GRID_LIMIT', { villageCode }),
  householdNotFound: () => new NotFoundError('REGISTRY_HOUSEHOLD_NOT_FOUND'),
  versionConflict: (current: number) => new ConflictError('REGISTRY_HOUSEHOLD_VERSION_CONFLICT', { current }),
  headRequired: () => new ValidationError('REGISTRY_HOUSEHOLD_HEAD_REQUIRED'),
  headExists: () => new ValidationError('REGISTRY_HOUSEHOLD_HEAD_EXISTS'),
  headRemoval: () => new ValidationError('REGISTRY_HEAD_REMOVAL'),
  memberNotFound: () => new NotFoundError('REGISTRY_MEMBER_NOT_FOUND'),
  idInvalid: (problem: string, index?: number) =>
    new ValidationError('REGISTRY_ID_NUMBER_INVALID', index === undefined ? { problem } : { problem, index }),
  idDuplicate: (index?: number) =>
    new ConflictError('REGISTRY_ID_NUMBER_DUPLICATE', index === undefined ? {} : { index }),
  idMismatch: (field: 'birthDate' | 'gender', index?: number) =>
    new ValidationError('REGISTRY_ID_NUMBER_MISMATCH', index === undefined ? { field } : { field, index }),
  phoneInvalid: () => new ValidationError('REGISTRY_PHONE_INVALID'),
  dateInvalid: (field: string) => new ValidationError('REGISTRY_DATE_INVALID', { field }),
  residentSinceRequired: () => new ValidationError('REGISTRY_RESIDENT_SINCE_REQUIRED'),
  notAdmitted: () => new ValidationError('REGISTRY_NOT_ADMITTED'),
  admissionNotNonLocal: () => new ValidationError('REGISTRY_ADMISSION_NOT_NON_LOCAL'),
  admissionTooSoon: (eligibleFrom: string) => new ValidationError('REGISTRY_ADMISSION_TOO_SOON', { eligibleFrom }),
  alreadyAdmitted: () => new ConflictError('REGISTRY_ALREADY_ADMITTED'),
  cardSequenceExhausted: (villageCode: string) =>
    new ConflictError('REGISTRY_CARD_SEQUENCE_EXHAUSTED', { villageCode }),
  cardSelectionRequired: () => new ValidationError('REGISTRY_CARD_SELECTION_REQUIRED'),
  cardBatchTooLarge: (limit: number) => new ValidationError('REGISTRY_CARD_BATCH_TOO_LARGE', { limit }),
  cardNothingToPrint: () => new ValidationError('REGISTRY_CARD_NOTHING_TO_PRINT'),
  revealReasonRequired: () => new ValidationError('REGISTRY_REVEAL_REASON_REQUIRED'),
  importNotFound: () => new NotFoundError('REGISTRY_IMPORT_NOT_FOUND'),
  importInProgress: (id: string) => new ConflictError('REGISTRY_IMPORT_IN_PROGRESS', { importId: id }),
  importNotExcel: () => new ValidationError('IMPORT_NOT_EXCEL'),
  importColumnsMismatch: (expected: readonly string[], found: readonly string[]) =>
    new ValidationError('IMPORT_COLUMNS_MISMATCH', { expected: [...expected], found: [...found] }),
  importTooManyRows: (limit: number) => new ValidationError('IMPORT_TOO_MANY_ROWS', { limit }),
  importEmpty: () => new ValidationError('IMPORT_EMPTY'),
};
