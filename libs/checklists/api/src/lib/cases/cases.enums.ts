import { registerEnumType } from '@nestjs/graphql';

/** A case is OPEN until it enters an END step of its flow chart. */
export enum ChecklistCaseStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(ChecklistCaseStatus, { name: 'ChecklistCaseStatus' });

/** Who asks: a household member of the village (by registry id) or an organisation (by name). */
export enum ChecklistApplicantKind {
  MEMBER = 'MEMBER',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(ChecklistApplicantKind, { name: 'ChecklistApplicantKind' });

/**
 * How a closed case ended. APPROVED: no REJECT was taken on its way (the request was granted); REJECTED: a REJECT
 * was taken (不予办理 / 不予出具), even if the chart then passes through a "notify the applicant" step before its END.
 */
export enum ChecklistCaseResult {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ChecklistCaseResult, { name: 'ChecklistCaseResult' });

/** What happened to a case (append-only log). */
export enum ChecklistCaseEventKind {
  OPENED = 'OPENED',
  ACTION = 'ACTION',
}
registerEnumType(ChecklistCaseEventKind, { name: 'ChecklistCaseEventKind' });

/** A request reaching the village: a certificate asked for, or a task pushed down by a department. */
export enum ChecklistRequestKind {
  CERTIFICATE = 'CERTIFICATE',
  TASK = 'TASK',
}
registerEnumType(ChecklistRequestKind, { name: 'ChecklistRequestKind' });

/** Which reminder: the current step's deadline or the whole case's deadline passed. */
export enum ChecklistReminderKind {
  STEP = 'STEP',
  CASE = 'CASE',
}
registerEnumType(ChecklistReminderKind, { name: 'ChecklistReminderKind' });
