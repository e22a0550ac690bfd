/**
 * Pure rules of cases on the server: which flow role codes a user's role acts as, what a case's outcome is, whether
 * an item discloses its results, how case numbers and certificate serials look.
 */
import {
  CHINA_UTC_OFFSET_MINUTES,
  localDateOf,
  type CaseState,
  type ChecklistItemContent,
  type DeadlineOptions,
} from '@xiangzhi/checklists/util';
import { Role } from '@xiangzhi/server/core';
import { ChecklistCaseResult } from './cases.enums';

/**
 * The flow role codes each user role acts as. APPLICANT steps (the applicant submits again after a return) are
 * recorded by the village administrator on the applicant's behalf. SYSTEM_ADMIN acts on any step (see `actorRoles`).
 */
export const ROLE_CODES_OF: Readonly<Record<Role, readonly string[]>> = {
  [Role.SYSTEM_ADMIN]: [],
  [Role.COUNTY_SUPERVISOR]: ['COUNTY_OFFICER'],
  [Role.TOWN_SUPERVISOR]: ['TOWN_OFFICER'],
  [Role.VILLAGE_ADMIN]: ['VILLAGE_ADMIN', 'APPLICANT'],
  [Role.VILLAGE_REVIEWER]: ['VILLAGE_REVIEWER'],
  [Role.OVERSIGHT]: ['OVERSIGHT'],
  [Role.GRID_WORKER]: [],
  [Role.SHOP_OPERATOR]: [],
};

/** The role codes passed to the engine for a user acting on a step that needs `stepRole`. */
export function actorRoles(role: Role, stepRole: string): string[] {
  if (role === Role.SYSTEM_ADMIN) return [stepRole];
  return [...(ROLE_CODES_OF[role] ?? [])];
}

/** The flow role code recorded for the actor on a step (the step's own when they hold it). */
export function recordedRole(role: Role, stepRole: string): string {
  const codes = actorRoles(role, stepRole);
  return codes.includes(stepRole) ? stepRole : (codes[0] ?? role);
}

/**
 * The outcome of a closed case: REJECTED when a REJECT action was taken on its way (the chart may still pass a
 * "notify the applicant" step before its END, as the certificate chart does), else APPROVED.
 */
export function caseResult(state: CaseState): ChecklistCaseResult {
  return state.history.some((h) => h.action === 'REJECT') ? ChecklistCaseResult.REJECTED : ChecklistCaseResult.APPROVED;
}

/**
 * Whether an item discloses its results (公开运行结果): its disclosure's "what" names results (结果), as in
 * "决议内容、实施结果" or "评议结果、审批结果". Closed cases of such items are listed on the portal.
 */
export function disclosesResults(item: Pick<ChecklistItemContent, 'disclosure'>): boolean {
  return (item.disclosure?.what ?? '').includes('结果');
}

/** Day counting of an item (its time limit's counting; China Standard Time). */
export function deadlineOptions(item: ChecklistItemContent): DeadlineOptions & { totalDays: number | null } {
  return {
    counting: item.timeLimit?.counting ?? 'CALENDAR',
    utcOffsetMinutes: CHINA_UTC_OFFSET_MINUTES,
    totalDays: item.timeLimit?.days ?? null,
  };
}

/** The year (China Standard Time) of an instant. */
export function chinaYear(at: Date): number {
  return Number(localDateOf(at.toISOString()).slice(0, 4));
}

/** The local date (China Standard Time, YYYY-MM-DD) of an instant. */
export function chinaDate(at: Date): string {
  return localDateOf(at.toISOString());
}

/** A case number: BL-<village>-<year>-<5-digit sequence> (办理). */
export function caseNumber(villageCode: string, year: number, seq: number): string {
  return `BL-${villageCode}-${year}-${String(seq).padStart(5, '0')}`;
}

/** A certificate serial: <village>-<year>-<6-digit sequence>, unique per village and year. */
export function certificateSerial(villageCode: string, year: number, seq: number): string {
  return `${villageCode}-${year}-${String(seq).padStart(6, '0')}`;
}

/** The province code ('11' + ten zeros) of a region code. */
export function provinceOf(regionCode: string): string {
  return `${regionCode.slice(0, 2)}0000000000`;
}

/** 王*明 for 王小明, 王* for 王明: what a public verification shows of a holder at most. */
export function maskHolder(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
