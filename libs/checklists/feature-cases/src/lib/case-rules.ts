/**
 * Pure view logic of the console's case, certificate, gate and oversight pages: labels, badges, deadlines,
 * reminders, the highlighted flow chart, form checks. No Angular, so it is tested directly.
 */
import {
  flowChartOption,
  FLOW_ACTIONS,
  type FlowAction,
  type FlowChart,
  type FlowGraphOption,
} from '@xiangzhi/checklists/util';

const DAY_MS = 86_400_000;

/** How a case stands against its deadline. */
export type DeadlineState = 'NONE' | 'ON_TIME' | 'DUE_SOON' | 'OVERDUE' | 'CLOSED' | 'CLOSED_LATE';

/** The fields the deadline logic reads from a case. */
export interface CaseClock {
  status: string;
  dueAt?: string | null;
  closedAt?: string | null;
  overdue?: boolean | null;
}

/**
 * A case's deadline state at `now`: the server's `overdue` flag wins for open cases (it counts working days and
 * holidays the same way for everyone); an open case due within a day is DUE_SOON; a closed case is CLOSED, or
 * CLOSED_LATE when it closed after its deadline.
 */
export function deadlineState(c: CaseClock, now: Date = new Date()): DeadlineState {
  const due = c.dueAt ? Date.parse(c.dueAt) : NaN;
  if (c.status === 'CLOSED') {
    const closed = c.closedAt ? Date.parse(c.closedAt) : NaN;
    return !Number.isNaN(due) && !Number.isNaN(closed) && closed > due ? 'CLOSED_LATE' : 'CLOSED';
  }
  if (c.overdue) return 'OVERDUE';
  if (Number.isNaN(due)) return 'NONE';
  if (due <= now.getTime()) return 'OVERDUE';
  return due - now.getTime() <= DAY_MS ? 'DUE_SOON' : 'ON_TIME';
}

/** Tag colour of a deadline state (ng-zorro preset colours). */
export function deadlineColor(state: DeadlineState): string {
  switch (state) {
    case 'OVERDUE':
    case 'CLOSED_LATE':
      return 'red';
    case 'DUE_SOON':
      return 'orange';
    case 'ON_TIME':
      return 'blue';
    case 'CLOSED':
      return 'green';
    default:
      return 'default';
  }
}

/** Whole days left until `dueAt` (rounded up; 0 or less once due), or null without a deadline. */
export function daysLeft(dueAt: string | null | undefined, now: Date = new Date()): number | null {
  if (!dueAt) return null;
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return null;
  return Math.ceil((due - now.getTime()) / DAY_MS);
}

/** A reminder line: an open case overdue or due within a day, most urgent first. */
export interface CaseReminder<T> {
  item: T;
  state: 'OVERDUE' | 'DUE_SOON';
}

/** The open cases that need attention now: overdue first, then due soon, each by deadline. */
export function caseReminders<T extends CaseClock>(cases: readonly T[], now: Date = new Date()): CaseReminder<T>[] {
  const rank = (s: string) => (s === 'OVERDUE' ? 0 : 1);
  const due = (c: CaseClock) => (c.dueAt ? Date.parse(c.dueAt) : Number.POSITIVE_INFINITY);
  return cases
    .map((item) => ({ item, state: deadlineState(item, now) }))
    .filter((r): r is CaseReminder<T> => r.state === 'OVERDUE' || r.state === 'DUE_SOON')
    .sort((a, b) => rank(a.state) - rank(b.state) || due(a.item) - due(b.item));
}

/** China Standard Time display of an ISO datetime: `2026-12-04 09:30` (the console's users are in China). */
export function formatCst(at: string | null | undefined): string {
  if (!at) return '—';
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return at;
  const local = new Date(ms + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

/** ng-zorro button look of an action: go-ahead actions primary, a refusal danger, the rest plain. */
export function actionButtonType(action: string): { primary: boolean; danger: boolean } {
  return {
    primary: action === 'APPROVE' || action === 'COMPLETE' || action === 'SUBMIT',
    danger: action === 'REJECT',
  };
}

/** A refusal and a return must say why (the applicant is told; oversight reads it). */
export function noteRequired(action: string): boolean {
  return action === 'REJECT' || action === 'RETURN';
}

/** Actions in display order (as the util orders buttons and legends). */
export function sortActions<T extends { action: string }>(actions: readonly T[]): T[] {
  const order = (a: string) => {
    const i = FLOW_ACTIONS.indexOf(a as FlowAction);
    return i < 0 ? FLOW_ACTIONS.length : i;
  };
  return [...actions].sort((a, b) => order(a.action) - order(b.action));
}

/** Colours of the highlighted chart: the current step, the steps already passed, the rest. */
export const FLOW_HIGHLIGHT = {
  current: '#d4380d',
  currentBorder: '#ffd591',
  visited: '#389e0d',
  pending: '#8c8c8c',
} as const;

/**
 * The item's chart as an ECharts option with the case drawn on it: the current step in red with a thick border
 * (the END step once closed), the steps already passed in green, the others grey. Without a current step the
 * chart keeps its own colours.
 */
export function caseFlowOption(
  chart: FlowChart,
  currentStepId: string | null,
  visitedStepIds: readonly string[] = [],
): FlowGraphOption {
  const option = flowChartOption(chart);
  if (!currentStepId) return option;
  const visited = new Set(visitedStepIds);
  const [series] = option.series;
  series.data = series.data.map((node) => {
    if (node.id === currentStepId) {
      return {
        ...node,
        itemStyle: { color: FLOW_HIGHLIGHT.current, borderColor: FLOW_HIGHLIGHT.currentBorder, borderWidth: 4 },
        symbolSize: [node.symbolSize[0] + 12, node.symbolSize[1] + 8],
      } as typeof node;
    }
    return { ...node, itemStyle: { color: visited.has(node.id) ? FLOW_HIGHLIGHT.visited : FLOW_HIGHLIGHT.pending } };
  });
  return option;
}

/** Text fields: trimmed and not empty. */
export function filled(text: string | null | undefined): boolean {
  return (text ?? '').trim().length > 0;
}

/** A reason (revocation, rejection): at least two characters once trimmed, at most 500. */
export function validReason(text: string | null | undefined): boolean {
  const t = (text ?? '').trim();
  return t.length >= 2 && t.length <= 500;
}

/** The fields the open-case form collects. */
export interface OpenCaseDraft {
  villageCode: string | null;
  listType: string | null;
  itemCode: string | null;
  applicantKind: 'MEMBER' | 'ORGANISATION';
  applicantMemberId: string | null;
  applicantName: string;
  requestText: string;
}

/** What is still missing in the open-case form (the keys of the open form's "missing" texts); empty when it can be sent. */
export function openCaseProblems(draft: OpenCaseDraft): string[] {
  const problems: string[] = [];
  if (!draft.villageCode) problems.push('village');
  if (!draft.listType) problems.push('listType');
  if (!draft.itemCode) problems.push('item');
  if (draft.applicantKind === 'MEMBER' && !draft.applicantMemberId) problems.push('member');
  if (draft.applicantKind === 'ORGANISATION' && !filled(draft.applicantName)) problems.push('organisation');
  return problems;
}

/** Certificate status for display: revoked when a revocation is recorded. */
export function certificateStatus(c: { revokedAt?: string | null; status?: string | null }): 'VALID' | 'REVOKED' {
  if (c.status === 'REVOKED' || c.revokedAt) return 'REVOKED';
  return 'VALID';
}

/**
 * Whether a certificate can be issued for a case: a closed case of a CERTIFICATE list without a valid certificate
 * (a revoked one may be replaced) that was not refused. The server decides the rest (result, do-not-issue list) and says why if not.
 */
export function canIssueCertificate(
  c: {
    status: string;
    result?: string | null;
    certificate?: { revokedAt?: string | null; status?: string | null } | null;
  },
  listKind: string | null | undefined,
): boolean {
  if (c.status !== 'CLOSED' || listKind !== 'CERTIFICATE' || c.result === 'REJECTED') return false;
  return !c.certificate || certificateStatus(c.certificate) === 'REVOKED';
}

/** One bar group per village for the oversight chart. */
export interface OversightRowLike {
  villageName: string;
  overdueCases: number;
  refusals: number;
  openComplaints: number;
  openFindings: number;
}

/** The ECharts bar option of the oversight table: one group per village, four series (names from the caller). */
export function oversightBarOption(
  rows: readonly OversightRowLike[],
  names: { overdueCases: string; refusals: string; openComplaints: string; openFindings: string },
): Record<string, unknown> {
  const keys = ['overdueCases', 'refusals', 'openComplaints', 'openFindings'] as const;
  const colours = ['#cf1322', '#d46b08', '#1d39c4', '#531dab'];
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: keys.map((k) => names[k]) },
    grid: { left: 40, right: 16, bottom: 60, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.villageName),
      axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: keys.map((k, i) => ({
      name: names[k],
      type: 'bar',
      itemStyle: { color: colours[i] },
      data: rows.map((r) => r[k]),
    })),
  };
}

/** Villages with anything open or refused, worst first (overdue cases, then findings, complaints, refusals). */
export function sortOversightRows<T extends OversightRowLike>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      b.overdueCases - a.overdueCases ||
      b.openFindings - a.openFindings ||
      b.openComplaints - a.openComplaints ||
      b.refusals - a.refusals ||
      a.villageName.localeCompare(b.villageName, 'zh-CN'),
  );
}

/** Error codes of a request the negative-list gate refused (the refusal is recorded on the server). */
export const GATE_REFUSAL_CODES = [
  'CHECKLIST_DO_NOT_ISSUE',
  'CHECKLIST_NEGATIVE_ITEM',
  'CHECKLIST_TASK_NOT_LISTED',
  'CHECKLIST_NOT_A_CERTIFICATE',
] as const;

/** A refusal to show in red: the code, the matched item and the policy basis. */
export interface GateRefusalView {
  code: string;
  itemCode: string | null;
  itemName: string | null;
  basis: string;
}

/** The gate refusal carried by an API error (opening a case for a listed request), or null for other errors. */
export function gateRefusalOf(
  error: { code: string; fields?: Readonly<Record<string, unknown>> } | null,
): GateRefusalView | null {
  if (!error || !(GATE_REFUSAL_CODES as readonly string[]).includes(error.code)) return null;
  const text = (key: string) => {
    const value = error.fields?.[key];
    return typeof value === 'string' && value !== '' ? value : null;
  };
  return { code: error.code, itemCode: text('itemCode'), itemName: text('itemName'), basis: text('basis') ?? '' };
}

/** What an inspector may do with a finding in each status (the village records rectifications itself). */
export function findingActions(status: string): ('REQUIRE_RECTIFICATION' | 'VERIFY' | 'REOPEN' | 'CLOSE')[] {
  switch (status) {
    case 'OPEN':
      return ['REQUIRE_RECTIFICATION', 'CLOSE'];
    case 'RECTIFIED':
      return ['VERIFY', 'REOPEN'];
    default:
      return [];
  }
}

/** Whether a finding action needs a note (reopen, close) or a deadline (require rectification). */
export function findingActionNeeds(action: string): { note: boolean; dueOn: boolean } {
  return { note: action === 'REOPEN' || action === 'CLOSE', dueOn: action === 'REQUIRE_RECTIFICATION' };
}

/** Tag colour of a finding status. */
export function findingColor(status: string): string {
  switch (status) {
    case 'RECTIFICATION_REQUIRED':
      return 'red';
    case 'RECTIFIED':
      return 'orange';
    case 'VERIFIED':
    case 'CLOSED':
      return 'green';
    default:
      return 'blue';
  }
}

/** What staff may do with a complaint in each status. */
export function complaintActions(status: string): ('ACCEPT' | 'REPLY' | 'CLOSE')[] {
  switch (status) {
    case 'SUBMITTED':
      return ['ACCEPT', 'REPLY', 'CLOSE'];
    case 'ACCEPTED':
    case 'REPLIED':
      return ['REPLY', 'CLOSE'];
    default:
      return [];
  }
}

/** A reply or closing note is 2–2000 characters; accepting needs no text. */
export function complaintTextValid(action: string, text: string): boolean {
  if (action === 'ACCEPT') return true;
  const t = text.trim();
  return t.length >= 2 && t.length <= 2000;
}

/** A finding line of the record-inspection form. */
export interface FindingDraft {
  text: string;
  severity: 'MINOR' | 'MAJOR' | 'SEVERE';
  rectify: boolean;
  dueOn: string | null;
}

/** What is missing in the record-inspection form (problem keys of the inspection form). */
export function inspectionProblems(draft: {
  villageCode: string | null;
  summary: string;
  inspectedOn: string | null;
  findings: readonly FindingDraft[];
}): string[] {
  const problems: string[] = [];
  if (!draft.villageCode) problems.push('village');
  if (!draft.inspectedOn) problems.push('inspectedOn');
  if (draft.summary.trim().length < 2) problems.push('summary');
  draft.findings.forEach((f, i) => {
    if (f.text.trim().length < 2) problems.push(`finding-${i}`);
    if (f.rectify && !f.dueOn) problems.push(`dueOn-${i}`);
  });
  return problems;
}
