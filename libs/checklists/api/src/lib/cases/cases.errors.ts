import type { CaseRefusal, FlowProblem, GateRefusalCode } from '@xiangzhi/checklists/util';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@xiangzhi/server/core';

/**
 * Stable error codes of cases, the negative-list gate and certificates (`extensions.code`, translated by the web
 * apps as `errors.<CODE>`).
 *
 * | code | kind | when |
 * | --- | --- | --- |
 * | SCOPE_OUT_OF_REGION | FORBIDDEN | the village, case or certificate lies outside the caller's region |
 * | CHECKLIST_CASE_NOT_FOUND | NOT_FOUND | no case with that id |
 * | CHECKLIST_ITEM_NOT_IN_FORCE | BAD_USER_INPUT | the village's list in force (published) has no such item (`details.listType`, `details.itemCode`) |
 * | CHECKLIST_CASE_FLOW_INVALID | CONFLICT | the item has no flow chart or an invalid one (`details.problems`) |
 * | CHECKLIST_CASE_WRONG_ROLE | FORBIDDEN | the caller's role does not do this step (`details.stepId`, `details.requiredRole`) |
 * | CHECKLIST_CASE_ACTION_NOT_ALLOWED | CONFLICT | the current step has no such action: steps are not skipped (`details.stepId`, `details.action`, `details.available`) |
 * | CHECKLIST_CASE_CLOSED | CONFLICT | the case is closed |
 * | CHECKLIST_CASE_TIME_INVALID | BAD_USER_INPUT | the action's time lies before the step was entered |
 * | CHECKLIST_APPLICANT_INVALID | BAD_USER_INPUT | a MEMBER applicant is an active member of the case's village; an ORGANISATION has a name |
 * | CHECKLIST_KEY_INVALID | BAD_USER_INPUT | a client key is 8–64 letters, digits, `-`, `_`, `.` or `:` |
 * | CHECKLIST_REQUEST_TEXT_REQUIRED | BAD_USER_INPUT | the gate checks a request's words: they may not be empty |
 * | CHECKLIST_DO_NOT_ISSUE, CHECKLIST_NEGATIVE_ITEM, CHECKLIST_TASK_NOT_LISTED, CHECKLIST_NOT_A_CERTIFICATE | BAD_USER_INPUT | the negative-list gate refused the request (`details.itemCode`, `details.itemName`, `details.basis`, `details.refusalId`); the refusal is recorded |
 * | CHECKLIST_PROVINCE_INVALID | BAD_USER_INPUT | the do-not-issue list is kept for '000000000000' (national) or a province code |
 * | CHECKLIST_DO_NOT_ISSUE_INVALID | BAD_USER_INPUT | an entry needs a code, a name and a basis |
 * | CHECKLIST_NOT_CERTIFICATE_ITEM | BAD_USER_INPUT | certificates are issued only for items of a CERTIFICATE list |
 * | CHECKLIST_CASE_NOT_APPROVED | CONFLICT | a certificate needs a CLOSED case whose result is APPROVED |
 * | CHECKLIST_CERTIFICATE_EXISTS | CONFLICT | the case already has a certificate that is not revoked |
 * | CHECKLIST_CERTIFICATE_NOT_FOUND | NOT_FOUND | no certificate with that id |
 * | CHECKLIST_CERTIFICATE_REVOKED | CONFLICT | the certificate is already revoked |
 * | CHECKLIST_REASON_REQUIRED | BAD_USER_INPUT | a revocation needs its reason |
 * | FILE_NOT_FOUND | NOT_FOUND | an attachment does not exist or the caller may not read it |
 */
export const CaseErrors = {
  outOfScope: () => new ForbiddenError('SCOPE_OUT_OF_REGION'),
  caseNotFound: () => new NotFoundError('CHECKLIST_CASE_NOT_FOUND'),
  itemNotInForce: (villageCode: string, listType: string, itemCode: string) =>
    new ValidationError('CHECKLIST_ITEM_NOT_IN_FORCE', { villageCode, listType, itemCode }),
  flowInvalid: (problems: FlowProblem[] = []) =>
    new ConflictError('CHECKLIST_CASE_FLOW_INVALID', {
      problems: problems.map((p) => ({ code: p.code, stepId: p.stepId ?? null })),
    }),
  applicantInvalid: (reason: string) => new ValidationError('CHECKLIST_APPLICANT_INVALID', { reason }),
  keyInvalid: () => new ValidationError('CHECKLIST_KEY_INVALID'),
  caseClosed: () => new ConflictError('CHECKLIST_CASE_CLOSED'),
  requestTextRequired: () => new ValidationError('CHECKLIST_REQUEST_TEXT_REQUIRED'),
  provinceInvalid: (provinceCode: string) => new ValidationError('CHECKLIST_PROVINCE_INVALID', { provinceCode }),
  doNotIssueInvalid: (field: string) => new ValidationError('CHECKLIST_DO_NOT_ISSUE_INVALID', { field }),
  notCertificateItem: (listType: string) => new ValidationError('CHECKLIST_NOT_CERTIFICATE_ITEM', { listType }),
  caseNotApproved: (status: string, result: string | null) =>
    new ConflictError('CHECKLIST_CASE_NOT_APPROVED', { status, result }),
  certificateExists: (serial: string) => new ConflictError('CHECKLIST_CERTIFICATE_EXISTS', { serial }),
  certificateNotFound: () => new NotFoundError('CHECKLIST_CERTIFICATE_NOT_FOUND'),
  certificateRevoked: () => new ConflictError('CHECKLIST_CERTIFICATE_REVOKED'),
  reasonRequired: () => new ValidationError('CHECKLIST_REASON_REQUIRED'),
  /** The gate refused: the matched item and its basis travel with the error, and the refusal's id. */
  gateRefused: (
    code: GateRefusalCode,
    details: { itemCode: string | null; itemName: string | null; basis: string; refusalId: string },
  ) => new ValidationError(code, details),
  /** A refusal of the util case engine as an API error. */
  caseRefused: (r: CaseRefusal, available: string[]) => {
    switch (r.code) {
      case 'CASE_WRONG_ROLE':
        return new ForbiddenError('CHECKLIST_CASE_WRONG_ROLE', { stepId: r.stepId, requiredRole: r.requiredRole });
      case 'CASE_ACTION_NOT_ALLOWED':
        return new ConflictError('CHECKLIST_CASE_ACTION_NOT_ALLOWED', {
          stepId: r.stepId,
          action: r.action,
          available,
        });
      case 'CASE_CLOSED':
        return new ConflictError('CHECKLIST_CASE_CLOSED');
      case 'CASE_TIME_INVALID':
        return new ValidationError('CHECKLIST_CASE_TIME_INVALID', { stepId: r.stepId });
      default:
        return new ConflictError('CHECKLIST_CASE_FLOW_INVALID', { stepId: r.stepId, problems: [] });
    }
  },
};

const KEY = /^[A-Za-z0-9_.:-]{8,64}$/;

/** A client key as given, or CHECKLIST_KEY_INVALID. */
export function checkKey(key: string): string {
  if (!KEY.test(key)) throw CaseErrors.keyInvalid();
  return key;
}
