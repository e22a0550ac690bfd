import { CERTIFICATE_FLOW, startCase, applyAction, type CaseState } from '@xiangzhi/checklists/util';
import { Role } from '@xiangzhi/server/core';
import {
  actorRoles,
  caseNumber,
  caseResult,
  certificateSerial,
  chinaDate,
  chinaYear,
  deadlineOptions,
  disclosesResults,
  maskHolder,
  provinceOf,
  recordedRole,
} from './case-rules';
import { ChecklistCaseResult } from './cases.enums';
import { isCaseOverdue } from './case-mappers';
import { ChecklistCaseStatus } from './cases.enums';

const at = (s: string) => `2026-03-0${s}T09:00:00+08:00`;

function run(actions: Array<'APPROVE' | 'REJECT' | 'COMPLETE'>): CaseState {
  let state = startCase(CERTIFICATE_FLOW, at('2'));
  actions.forEach((action, i) => {
    const r = applyAction(CERTIFICATE_FLOW, state, { action, actorRoles: ['VILLAGE_ADMIN'], at: at(String(3 + i)) });
    if (!r.ok) throw new Error(r.code);
    state = r.state;
  });
  return state;
}

describe('case rules', () => {
  it('maps user roles to flow role codes; the village administrator records the applicant; the system admin any', () => {
    expect(actorRoles(Role.VILLAGE_ADMIN, 'VILLAGE_ADMIN')).toEqual(['VILLAGE_ADMIN', 'APPLICANT']);
    expect(actorRoles(Role.VILLAGE_REVIEWER, 'VILLAGE_ADMIN')).toEqual(['VILLAGE_REVIEWER']);
    expect(actorRoles(Role.TOWN_SUPERVISOR, 'TOWN_OFFICER')).toEqual(['TOWN_OFFICER']);
    expect(actorRoles(Role.COUNTY_SUPERVISOR, 'TOWN_OFFICER')).toEqual(['COUNTY_OFFICER']);
    expect(actorRoles(Role.OVERSIGHT, 'OVERSIGHT')).toEqual(['OVERSIGHT']);
    expect(actorRoles(Role.SYSTEM_ADMIN, 'PETTY_OFFICER')).toEqual(['PETTY_OFFICER']);
    expect(actorRoles(Role.GRID_WORKER, 'VILLAGE_ADMIN')).toEqual([]);
    expect(recordedRole(Role.VILLAGE_ADMIN, 'APPLICANT')).toBe('APPLICANT');
    expect(recordedRole(Role.VILLAGE_ADMIN, 'TOWN_OFFICER')).toBe('VILLAGE_ADMIN');
  });

  it('calls a closed case REJECTED when a REJECT was taken on its way, else APPROVED', () => {
    expect(caseResult(run(['APPROVE', 'APPROVE', 'COMPLETE']))).toBe(ChecklistCaseResult.APPROVED);
    // the refusal route ends with COMPLETE too (书面告知 → 办结): still a rejection
    const refused = run(['REJECT', 'COMPLETE']);
    expect(refused.closedAt).not.toBeNull();
    expect(caseResult(refused)).toBe(ChecklistCaseResult.REJECTED);
  });

  it('discloses results when the disclosure names them', () => {
    expect(disclosesResults({ disclosure: { what: '决议内容、实施结果', how: '公开栏' } })).toBe(true);
    expect(disclosesResults({ disclosure: { what: '出具事项、依据、流程', how: '公开栏' } })).toBe(false);
  });

  it('counts deadlines as the item says', () => {
    expect(deadlineOptions({ timeLimit: { text: '5个工作日', days: 5, counting: 'WORKING' } } as never)).toMatchObject({
      counting: 'WORKING',
      totalDays: 5,
      utcOffsetMinutes: 480,
    });
    expect(deadlineOptions({ timeLimit: { text: '即办' } } as never)).toMatchObject({
      counting: 'CALENDAR',
      totalDays: null,
    });
  });

  it('numbers cases and certificates by village and China-time year', () => {
    expect(caseNumber('150626100201', 2026, 7)).toBe('BL-150626100201-2026-00007');
    expect(certificateSerial('150626100201', 2026, 12)).toBe('150626100201-2026-000012');
    // 2026-12-31 17:00 UTC is already 2027-01-01 in China
    expect(chinaYear(new Date('2026-12-31T17:00:00Z'))).toBe(2027);
    expect(chinaDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(provinceOf('150626100201')).toBe('150000000000');
  });

  it('masks a holder name for the public check', () => {
    expect(maskHolder('王小明')).toBe('王*明');
    expect(maskHolder('王明')).toBe('王*');
    expect(maskHolder('欧阳小明')).toBe('欧**明');
    expect(maskHolder('王')).toBe('王');
  });

  it('flags open cases past a deadline and cases closed after the case deadline', () => {
    const now = new Date('2026-03-10T00:00:00Z');
    const past = new Date('2026-03-09T00:00:00Z');
    const later = new Date('2026-03-11T00:00:00Z');
    const open = { status: ChecklistCaseStatus.OPEN, closedAt: null };
    expect(isCaseOverdue({ ...open, dueAt: later, stepDueAt: past }, now)).toBe(true);
    expect(isCaseOverdue({ ...open, dueAt: past, stepDueAt: null }, now)).toBe(true);
    expect(isCaseOverdue({ ...open, dueAt: later, stepDueAt: later }, now)).toBe(false);
    expect(isCaseOverdue({ ...open, dueAt: null, stepDueAt: null }, now)).toBe(false);
    const closed = { status: ChecklistCaseStatus.CLOSED, stepDueAt: null };
    expect(isCaseOverdue({ ...closed, dueAt: past, closedAt: now }, now)).toBe(true);
    expect(isCaseOverdue({ ...closed, dueAt: later, closedAt: now }, now)).toBe(false);
  });
});
