import { ConflictError, DomainError, ForbiddenError, NotFoundError, ValidationError } from '@xiangzhi/server/core';

/**
 * Error codes of oversight (inspections, findings, rectifications, complaints); translated under `errors.<CODE>`.
 *
 * | code | kind | when |
 * | --- | --- | --- |
 * | SCOPE_OUT_OF_REGION | FORBIDDEN | the village, case, inspection, finding or complaint lies outside the caller's region |
 * | CHECKLIST_INSPECTION_TARGET_INVALID | BAD_USER_INPUT | a list needs villageCode and listType, an item also itemCode, a case its caseId (and any villageCode, listType or itemCode given must be the case's) |
 * | CHECKLIST_CASE_NOT_FOUND | NOT_FOUND | no case with that id |
 * | CHECKLIST_INSPECTION_NOT_FOUND | NOT_FOUND | no inspection with that id |
 * | CHECKLIST_INSPECTION_SUMMARY_INVALID | BAD_USER_INPUT | the summary is 2–2000 characters |
 * | CHECKLIST_INSPECTION_DATE_INVALID | BAD_USER_INPUT | the inspection date lies in the future |
 * | CHECKLIST_FINDINGS_TOO_MANY | BAD_USER_INPUT | more than 50 findings in one inspection |
 * | CHECKLIST_FINDING_TEXT_INVALID | BAD_USER_INPUT | a finding's text (or a rectification's) is 2–1000 characters (`details.index`) |
 * | CHECKLIST_FINDING_NOT_FOUND | NOT_FOUND | no finding with that id |
 * | CHECKLIST_FINDING_STATUS_INVALID | CONFLICT | the action does not apply to the finding's status (`details.status`, `details.action`) |
 * | CHECKLIST_FINDING_DUE_INVALID | BAD_USER_INPUT | a rectification needs a deadline, today or later |
 * | CHECKLIST_FINDING_NOTE_REQUIRED | BAD_USER_INPUT | reopening or closing a finding needs a note |
 * | CHECKLIST_FINDING_SAME_PERSON | FORBIDDEN | the inspector records no rectification of their own finding, and nobody verifies their own rectification |
 * | CHECKLIST_EVIDENCE_INVALID | BAD_USER_INPUT | evidence files: at most 20, each stored in the caller's region or uploaded by them (`details.fileId`) |
 * | CHECKLIST_KEY_INVALID | BAD_USER_INPUT | a client key is 8–64 characters of A–Z a–z 0–9 _ . : - |
 * | CHECKLIST_KEY_REUSED | CONFLICT | the client key was used before for a different request |
 * | CHECKLIST_COMPLAINT_VILLAGE_UNKNOWN | NOT_FOUND | no village with that code |
 * | CHECKLIST_COMPLAINT_SUBJECT_INVALID | BAD_USER_INPUT | the subject is 2–60 characters |
 * | CHECKLIST_COMPLAINT_TEXT_INVALID | BAD_USER_INPUT | the text is 5–2000 characters |
 * | CHECKLIST_COMPLAINT_CONTACT_INVALID | BAD_USER_INPUT | the contact is a mobile (1[3-9]xxxxxxxxx) or landline (0xx-xxxxxxx) number |
 * | CHECKLIST_COMPLAINT_TOO_MANY | FORBIDDEN | too many complaints from one address (or to one village), or status look-ups from one address, lately (`details.retryAfterSeconds`) |
 * | CHECKLIST_COMPLAINT_NOT_FOUND | NOT_FOUND | no complaint with that id |
 * | CHECKLIST_COMPLAINT_STATUS_INVALID | CONFLICT | the action does not apply to the complaint's status (`details.status`, `details.action`) |
 * | CHECKLIST_COMPLAINT_REPLY_REQUIRED | BAD_USER_INPUT | a reply or a closing note is 2–2000 characters |
 */
export const OversightErrors = {
  outOfScope: () => new ForbiddenError('SCOPE_OUT_OF_REGION'),
  targetInvalid: () => new ValidationError('CHECKLIST_INSPECTION_TARGET_INVALID'),
  caseNotFound: () => new NotFoundError('CHECKLIST_CASE_NOT_FOUND'),
  inspectionNotFound: () => new NotFoundError('CHECKLIST_INSPECTION_NOT_FOUND'),
  summaryInvalid: () => new ValidationError('CHECKLIST_INSPECTION_SUMMARY_INVALID'),
  dateInvalid: () => new ValidationError('CHECKLIST_INSPECTION_DATE_INVALID'),
  findingsTooMany: () => new ValidationError('CHECKLIST_FINDINGS_TOO_MANY', { max: 50 }),
  findingTextInvalid: (index?: number) =>
    new ValidationError('CHECKLIST_FINDING_TEXT_INVALID', index === undefined ? {} : { index }),
  findingNotFound: () => new NotFoundError('CHECKLIST_FINDING_NOT_FOUND'),
  findingStatusInvalid: (status: string, action: string) =>
    new ConflictError('CHECKLIST_FINDING_STATUS_INVALID', { status, action }),
  dueInvalid: () => new ValidationError('CHECKLIST_FINDING_DUE_INVALID'),
  noteRequired: () => new ValidationError('CHECKLIST_FINDING_NOTE_REQUIRED'),
  samePerson: () => new ForbiddenError('CHECKLIST_FINDING_SAME_PERSON'),
  evidenceInvalid: (fileId?: string) =>
    new ValidationError('CHECKLIST_EVIDENCE_INVALID', fileId === undefined ? {} : { fileId }),
  keyInvalid: () => new ValidationError('CHECKLIST_KEY_INVALID'),
  keyReused: () => new ConflictError('CHECKLIST_KEY_REUSED'),
  villageUnknown: () => new NotFoundError('CHECKLIST_COMPLAINT_VILLAGE_UNKNOWN'),
  subjectInvalid: () => new ValidationError('CHECKLIST_COMPLAINT_SUBJECT_INVALID', { min: 2, max: 60 }),
  textInvalid: () => new ValidationError('CHECKLIST_COMPLAINT_TEXT_INVALID', { min: 5, max: 2000 }),
  contactInvalid: () => new ValidationError('CHECKLIST_COMPLAINT_CONTACT_INVALID'),
  tooMany: (retryAfterSeconds: number) =>
    new DomainError('CHECKLIST_COMPLAINT_TOO_MANY', 'FORBIDDEN', { retryAfterSeconds }),
  complaintNotFound: () => new NotFoundError('CHECKLIST_COMPLAINT_NOT_FOUND'),
  complaintStatusInvalid: (status: string, action: string) =>
    new ConflictError('CHECKLIST_COMPLAINT_STATUS_INVALID', { status, action }),
  replyRequired: () => new ValidationError('CHECKLIST_COMPLAINT_REPLY_REQUIRED'),
};

const KEY = /^[A-Za-z0-9_.:-]{8,64}$/;

/** A client key as given, or CHECKLIST_KEY_INVALID. */
export function checkKey(key: string): string {
  if (typeof key !== 'string' || !KEY.test(key)) throw OversightErrors.keyInvalid();
  return key;
}

/** Trimmed text of `min`–`max` characters, or the given error. */
export function cleanText(text: string | null | undefined, min: number, max: number, error: () => Error): string {
  const t = (text ?? '').trim();
  const n = Array.from(t).length;
  if (n < min || n > max) throw error();
  return t;
}
