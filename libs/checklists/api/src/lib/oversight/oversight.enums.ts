import { registerEnumType } from '@nestjs/graphql';

/** What an inspection (监督检查) looks at: a village's list, one item of it, or one case. */
export enum ChecklistInspectionTarget {
  LIST = 'LIST',
  ITEM = 'ITEM',
  CASE = 'CASE',
}
registerEnumType(ChecklistInspectionTarget, { name: 'ChecklistInspectionTarget' });

/** How serious a finding is (一般 / 较重 / 严重). */
export enum ChecklistFindingSeverity {
  MINOR = 'MINOR',
  MAJOR = 'MAJOR',
  SEVERE = 'SEVERE',
}
registerEnumType(ChecklistFindingSeverity, { name: 'ChecklistFindingSeverity' });

/**
 * The life of a finding: OPEN when recorded; the inspector requires a rectification with a deadline
 * (RECTIFICATION_REQUIRED) or closes it as needing none (CLOSED); the village records what it did (RECTIFIED); the
 * inspector verifies it (VERIFIED) or reopens it (back to RECTIFICATION_REQUIRED, with a reason and a new deadline).
 */
export enum ChecklistFindingStatus {
  OPEN = 'OPEN',
  RECTIFICATION_REQUIRED = 'RECTIFICATION_REQUIRED',
  RECTIFIED = 'RECTIFIED',
  VERIFIED = 'VERIFIED',
  CLOSED = 'CLOSED',
}
registerEnumType(ChecklistFindingStatus, { name: 'ChecklistFindingStatus' });

/** Statuses of a finding that is still open (counted by the oversight view). */
export const OPEN_FINDING_STATUSES: readonly ChecklistFindingStatus[] = [
  ChecklistFindingStatus.OPEN,
  ChecklistFindingStatus.RECTIFICATION_REQUIRED,
  ChecklistFindingStatus.RECTIFIED,
];

/** What an inspector does with a finding. */
export enum ChecklistFindingAction {
  /** OPEN → RECTIFICATION_REQUIRED (a deadline `dueOn` is needed). */
  REQUIRE_RECTIFICATION = 'REQUIRE_RECTIFICATION',
  /** RECTIFIED → VERIFIED. */
  VERIFY = 'VERIFY',
  /** RECTIFIED → RECTIFICATION_REQUIRED (a reason is needed; `dueOn` sets a new deadline). */
  REOPEN = 'REOPEN',
  /** OPEN → CLOSED: no rectification needed (a note is needed). */
  CLOSE = 'CLOSE',
}
registerEnumType(ChecklistFindingAction, { name: 'ChecklistFindingAction' });

/** Entries of the inspection log (append-only). */
export enum ChecklistInspectionEventType {
  RECORDED = 'RECORDED',
  FINDING_ADDED = 'FINDING_ADDED',
  RECTIFICATION_REQUIRED = 'RECTIFICATION_REQUIRED',
  RECTIFIED = 'RECTIFIED',
  VERIFIED = 'VERIFIED',
  REOPENED = 'REOPENED',
  CLOSED = 'CLOSED',
}
registerEnumType(ChecklistInspectionEventType, { name: 'ChecklistInspectionEventType' });

/** The life of a complaint (投诉): SUBMITTED from the portal, ACCEPTED by oversight, REPLIED to, CLOSED. */
export enum ChecklistComplaintStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REPLIED = 'REPLIED',
  CLOSED = 'CLOSED',
}
registerEnumType(ChecklistComplaintStatus, { name: 'ChecklistComplaintStatus' });

/** What staff do with a complaint. */
export enum ChecklistComplaintAction {
  /** SUBMITTED → ACCEPTED. */
  ACCEPT = 'ACCEPT',
  /** SUBMITTED, ACCEPTED or REPLIED → REPLIED (the reply the resident sees; a later reply replaces it). */
  REPLY = 'REPLY',
  /** any but CLOSED → CLOSED (with a note on the outcome). */
  CLOSE = 'CLOSE',
}
registerEnumType(ChecklistComplaintAction, { name: 'ChecklistComplaintAction' });

/** Entries of a complaint's log (append-only). */
export enum ChecklistComplaintEventType {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REPLIED = 'REPLIED',
  CLOSED = 'CLOSED',
}
registerEnumType(ChecklistComplaintEventType, { name: 'ChecklistComplaintEventType' });
