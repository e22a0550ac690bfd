/**
 * The shapes the console's case, certificate, gate and oversight pages work with (the shared contract of issue 5).
 * The facades map the API's answers onto them, so the pages do not depend on generated operation types.
 */

import type { FlowAction, FlowChart } from '@xiangzhi/checklists/util';

export type ChecklistCaseStatusValue = 'OPEN' | 'CLOSED';
export type ComplaintStatusValue = 'SUBMITTED' | 'ACCEPTED' | 'REPLIED' | 'CLOSED';
export type ChecklistApplicantKindValue = 'MEMBER' | 'ORGANISATION';
export type ChecklistRequestKindValue = 'CERTIFICATE' | 'TASK';

/** A step of a case's flow chart (where it stands). */
export interface CaseStep {
  id: string;
  name: string;
  role: string;
  kind: string;
}

/** An action the caller may take now on the case's current step. */
export interface CaseAvailableAction {
  action: FlowAction;
  label: string;
  to: string;
}

/** One entry of a case's history (append-only). */
export interface CaseEvent {
  id: string;
  kind: string;
  action: string;
  fromStepId: string;
  fromStepName: string | null;
  toStepId: string;
  toStepName: string | null;
  actorName: string | null;
  actorRole: string | null;
  at: string;
  note: string | null;
  /** Files attached to the action (photos, scans of materials); open them with the session. */
  attachmentFileIds: string[];
}

/** A file attached to the next action: uploaded (`POST /api/files`), its id goes into `attachmentFileIds`. */
export interface CaseAttachment {
  id: string;
  name: string;
}

/** A reminder the server sent because the case or its current step was overdue (at most one a step and day). */
export interface CaseReminderEntry {
  stepId: string;
  /** China Standard Time date, YYYY-MM-DD. */
  day: string;
  /** STEP: the step's own deadline passed; CASE: the case's. */
  kind: string;
  dueAt: string;
}

/** A certificate as the case pages and the issuance log show it. */
export interface CaseCertificate {
  id: string;
  serial: string;
  caseId: string | null;
  regionCode: string;
  itemCode: string;
  itemName: string;
  holderName: string;
  purpose: string;
  basis: string | null;
  issuedAt: string;
  revokedAt: string | null;
  revokeReason: string | null;
  status: 'VALID' | 'REVOKED';
}

/** A row of the case list. */
export interface CaseRow {
  id: string;
  number: string;
  regionCode: string;
  listType: string;
  itemCode: string;
  itemName: string;
  applicantKind: string;
  applicantName: string;
  status: string;
  currentStep: CaseStep | null;
  openedAt: string;
  dueAt: string | null;
  closedAt: string | null;
  overdue: boolean;
  result: string | null;
}

/** A case with its chart, history, the caller's actions and its certificate. */
export interface CaseDetail extends CaseRow {
  requestText: string | null;
  stepDueAt: string | null;
  availableActions: CaseAvailableAction[];
  events: CaseEvent[];
  reminders: CaseReminderEntry[];
  certificate: CaseCertificate | null;
  /** The item's flow chart as it was when the case opened (null if the API gives none). */
  flow: FlowChart | null;
  /** The kind of the case's list (CERTIFICATE lists issue certificates), when known. */
  listKind: string | null;
}

/** A page of rows. */
export interface CasesPage<T> {
  items: T[];
  total: number;
}

/** Filters of the case list. */
export interface CasesQuery {
  regionCode: string;
  status: ChecklistCaseStatusValue | null;
  overdue: boolean | null;
  pageIndex: number;
  pageSize: number;
}

/** What the open-case form sends. */
export interface OpenCaseRequest {
  villageCode: string;
  listType: string;
  itemCode: string;
  applicantKind: ChecklistApplicantKindValue;
  applicantMemberId: string | null;
  applicantName: string;
  requestText: string;
  clientKey: string;
}

/** The request check (前置审查). */
export interface GateCheckRequest {
  villageCode: string;
  kind: ChecklistRequestKindValue;
  text: string;
  department: string | null;
}

/** A matched item of the check. */
export interface GateMatch {
  /** The refusal code (CHECKLIST_DO_NOT_ISSUE …) or, for a match, its source (DO_NOT_ISSUE, NEGATIVE_ITEM). */
  code: string;
  itemCode: string | null;
  itemName: string;
  basis: string;
  /** Do-not-issue entries: where the resident gets it instead. */
  alternative: string | null;
}

/** The check's answer: allowed, or refused with the matched item and its basis (the refusal is recorded). */
export interface GateDecisionView {
  allowed: boolean;
  /** Allowed: the listed item the request falls under, when one matched. */
  itemName: string | null;
  refusal: GateMatch | null;
  matches: GateMatch[];
}

/** A recorded refusal. */
export interface GateRefusalRow {
  id: string;
  regionCode: string;
  requestedAt: string;
  requestKind: string;
  requestText: string;
  department: string | null;
  matchedCode: string | null;
  matchedName: string | null;
  policyBasis: string;
}

/** One village of the oversight view. */
export interface OversightRow {
  villageCode: string;
  villageName: string;
  openCases: number;
  overdueCases: number;
  refusals: number;
  openComplaints: number;
  openFindings: number;
}

export type FindingSeverityValue = 'MINOR' | 'MAJOR' | 'SEVERE';
export type FindingStatusValue = 'OPEN' | 'RECTIFICATION_REQUIRED' | 'RECTIFIED' | 'VERIFIED' | 'CLOSED';
export type FindingActionValue = 'REQUIRE_RECTIFICATION' | 'VERIFY' | 'REOPEN' | 'CLOSE';
export type ComplaintActionValue = 'ACCEPT' | 'REPLY' | 'CLOSE';

/** A finding of an inspection and its rectification. */
export interface FindingRow {
  id: string;
  inspectionId: string;
  regionCode: string;
  seq: number;
  text: string;
  severity: string;
  status: string;
  dueOn: string | null;
  overdue: boolean;
  rectificationText: string | null;
  rectifiedAt: string | null;
  verifiedAt: string | null;
}

/** An inspection (监督检查) with its findings. */
export interface InspectionRow {
  id: string;
  regionCode: string;
  targetKind: string;
  listType: string;
  itemCode: string | null;
  itemName: string | null;
  caseId: string | null;
  summary: string;
  inspectedOn: string;
  inspectorRole: string;
  createdAt: string;
  findings: FindingRow[];
}

/** What the record-inspection form sends. */
export interface RecordInspectionRequest {
  villageCode: string | null;
  listType: string | null;
  itemCode: string | null;
  caseId: string | null;
  inspectedOn: string;
  summary: string;
  findings: { text: string; severity: FindingSeverityValue; dueOn: string | null }[];
  clientKey: string;
}

/** A complaint as staff see it (contact masked). */
export interface ComplaintRow {
  id: string;
  number: string;
  regionCode: string;
  subject: string;
  text: string;
  contactMasked: string | null;
  status: string;
  reply: string | null;
  repliedAt: string | null;
  submittedAt: string;
  acceptedAt: string | null;
  closedAt: string | null;
}
