/**
 * Checklist cases of the 图克镇 demo (after its lists are on the wall, checklists-demo.ts): per approved 嘎查村 a few
 * cases through the real case, gate and certificate services — open at different steps, closed approved and
 * rejected, two overdue (opened weeks ago: the services take the time of each action, so the history is backdated
 * without touching the tables) —, requests refused by the negative-list gate, certificates issued (one revoked), and
 * in 图克嘎查 an inspection with findings and a complaint. Applicants are synthetic demo residents of the village.
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  ChecklistComplaintAction,
  ChecklistFindingAction,
  ChecklistFindingSeverity,
  ComplaintsService,
  FlowActionValue,
  InspectionsService,
} from '@xiangzhi/checklists/api';
import { todayIso } from '@xiangzhi/registry/util';
import { RequestContext, Role, scopePrefix } from '@xiangzhi/server/core';
// The services of cases and certificates are not exported by @xiangzhi/checklists/api yet (its module provides
// them): imported from their files, the same modules the lib loads.
import type { ChecklistCaseEntity } from '../../libs/checklists/api/src/lib/cases/case.entity';
import { ChecklistApplicantKind, ChecklistRequestKind } from '../../libs/checklists/api/src/lib/cases/cases.enums';
import { ChecklistCasesService } from '../../libs/checklists/api/src/lib/cases/cases.service';
import { ChecklistGateService } from '../../libs/checklists/api/src/lib/cases/gate.service';
import { ChecklistCertificatesService } from '../../libs/checklists/api/src/lib/certificates/certificates.service';
import { villageCode, type DemoTown } from './demo-towns';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Who acts on a step: the flow role codes of the charts and the demo users that hold them. */
type Who = 'village' | 'town' | 'county' | 'oversight';

/** One action of a case: who, what, how long after the previous action (hours), and a note. */
type Step = [Who, FlowActionValue, number, string?];

/** A case scenario: the item, the applicant, when it opened (days ago) and its actions in order. */
interface Scenario {
  key: string;
  listType: string;
  itemCode: string;
  applicant: 'member' | string;
  requestText?: string;
  openedDaysAgo: number;
  steps: Step[];
  certificate?: 'issue' | 'revoke';
}

const A = FlowActionValue;

/** The scenarios (EXAMPLES); each approved 嘎查村 runs a subset, 图克嘎查 all of them. */
const SCENARIOS: Scenario[] = [
  {
    key: 'cert-issued',
    listType: 'CERTIFICATE',
    itemCode: 'ZM-002',
    applicant: '乌审旗第一中学党支部',
    requestText: '发展对象入党外调政审',
    openedDaysAgo: 12,
    steps: [
      ['village', A.APPROVE, 3, '外调函及身份证复印件齐全'],
      ['village', A.APPROVE, 20, '“两委”会议研究同意出具'],
      ['village', A.COMPLETE, 2, '证明已出具并登记'],
    ],
    certificate: 'issue',
  },
  {
    key: 'cert-revoked',
    listType: 'CERTIFICATE',
    itemCode: 'ZM-003',
    applicant: 'member',
    requestText: '办理收养登记需要婚姻状况和抚养教育能力证明',
    openedDaysAgo: 20,
    steps: [
      ['village', A.APPROVE, 2, '材料齐全'],
      ['village', A.APPROVE, 24, '“两委”会议研究同意'],
      ['village', A.COMPLETE, 1, '证明已出具并登记'],
    ],
    certificate: 'revoke',
  },
  {
    key: 'cert-refused',
    listType: 'CERTIFICATE',
    itemCode: 'ZM-003',
    applicant: 'member',
    requestText: '收养状况证明',
    openedDaysAgo: 9,
    steps: [
      ['village', A.REJECT, 4, '申请人户籍和居住地均不在本嘎查村，不属于本嘎查村出具范围'],
      ['village', A.COMPLETE, 2, '已书面告知到户籍所在地村（居）民委员会办理'],
    ],
  },
  {
    key: 'cert-new',
    listType: 'CERTIFICATE',
    itemCode: 'ZM-004',
    applicant: 'member',
    requestText: '寒假社会实践活动情况反馈',
    openedDaysAgo: 0,
    steps: [],
  },
  {
    key: 'allowance-town',
    listType: 'ASSISTED_GOVERNMENT',
    itemCode: 'XZ-001',
    applicant: 'member',
    requestText: '申请最低生活保障',
    openedDaysAgo: 16,
    steps: [
      ['village', A.APPROVE, 20, '受理，材料齐全'],
      ['village', A.SUBMIT, 96, '入户调查完毕，民主评议通过'],
      ['village', A.ESCALATE, 168, '公示7日无异议，报镇审核'],
    ],
  },
  {
    key: 'relief-county',
    listType: 'ASSISTED_GOVERNMENT',
    itemCode: 'XZ-003',
    applicant: 'member',
    requestText: '家中棚圈失火烧毁，饲草料受损，申请临时救助',
    openedDaysAgo: 8,
    steps: [
      ['village', A.ESCALATE, 6, '受理并入户初核，情况属实，报镇'],
      ['town', A.ESCALATE, 48, '镇审核并公示，报旗民政局审批'],
    ],
  },
  {
    key: 'disability-done',
    listType: 'ASSISTED_GOVERNMENT',
    itemCode: 'XZ-004',
    applicant: 'member',
    requestText: '申请重度残疾人护理补贴',
    openedDaysAgo: 15,
    steps: [
      ['village', A.ESCALATE, 24, '残疾人证及申请表齐全，报镇'],
      ['town', A.ESCALATE, 72, '镇初审通过'],
      ['county', A.COMPLETE, 120, '审批通过，次月起按月发放'],
    ],
  },
  {
    key: 'opinion-overdue',
    listType: 'ASSISTED_GOVERNMENT',
    itemCode: 'XZ-008',
    applicant: 'member',
    requestText: '反映嘎查通往牧点的砂石路冬季积雪无人清理，建议纳入镇道路养护',
    openedDaysAgo: 34,
    steps: [['village', A.ESCALATE, 30, '需镇交通部门研究解决，报镇']],
  },
  {
    key: 'mediation-closed',
    listType: 'ASSISTED_GOVERNMENT',
    itemCode: 'XZ-006',
    applicant: 'member',
    requestText: '与邻户因草场围栏边界发生纠纷，申请调解',
    openedDaysAgo: 11,
    steps: [
      ['village', A.APPROVE, 5, '受理登记'],
      ['village', A.APPROVE, 96, '现场核对草原确权图，双方同意以原围栏为界'],
      ['village', A.COMPLETE, 48, '签订调解协议书，回访双方已履行'],
    ],
  },
  {
    key: 'rules-party',
    listType: 'AUTONOMY',
    itemCode: 'ZZ-009',
    applicant: '嘎查村党支部',
    requestText: '修订村规民约，增加禁牧期管理和人居环境条款',
    openedDaysAgo: 6,
    steps: [['village', A.APPROVE, 70, '“两委”联席会议商议通过，提交党员大会审议']],
  },
  {
    key: 'subsidy-stopped',
    listType: 'AUTONOMY',
    itemCode: 'ZZ-001',
    applicant: '嘎查村党支部',
    requestText: '调整嘎查误工补贴人员及标准',
    openedDaysAgo: 25,
    steps: [
      ['village', A.APPROVE, 48, '“两委”商议通过'],
      ['village', A.APPROVE, 72, '党员大会审议通过'],
      ['village', A.REJECT, 120, '村民代表会议表决未过半数，方案终止'],
    ],
  },
  {
    key: 'income-oversee',
    listType: 'AUTONOMY',
    itemCode: 'ZZ-002',
    applicant: '嘎查村党支部',
    requestText: '2026年度集体经济收益用于修缮嘎查文化活动室和冬季饲草料储备',
    openedDaysAgo: 40,
    steps: [
      ['village', A.APPROVE, 48, '“两委”联席会议商议通过'],
      ['village', A.APPROVE, 72, '党员大会审议通过'],
      ['village', A.APPROVE, 168, '村民代表会议到会42人，同意38人'],
      ['village', A.COMPLETE, 120, '决议在嘎查村务公开栏公示5日'],
      ['village', A.SUBMIT, 360, '文化活动室修缮完工，饲草料已入库，申请监督'],
    ],
  },
  {
    key: 'security-closed',
    listType: 'ASSISTED_GOVERNMENT',
    itemCode: 'XZ-007',
    applicant: 'member',
    requestText: '牧点附近发现陌生车辆夜间收购牲畜，请求核查',
    openedDaysAgo: 4,
    steps: [
      ['village', A.ESCALATE, 2, '治保会核实后报镇派出所'],
      ['town', A.APPROVE, 20, '派出所已核查，交嘎查协助做好防范宣传'],
      ['village', A.COMPLETE, 24, '已在嘎查微信群发布防范提示'],
    ],
  },
];

/** Which scenarios each approved 嘎查村 runs (by village index); overdue cases in 图克嘎查 and 忽吉图嘎查 only. */
const PLAN: Record<number, string[]> = {
  0: SCENARIOS.map((s) => s.key),
  1: ['cert-issued', 'mediation-closed', 'rules-party'],
  2: ['allowance-town', 'cert-refused', 'security-closed', 'relief-county'],
  3: ['opinion-overdue', 'cert-new', 'subsidy-stopped'],
  4: ['cert-issued', 'allowance-town', 'income-oversee'],
  5: ['mediation-closed', 'cert-new', 'rules-party'],
  6: ['security-closed', 'cert-refused', 'disability-done'],
  7: ['allowance-town', 'rules-party'],
};

/** Requests the gate refuses (and records), by village index. */
const REFUSALS: Record<number, Array<{ kind: ChecklistRequestKind; text: string; department?: string }>> = {
  0: [
    { kind: ChecklistRequestKind.CERTIFICATE, text: '开具无犯罪记录证明（应聘用）' },
    { kind: ChecklistRequestKind.CERTIFICATE, text: '开具亲属关系证明，办理继承手续' },
    {
      kind: ChecklistRequestKind.TASK,
      text: '要求嘎查村组织牧民购买商业保险并完成参保指标',
      department: '某保险公司乌审旗支公司',
    },
    {
      kind: ChecklistRequestKind.TASK,
      text: '要求嘎查村每周统计辖区外卖骑手信息并签字盖章报送',
      department: '旗某部门',
    },
  ],
  2: [{ kind: ChecklistRequestKind.CERTIFICATE, text: '出具居民健在证明（领取养老金）' }],
  5: [
    {
      kind: ChecklistRequestKind.TASK,
      text: '要求嘎查村干部下载APP并完成点赞投票任务',
      department: '旗某单位',
    },
  ],
};

/** A context acting as a demo user (the user's role; scope `regionCode`). */
export async function userCtx(
  ds: DataSource,
  username: string,
  role: Role,
  regionCode: string,
): Promise<RequestContext> {
  const [u] = (await ds.query(`SELECT id, display_name AS name FROM app_user WHERE username = $1`, [
    username,
  ])) as Array<{
    id: string;
    name: string;
  }>;
  if (!u) throw new Error(`demo user ${username} is missing`);
  return new RequestContext(`seed-checklists-${username}`, {
    userId: u.id,
    username,
    displayName: u.name,
    role,
    regionCode,
    scopePrefixes: [scopePrefix(regionCode)],
  });
}

export interface CaseCounts {
  cases: number;
  open: number;
  closed: number;
  overdue: number;
  refusals: number;
  certificates: number;
  revoked: number;
}

/** Loads the cases of the approved 嘎查村 of `town` (indexes of PLAN). */
export async function seedChecklistCases(
  app: INestApplicationContext,
  ds: DataSource,
  town: DemoTown,
  run: <T>(ctx: RequestContext, operation: string, args: Record<string, unknown>, work: () => Promise<T>) => Promise<T>,
): Promise<CaseCounts> {
  const cases = app.get(ChecklistCasesService, { strict: false });
  const gate = app.get(ChecklistGateService, { strict: false });
  const certificates = app.get(ChecklistCertificatesService, { strict: false });
  const now = Date.now();
  const counts: CaseCounts = { cases: 0, open: 0, closed: 0, overdue: 0, refusals: 0, certificates: 0, revoked: 0 };
  const townCtx = await userCtx(ds, `${town.key}.town`, Role.TOWN_SUPERVISOR, town.town.code);
  const countyCtx = await userCtx(ds, `${town.county.key}.county`, Role.COUNTY_SUPERVISOR, town.county.code);

  for (const [indexText, keys] of Object.entries(PLAN)) {
    const index = Number(indexText);
    const village = villageCode(town, index);
    const actors: Record<Who, RequestContext> = {
      village: await userCtx(ds, `${town.key}.admin`, Role.VILLAGE_ADMIN, village),
      town: townCtx,
      county: countyCtx,
      oversight: await userCtx(ds, `${town.key}.oversight`, Role.OVERSIGHT, village),
    };
    const members = (await ds.query(
      `SELECT id, name FROM member WHERE region_code = $1 AND active AND relation = 'HEAD' ORDER BY created_at, id LIMIT 20`,
      [village],
    )) as Array<{ id: string; name: string }>;
    let nextMember = index;
    // oldest first, so that case numbers and certificate serials follow the dates
    const planned = keys
      .map((key) => SCENARIOS.find((x) => x.key === key) as Scenario)
      .sort((a, b) => b.openedDaysAgo - a.openedDaysAgo);
    for (const s of planned) {
      let at = now - s.openedDaysAgo * DAY - (s.openedDaysAgo > 0 ? 0 : 2 * HOUR);
      const member = s.applicant === 'member' ? members[nextMember++ % Math.max(members.length, 1)]?.id : undefined;
      if (s.applicant === 'member' && !member) continue; // a village without households: no member cases
      const input = {
        villageCode: village,
        listType: s.listType,
        itemCode: s.itemCode,
        applicantKind: member ? ChecklistApplicantKind.MEMBER : ChecklistApplicantKind.ORGANISATION,
        applicantMemberId: member ?? null,
        applicantName: member ? null : s.applicant === '嘎查村党支部' ? `${town.villages[index]}党支部` : s.applicant,
        requestText: s.requestText ?? null,
        clientKey: `seed-${village}-${s.key}`,
      };
      const opener = actors.village;
      let c: ChecklistCaseEntity = await run(opener, 'openChecklistCase', { input: { ...input } }, () =>
        cases.open(opener, input, { at: new Date(at) }),
      );
      for (const [who, action, hours, note] of s.steps) {
        at += hours * HOUR;
        const ctx = actors[who];
        const actInput = { caseId: c.id, action, note: note ?? null };
        c = await run(ctx, 'actOnChecklistCase', { input: { caseId: c.id, action } }, () =>
          cases.act(ctx, actInput, { at: new Date(Math.min(at, now)) }),
        );
      }
      counts.cases++;
      if (c.status === 'CLOSED') counts.closed++;
      else counts.open++;
      if (c.status === 'OPEN' && ((c.dueAt && c.dueAt.getTime() < now) || (c.stepDueAt && c.stepDueAt.getTime() < now)))
        counts.overdue++;
      if (s.certificate) {
        const issuer = actors.village;
        const issuedAt = new Date(Math.min(at + HOUR, now));
        // a certificate about a villager asked for by an organisation (政审) is made out to the villager
        const holderName = member ? null : (members[nextMember++ % Math.max(members.length, 1)]?.name ?? null);
        const issueInput = { caseId: c.id, holderName };
        const cert = await run(issuer, 'issueChecklistCertificate', { input: { caseId: c.id } }, () =>
          certificates.issue(issuer, issueInput, { at: issuedAt }),
        );
        counts.certificates++;
        if (s.certificate === 'revoke') {
          const reason = '收养登记机关告知证明所载婚姻状况与婚姻登记信息不一致，收回作废，核实后重新出具';
          await run(issuer, 'revokeChecklistCertificate', { id: cert.id }, () =>
            certificates.revoke(issuer, cert.id, reason),
          );
          counts.revoked++;
        }
      }
    }
    for (const r of REFUSALS[index] ?? []) {
      const ctx = actors.village;
      const input = { villageCode: village, kind: r.kind, text: r.text, department: r.department ?? null };
      const decision = await run(ctx, 'checkChecklistRequest', { input: { ...input } }, () => gate.check(ctx, input));
      if (!decision.allowed) counts.refusals++;
    }
  }
  return counts;
}

export interface OversightCounts {
  inspections: number;
  findings: number;
  complaints: number;
}

/**
 * 监督评价 in 图克嘎查 (the first village, where the demo oversight login sits): the oversight committee inspects
 * the certificate list (one finding to rectify, rectified by the village and verified; one still open) and the
 * overdue case (a finding to rectify); residents file two complaints from the portal, one answered.
 */
export async function seedChecklistOversight(
  app: INestApplicationContext,
  ds: DataSource,
  town: DemoTown,
  run: <T>(ctx: RequestContext, operation: string, args: Record<string, unknown>, work: () => Promise<T>) => Promise<T>,
): Promise<OversightCounts> {
  const inspections = app.get(InspectionsService, { strict: false });
  const complaints = app.get(ComplaintsService, { strict: false });
  const village = villageCode(town, 0);
  const inspector = await userCtx(ds, `${town.key}.oversight`, Role.OVERSIGHT, village);
  const admin = await userCtx(ds, `${town.key}.admin`, Role.VILLAGE_ADMIN, village);
  const counts: OversightCounts = { inspections: 0, findings: 0, complaints: 0 };
  const day = (offset: number) => todayIso(new Date(Date.now() + offset * DAY));

  const listInput = {
    villageCode: village,
    listType: 'CERTIFICATE',
    itemCode: null,
    caseId: null,
    inspectedOn: day(-5),
    summary: '嘎查村务监督委员会对依法出具证明事项清单执行情况进行季度检查，查阅证明出具登记簿和不予出具告知书',
    findings: [
      {
        text: '证明出具登记簿有2份证明未登记办理用途',
        severity: ChecklistFindingSeverity.MINOR,
        dueOn: day(10),
      },
      {
        text: '不予出具告知书未写明告知申请人到何处办理',
        severity: ChecklistFindingSeverity.MAJOR,
        dueOn: null,
      },
    ],
    clientKey: `seed-${village}-inspection-certificates`,
  };
  const listInspection = await run(inspector, 'recordChecklistInspection', { input: { ...listInput } }, () =>
    inspections.record(inspector, listInput),
  );
  counts.inspections++;
  counts.findings += listInput.findings.length;
  const [toRectify] = (await ds.query(
    `SELECT id FROM checklist_finding WHERE inspection_id = $1 ORDER BY seq LIMIT 1`,
    [listInspection.id],
  )) as Array<{ id: string }>;
  const rectification = {
    findingId: toRectify.id,
    text: '已补登2份证明的办理用途，经办人签字确认，今后出具时当场登记',
    fileIds: [],
  };
  await run(admin, 'recordChecklistRectification', { input: { findingId: toRectify.id } }, () =>
    inspections.rectify(admin, rectification),
  );
  const verify = { findingId: toRectify.id, action: ChecklistFindingAction.VERIFY, note: '查阅登记簿，整改到位' };
  await run(inspector, 'actOnChecklistFinding', { input: { findingId: toRectify.id, action: verify.action } }, () =>
    inspections.act(inspector, verify),
  );

  const [overdue] = (await ds.query(
    `SELECT id FROM checklist_case WHERE region_code = $1 AND item_code = 'XZ-008' AND status = 'OPEN' LIMIT 1`,
    [village],
  )) as Array<{ id: string }>;
  if (overdue) {
    const caseInput = {
      villageCode: null,
      listType: null,
      itemCode: null,
      caseId: overdue.id,
      inspectedOn: day(-1),
      summary: '抽查群众意见建议办理情况',
      findings: [
        {
          text: '群众反映的道路积雪清理问题转报镇后超过20日未答复，未向反映人说明进展',
          severity: ChecklistFindingSeverity.MAJOR,
          dueOn: day(7),
        },
      ],
      clientKey: `seed-${village}-inspection-opinion`,
    };
    await run(inspector, 'recordChecklistInspection', { input: { caseId: overdue.id } }, () =>
      inspections.record(inspector, caseInput),
    );
    counts.inspections++;
    counts.findings++;
  }

  const resident = new RequestContext('seed-checklists-portal', null, '127.0.0.1', 'seed');
  const filed = [
    {
      villageCode: village,
      subject: '低保评议结果公示时间太短',
      text: '本组低保民主评议结果只在公开栏贴了两天就撕掉了，没看到的牧户无法提出意见，希望按规定公示满7天。',
      contact: '13900000001',
      clientKey: `seed-${village}-complaint-1`,
    },
    {
      villageCode: village,
      subject: '证明开具要跑两趟',
      text: '开入党政审证明时第一次说要等“两委”开会，第二次才拿到，能否提前告知办理时间。',
      contact: null,
      clientKey: `seed-${village}-complaint-2`,
    },
  ];
  const numbers: string[] = [];
  for (const input of filed) {
    const receipt = await run(resident, 'submitChecklistComplaint', { input: { villageCode: village } }, () =>
      complaints.submit(resident, input),
    );
    numbers.push(receipt.number);
    counts.complaints++;
  }
  const [first] = (await ds.query(`SELECT id FROM checklist_complaint WHERE number = $1`, [numbers[0]])) as Array<{
    id: string;
  }>;
  for (const [action, text] of [
    [ChecklistComplaintAction.ACCEPT, '已受理，转嘎查村“两委”核实'],
    [ChecklistComplaintAction.REPLY, '经核实，公示材料被大风刮落，已重新张贴并延长公示至满7日，同时在嘎查微信群发布'],
  ] as const) {
    const input = { complaintId: first.id, action, text };
    await run(inspector, 'handleChecklistComplaint', { input: { complaintId: first.id, action } }, () =>
      complaints.handle(inspector, input),
    );
  }
  return counts;
}
