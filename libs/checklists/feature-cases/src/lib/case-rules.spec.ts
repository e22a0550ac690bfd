import { CERTIFICATE_FLOW } from '@xiangzhi/checklists/util';
import {
  actionButtonType,
  canIssueCertificate,
  caseFlowOption,
  caseReminders,
  certificateStatus,
  complaintActions,
  complaintTextValid,
  daysLeft,
  deadlineColor,
  deadlineState,
  findingActionNeeds,
  findingActions,
  FLOW_HIGHLIGHT,
  formatCst,
  gateRefusalOf,
  inspectionProblems,
  noteRequired,
  openCaseProblems,
  oversightBarOption,
  sortActions,
  sortOversightRows,
  validReason,
} from './case-rules';
import { todayIso } from '@xiangzhi/registry/util';

const NOW = new Date('2026-12-04T02:00:00Z');

describe('deadlines', () => {
  it('tells open cases on time, due within a day and overdue apart', () => {
    expect(deadlineState({ status: 'OPEN', dueAt: '2026-12-10T15:59:59Z' }, NOW)).toBe('ON_TIME');
    expect(deadlineState({ status: 'OPEN', dueAt: '2026-12-04T15:59:59Z' }, NOW)).toBe('DUE_SOON');
    expect(deadlineState({ status: 'OPEN', dueAt: '2026-12-03T15:59:59Z' }, NOW)).toBe('OVERDUE');
    expect(deadlineState({ status: 'OPEN', dueAt: null }, NOW)).toBe('NONE');
  });

  it("trusts the server's overdue flag (a step past its own deadline)", () => {
    expect(deadlineState({ status: 'OPEN', dueAt: '2026-12-10T15:59:59Z', overdue: true }, NOW)).toBe('OVERDUE');
  });

  it('marks a closed case late when it closed after its deadline', () => {
    expect(
      deadlineState({ status: 'CLOSED', dueAt: '2026-12-03T15:59:59Z', closedAt: '2026-12-03T10:00:00Z' }, NOW),
    ).toBe('CLOSED');
    expect(
      deadlineState({ status: 'CLOSED', dueAt: '2026-12-03T15:59:59Z', closedAt: '2026-12-04T01:00:00Z' }, NOW),
    ).toBe('CLOSED_LATE');
    expect(deadlineState({ status: 'CLOSED', dueAt: null, closedAt: '2026-12-04T01:00:00Z' }, NOW)).toBe('CLOSED');
  });

  it('colours and counts the days left', () => {
    expect(deadlineColor('OVERDUE')).toBe('red');
    expect(deadlineColor('CLOSED_LATE')).toBe('red');
    expect(deadlineColor('DUE_SOON')).toBe('orange');
    expect(deadlineColor('CLOSED')).toBe('green');
    expect(deadlineColor('NONE')).toBe('default');
    expect(daysLeft('2026-12-06T01:00:00Z', NOW)).toBe(2);
    expect(daysLeft('2026-12-04T03:00:00Z', NOW)).toBe(1);
    expect(daysLeft(null, NOW)).toBeNull();
    expect(daysLeft('not a date', NOW)).toBeNull();
  });

  it('reminds of overdue cases first, then of those due soon, each by deadline', () => {
    const cases = [
      { id: 'a', status: 'OPEN', dueAt: '2026-12-04T12:00:00Z' },
      { id: 'b', status: 'OPEN', dueAt: '2026-12-02T12:00:00Z' },
      { id: 'c', status: 'OPEN', dueAt: '2026-12-20T12:00:00Z' },
      { id: 'd', status: 'CLOSED', dueAt: '2026-12-01T12:00:00Z', closedAt: '2026-12-03T00:00:00Z' },
      { id: 'e', status: 'OPEN', dueAt: '2026-12-01T12:00:00Z' },
    ];
    expect(caseReminders(cases, NOW).map((r) => [r.item.id, r.state])).toEqual([
      ['e', 'OVERDUE'],
      ['b', 'OVERDUE'],
      ['a', 'DUE_SOON'],
    ]);
  });

  it('shows times in China Standard Time', () => {
    expect(formatCst('2026-12-03T16:30:00Z')).toBe('2026-12-04 00:30');
    expect(formatCst(null)).toBe('—');
    expect(todayIso(new Date('2026-12-03T16:30:00Z'))).toBe('2026-12-04');
  });
});

describe('actions', () => {
  it('orders actions as the charts do and styles them', () => {
    const sorted = sortActions([{ action: 'REJECT' }, { action: 'RETURN' }, { action: 'APPROVE' }, { action: 'X' }]);
    expect(sorted.map((a) => a.action)).toEqual(['APPROVE', 'REJECT', 'RETURN', 'X']);
    expect(actionButtonType('APPROVE')).toEqual({ primary: true, danger: false });
    expect(actionButtonType('REJECT')).toEqual({ primary: false, danger: true });
    expect(actionButtonType('RETURN')).toEqual({ primary: false, danger: false });
  });

  it('asks for the reason of a rejection or a return', () => {
    expect(noteRequired('REJECT')).toBe(true);
    expect(noteRequired('RETURN')).toBe(true);
    expect(noteRequired('APPROVE')).toBe(false);
    expect(validReason(' 错 ')).toBe(false);
    expect(validReason('盖错章')).toBe(true);
    expect(validReason('x'.repeat(501))).toBe(false);
  });
});

describe('the flow chart of a case', () => {
  it('draws the current step red and bigger, the steps passed green and the rest grey', () => {
    const option = caseFlowOption(CERTIFICATE_FLOW, 'meeting', ['apply', 'review']);
    const nodes = new Map(option.series[0].data.map((n) => [n.id, n]));
    expect(nodes.get('meeting')?.itemStyle).toEqual({
      color: FLOW_HIGHLIGHT.current,
      borderColor: FLOW_HIGHLIGHT.currentBorder,
      borderWidth: 4,
    });
    expect(nodes.get('meeting')?.symbolSize).toEqual([172, 56]);
    expect(nodes.get('review')?.itemStyle.color).toBe(FLOW_HIGHLIGHT.visited);
    expect(nodes.get('apply')?.itemStyle.color).toBe(FLOW_HIGHLIGHT.visited);
    expect(nodes.get('issue')?.itemStyle.color).toBe(FLOW_HIGHLIGHT.pending);
    // the arrows stay as the util draws them
    expect(option.series[0].links.map((l) => l.value)).toContain('退回补正');
  });

  it('keeps the chart’s own colours without a current step', () => {
    const option = caseFlowOption(CERTIFICATE_FLOW, null);
    expect(option.series[0].data.find((n) => n.id === 'review')?.itemStyle.color).toBe('#1565c0');
  });
});

describe('forms', () => {
  const draft = {
    villageCode: '150121101201',
    listType: 'CERTIFICATE',
    itemCode: 'ZM-01',
    applicantKind: 'MEMBER' as const,
    applicantMemberId: 'm1',
    applicantName: '张三',
    requestText: '',
  };

  it('opens a case once village, list, item and applicant are chosen', () => {
    expect(openCaseProblems(draft)).toEqual([]);
    expect(openCaseProblems({ ...draft, villageCode: null, itemCode: null, applicantMemberId: null })).toEqual([
      'village',
      'item',
      'member',
    ]);
    expect(openCaseProblems({ ...draft, applicantKind: 'ORGANISATION', applicantName: ' ' })).toEqual(['organisation']);
    expect(
      openCaseProblems({ ...draft, applicantKind: 'ORGANISATION', applicantMemberId: null, applicantName: '合作社' }),
    ).toEqual([]);
  });

  it('records an inspection with described findings and deadlines for those to rectify', () => {
    const base = { villageCode: 'v', summary: '检查办件记录', inspectedOn: '2026-12-04', findings: [] };
    expect(inspectionProblems(base)).toEqual([]);
    expect(inspectionProblems({ ...base, villageCode: null, summary: ' ', inspectedOn: null })).toEqual([
      'village',
      'inspectedOn',
      'summary',
    ]);
    expect(
      inspectionProblems({
        ...base,
        findings: [
          { text: '未公开', severity: 'MINOR', rectify: true, dueOn: null },
          { text: '', severity: 'MAJOR', rectify: false, dueOn: null },
        ],
      }),
    ).toEqual(['dueOn-0', 'finding-1']);
  });
});

describe('certificates', () => {
  it('issues for a granted, closed certificate case without a valid certificate', () => {
    const closed = { status: 'CLOSED', result: 'APPROVED', certificate: null };
    expect(canIssueCertificate(closed, 'CERTIFICATE')).toBe(true);
    expect(canIssueCertificate({ ...closed, status: 'OPEN' }, 'CERTIFICATE')).toBe(false);
    expect(canIssueCertificate({ ...closed, result: 'REJECTED' }, 'CERTIFICATE')).toBe(false);
    expect(canIssueCertificate(closed, 'GENERAL')).toBe(false);
    expect(canIssueCertificate({ ...closed, certificate: { revokedAt: null } }, 'CERTIFICATE')).toBe(false);
    expect(canIssueCertificate({ ...closed, certificate: { revokedAt: '2026-12-04T00:00:00Z' } }, 'CERTIFICATE')).toBe(
      true,
    );
  });

  it('reads the status from the revocation', () => {
    expect(certificateStatus({ revokedAt: null })).toBe('VALID');
    expect(certificateStatus({ revokedAt: '2026-12-04T00:00:00Z' })).toBe('REVOKED');
    expect(certificateStatus({ status: 'REVOKED' })).toBe('REVOKED');
  });
});

describe('the gate', () => {
  it('reads a refusal with its item and basis from an API error', () => {
    expect(
      gateRefusalOf({
        code: 'CHECKLIST_DO_NOT_ISSUE',
        fields: { itemCode: 'DNI-05', itemName: '无犯罪记录证明', basis: '民发〔2020〕20号' },
      }),
    ).toEqual({
      code: 'CHECKLIST_DO_NOT_ISSUE',
      itemCode: 'DNI-05',
      itemName: '无犯罪记录证明',
      basis: '民发〔2020〕20号',
    });
    expect(gateRefusalOf({ code: 'CHECKLIST_CASE_CLOSED' })).toBeNull();
    expect(gateRefusalOf(null)).toBeNull();
  });
});

describe('oversight', () => {
  const rows = [
    { villageName: '乙村', overdueCases: 0, refusals: 3, openComplaints: 0, openFindings: 1 },
    { villageName: '甲村', overdueCases: 2, refusals: 0, openComplaints: 1, openFindings: 0 },
    { villageName: '丙村', overdueCases: 0, refusals: 0, openComplaints: 0, openFindings: 0 },
  ];

  it('puts the villages with overdue cases and open findings first', () => {
    expect(sortOversightRows(rows).map((r) => r.villageName)).toEqual(['甲村', '乙村', '丙村']);
  });

  it('draws one bar group per village and one series per figure', () => {
    const option = oversightBarOption(rows, {
      overdueCases: '超时',
      refusals: '拒绝',
      openComplaints: '投诉',
      openFindings: '问题',
    }) as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    expect(option.xAxis.data).toEqual(['乙村', '甲村', '丙村']);
    expect(option.series.map((s) => s.name)).toEqual(['超时', '拒绝', '投诉', '问题']);
    expect(option.series[1].data).toEqual([3, 0, 0]);
  });

  it('offers finding and complaint actions by status', () => {
    expect(findingActions('OPEN')).toEqual(['REQUIRE_RECTIFICATION', 'CLOSE']);
    expect(findingActions('RECTIFIED')).toEqual(['VERIFY', 'REOPEN']);
    expect(findingActions('VERIFIED')).toEqual([]);
    expect(findingActionNeeds('REQUIRE_RECTIFICATION')).toEqual({ note: false, dueOn: true });
    expect(findingActionNeeds('CLOSE')).toEqual({ note: true, dueOn: false });
    expect(complaintActions('SUBMITTED')).toEqual(['ACCEPT', 'REPLY', 'CLOSE']);
    expect(complaintActions('REPLIED')).toEqual(['REPLY', 'CLOSE']);
    expect(complaintActions('CLOSED')).toEqual([]);
    expect(complaintTextValid('ACCEPT', '')).toBe(true);
    expect(complaintTextValid('REPLY', '好')).toBe(false);
    expect(complaintTextValid('REPLY', '已核实，已整改')).toBe(true);
  });
});
