/**
 * 图克镇's four checklist templates (清单制, seed 002: 图政发〔2022〕141号 asks every 嘎查村 for 依法自治事项、依法协助政府
 * 工作事项、工作负面事项、依法出具证明事项 lists with a flow chart, policy basis, conditions, oversight and disclosure per
 * item). Seed 002 publishes no item list, so the items are those of the published lists and laws gathered in
 * REFERENCE-DATA.md §2, copied here (the product never reads the shared docs): the matters of 村民委员会组织法 第二十四条,
 * social assistance, mediation, the Hunan negative list, the Shanxi may-issue certificate list. Offices (图克镇党建办 …),
 * step time limits and the village adaptations are EXAMPLES; legal references name the law and, where we are sure of
 * it, the article.
 */
import type { ChecklistItemContent, FlowChart, FlowStep, FlowTransition } from '@xiangzhi/checklists/util';

const TOWN = '图克镇';

const step = (
  id: string,
  name: string,
  kind: FlowStep['kind'],
  role: string,
  timeLimitDays: number | null,
  materials: string[] = [],
): FlowStep => ({ id, name, kind, role, timeLimitDays, materials });

const go = (
  from: string,
  to: string,
  action: FlowTransition['action'],
  extra: { condition?: string; label?: string } = {},
): FlowTransition => ({ from, to, action, ...extra });

// ---------------------------------------------------------------------------------------------------------------
// Flow charts (adapted from EXAMPLE_FLOWS of @xiangzhi/checklists/util; roles from FLOW_ROLE_CODES)
// ---------------------------------------------------------------------------------------------------------------

/**
 * 嘎查村重大事项“四议两公开”: 党组织提议 → 两委商议 → 党员大会审议 → 村民（代表）会议决议 → 决议公开 → (报镇备案或批准)
 * → 组织实施 → 村务监督委员会监督 → 结果公开. `majority` is the voting rule of the decision (组织法 第二十二条、第二十六条,
 * or two thirds where the law asks for it); `filing` adds the town's step when the decision is filed with or approved by
 * the town.
 */
export function deliberationFlow(options: { majority: string; filing?: string; proposal?: string }): FlowChart {
  const steps: FlowStep[] = [
    step('propose', '嘎查村党组织提议', 'START', 'VILLAGE_ADMIN', null, [options.proposal ?? '提议方案']),
    step('consult', '嘎查村“两委”联席会议商议', 'TASK', 'VILLAGE_ADMIN', 7, ['会议记录']),
    step('party', '党员大会审议', 'TASK', 'VILLAGE_ADMIN', 7, ['会议记录', '审议意见']),
    step('resolve', '嘎查村民会议或村民代表会议决议', 'TASK', 'VILLAGE_ADMIN', 15, ['会议记录', '表决结果', '签到表']),
    step('publishResolution', '决议公开', 'TASK', 'VILLAGE_ADMIN', 5, ['公示照片']),
  ];
  if (options.filing) steps.push(step('file', options.filing, 'TASK', 'TOWN_OFFICER', 5, ['备案（审批）意见']));
  steps.push(
    step('implement', '组织实施', 'TASK', 'VILLAGE_ADMIN', null, ['实施台账']),
    step('oversee', '嘎查村务监督委员会监督', 'TASK', 'OVERSIGHT', 10, ['监督意见']),
    step('publishResult', '实施结果公开', 'TASK', 'VILLAGE_ADMIN', 5, ['公示照片']),
    step('done', '办结归档', 'END', 'VILLAGE_ADMIN', null),
    step('stopped', '终止（未通过）', 'END', '', null),
  );
  const transitions: FlowTransition[] = [
    go('propose', 'consult', 'SUBMIT'),
    go('consult', 'party', 'APPROVE'),
    go('consult', 'propose', 'RETURN', { label: '退回修改' }),
    go('consult', 'stopped', 'REJECT'),
    go('party', 'resolve', 'APPROVE'),
    go('party', 'consult', 'RETURN', { label: '退回修改' }),
    go('party', 'stopped', 'REJECT'),
    go('resolve', 'publishResolution', 'APPROVE', { condition: options.majority }),
    go('resolve', 'stopped', 'REJECT', { condition: '未获通过' }),
  ];
  if (options.filing) {
    transitions.push(
      go('publishResolution', 'file', 'SUBMIT', { label: '报镇' }),
      go('file', 'implement', 'APPROVE', { label: '同意' }),
      go('file', 'consult', 'RETURN', { label: '退回重议' }),
    );
  } else {
    transitions.push(go('publishResolution', 'implement', 'COMPLETE', { label: '公开完毕' }));
  }
  transitions.push(
    go('implement', 'oversee', 'SUBMIT'),
    go('oversee', 'publishResult', 'APPROVE'),
    go('oversee', 'implement', 'RETURN', { label: '整改' }),
    go('publishResult', 'done', 'COMPLETE'),
  );
  return { steps, transitions };
}

/** 出具证明: 申请 → 受理审核 → 两委研究 → 出具并登记 / 书面告知不予出具 → 办结 (1 + 2 + 1 days). */
export function certificateFlow(materials: string[]): FlowChart {
  return {
    steps: [
      step('apply', '申请人提交申请', 'START', 'APPLICANT', null, materials),
      step('review', '嘎查村民委员会受理审核', 'TASK', 'VILLAGE_ADMIN', 1),
      step('meeting', '嘎查村“两委”研究', 'TASK', 'VILLAGE_ADMIN', 2, ['会议记录']),
      step('issue', '出具证明并登记', 'TASK', 'VILLAGE_ADMIN', 1, ['证明式样', '证明出具登记簿']),
      step('refuse', '书面告知不予出具及理由', 'TASK', 'VILLAGE_ADMIN', 1, ['不予出具告知书']),
      step('done', '办结归档', 'END', 'VILLAGE_ADMIN', null),
    ],
    transitions: [
      go('apply', 'review', 'SUBMIT'),
      go('review', 'meeting', 'APPROVE', { condition: '材料齐全、符合出具条件' }),
      go('review', 'apply', 'RETURN', { condition: '材料不全', label: '退回补正' }),
      go('review', 'refuse', 'REJECT', { condition: '不属于本嘎查村依法出具范围' }),
      go('meeting', 'issue', 'APPROVE'),
      go('meeting', 'refuse', 'REJECT'),
      go('issue', 'done', 'COMPLETE'),
      go('refuse', 'done', 'COMPLETE'),
    ],
  };
}

/**
 * 社会救助 (低保、特困): 申请 → 嘎查村受理 → 入户调查与民主评议 → 嘎查村内公示 → 镇审核 → 旗民政局审批 → 办结; the
 * 嘎查村 only assists, the decision is the town's and the banner's (3 + 10 + 7 + 10 + 10 = 40 days).
 */
export function assistanceFlow(materials: string[], approver = '乌审旗民政局审批'): FlowChart {
  return {
    steps: [
      step('apply', '申请人提出申请', 'START', 'APPLICANT', null, materials),
      step('accept', '嘎查村民委员会受理（协助）', 'TASK', 'VILLAGE_ADMIN', 3),
      step('survey', '入户调查与民主评议', 'TASK', 'VILLAGE_ADMIN', 10, ['入户调查表', '民主评议记录']),
      step('publicity', '嘎查村内公示', 'TASK', 'VILLAGE_ADMIN', 7, ['公示照片']),
      step('town', '图克镇审核', 'TASK', 'TOWN_OFFICER', 10, ['审核意见']),
      step('county', approver, 'TASK', 'COUNTY_OFFICER', 10, ['审批决定']),
      step('done', '办结', 'END', '', null),
    ],
    transitions: [
      go('apply', 'accept', 'SUBMIT'),
      go('accept', 'survey', 'APPROVE', { label: '受理' }),
      go('accept', 'apply', 'RETURN', { label: '退回补正' }),
      go('survey', 'publicity', 'SUBMIT'),
      go('publicity', 'town', 'ESCALATE', { condition: '公示无异议' }),
      go('publicity', 'survey', 'RETURN', { condition: '公示有异议', label: '重新调查' }),
      go('town', 'county', 'ESCALATE'),
      go('town', 'survey', 'RETURN'),
      go('town', 'done', 'REJECT', { label: '不予通过' }),
      go('county', 'done', 'COMPLETE', { label: '审批办结' }),
      go('county', 'town', 'RETURN'),
    ],
  };
}

/** 申请 → 嘎查村受理 → 镇审核 → 旗审批 → 办结 (a subsidy or aid the 嘎查村 only passes on: 3 + 7 + 10 days). */
function referralFlow(materials: string[], townStep: string, countyStep: string): FlowChart {
  return {
    steps: [
      step('apply', '申请人提出申请', 'START', 'APPLICANT', null, materials),
      step('accept', '嘎查村民委员会受理并初核', 'TASK', 'VILLAGE_ADMIN', 3),
      step('town', townStep, 'TASK', 'TOWN_OFFICER', 7, ['审核意见']),
      step('county', countyStep, 'TASK', 'COUNTY_OFFICER', 10, ['审批决定']),
      step('done', '办结', 'END', '', null),
    ],
    transitions: [
      go('apply', 'accept', 'SUBMIT'),
      go('accept', 'town', 'ESCALATE', { label: '报镇' }),
      go('accept', 'apply', 'RETURN', { label: '退回补正' }),
      go('town', 'county', 'ESCALATE'),
      go('town', 'done', 'REJECT', { label: '不予通过' }),
      go('county', 'done', 'COMPLETE', { label: '审批办结' }),
      go('county', 'town', 'RETURN'),
    ],
  };
}

/** 一事一议财政奖补: 嘎查村申报 → 镇初审 → 旗审批 → 组织实施 → 镇验收 → 办结 (10 + 20 + 10 days and the works). */
const AWARD_FLOW: FlowChart = {
  steps: [
    step('declare', '嘎查村申报项目', 'START', 'VILLAGE_ADMIN', null, ['项目申报书', '村民会议决议', '筹资筹劳方案']),
    step('town', '图克镇初审', 'TASK', 'TOWN_OFFICER', 10, ['初审意见']),
    step('county', '乌审旗审批', 'TASK', 'COUNTY_OFFICER', 20, ['批复文件']),
    step('build', '组织实施', 'TASK', 'VILLAGE_ADMIN', null, ['施工记录', '资金使用台账']),
    step('accept', '镇组织验收', 'TASK', 'TOWN_OFFICER', 10, ['验收报告']),
    step('done', '办结公示', 'END', 'VILLAGE_ADMIN', null),
    step('stopped', '未获批准', 'END', '', null),
  ],
  transitions: [
    go('declare', 'town', 'SUBMIT'),
    go('town', 'county', 'ESCALATE', { label: '初审通过' }),
    go('town', 'declare', 'RETURN', { label: '退回完善' }),
    go('town', 'stopped', 'REJECT'),
    go('county', 'build', 'APPROVE', { label: '批复' }),
    go('county', 'stopped', 'REJECT'),
    go('build', 'accept', 'SUBMIT', { label: '申请验收' }),
    go('accept', 'done', 'APPROVE', { label: '验收合格' }),
    go('accept', 'build', 'RETURN', { label: '整改' }),
  ],
};

/** 人民调解: 申请 → 调解委员会受理 → 调解 → 制作协议并回访 / 告知其他途径 → 办结 (3 + 20 + 5 days). */
const MEDIATION_FLOW: FlowChart = {
  steps: [
    step('apply', '当事人申请调解', 'START', 'APPLICANT', null, ['调解申请（口头申请的登记）']),
    step('accept', '嘎查村人民调解委员会受理登记', 'TASK', 'VILLAGE_ADMIN', 3, ['纠纷受理登记表']),
    step('mediate', '调查核实、组织调解', 'TASK', 'VILLAGE_ADMIN', 20, ['调解笔录']),
    step('agree', '制作调解协议书并回访', 'TASK', 'VILLAGE_ADMIN', 5, ['人民调解协议书', '回访记录']),
    step('refer', '调解不成，告知依法通过仲裁、行政、司法等途径解决', 'TASK', 'VILLAGE_ADMIN', 5, ['告知记录']),
    step('done', '办结归档', 'END', 'VILLAGE_ADMIN', null),
  ],
  transitions: [
    go('apply', 'accept', 'SUBMIT'),
    go('accept', 'mediate', 'APPROVE', { label: '受理' }),
    go('accept', 'refer', 'REJECT', { condition: '不属于人民调解范围', label: '不予受理' }),
    go('mediate', 'agree', 'APPROVE', { condition: '达成调解协议' }),
    go('mediate', 'refer', 'REJECT', { condition: '调解不成' }),
    go('agree', 'done', 'COMPLETE'),
    go('refer', 'done', 'COMPLETE'),
  ],
};

/** 协助维护社会治安: 报告 → 治保会核实 → 报告镇派出所、综治中心 → 协助处置 → 办结 (1 + 3 + 3 days). */
const SECURITY_FLOW: FlowChart = {
  steps: [
    step('report', '农牧民群众或网格员报告', 'START', 'APPLICANT', null, ['情况说明']),
    step('verify', '嘎查村治保会核实', 'TASK', 'VILLAGE_ADMIN', 1, ['核实记录']),
    step('town', '报告图克镇派出所、综治中心', 'TASK', 'TOWN_OFFICER', 3, ['处置意见']),
    step('assist', '协助处置并反馈', 'TASK', 'VILLAGE_ADMIN', 3, ['处置记录']),
    step('done', '办结', 'END', 'VILLAGE_ADMIN', null),
  ],
  transitions: [
    go('report', 'verify', 'SUBMIT'),
    go('verify', 'town', 'ESCALATE'),
    go('verify', 'assist', 'APPROVE', { condition: '本嘎查村可以化解的一般事项', label: '就地处置' }),
    go('town', 'assist', 'APPROVE', { label: '交办' }),
    go('assist', 'done', 'COMPLETE'),
  ],
};

/** 反映村民意见: 提出 → 嘎查村登记研究 → (报镇 →) 答复反馈 → 办结 (5 + 10 + 5 = 20 days). */
const OPINION_FLOW: FlowChart = {
  steps: [
    step('raise', '农牧民提出意见、要求或建议', 'START', 'APPLICANT', null, ['意见建议（书面或口头登记）']),
    step('register', '嘎查村民委员会登记研究', 'TASK', 'VILLAGE_ADMIN', 5, ['意见登记簿']),
    step('town', '报图克镇有关部门研究办理', 'TASK', 'TOWN_OFFICER', 10, ['办理意见']),
    step('reply', '答复反馈', 'TASK', 'VILLAGE_ADMIN', 5, ['答复记录']),
    step('done', '办结', 'END', 'VILLAGE_ADMIN', null),
  ],
  transitions: [
    go('raise', 'register', 'SUBMIT'),
    go('register', 'reply', 'APPROVE', { condition: '本嘎查村能够解决', label: '直接答复' }),
    go('register', 'town', 'ESCALATE', { condition: '需要政府解决', label: '报镇' }),
    go('town', 'reply', 'COMPLETE', { label: '转回答复' }),
    go('reply', 'done', 'COMPLETE'),
  ],
};

/** 代办: 申请 → 综合服务站受理 → 报镇便民服务中心 → 结果反馈 → 办结 (1 + 5 + 1 days). */
const AGENCY_FLOW: FlowChart = {
  steps: [
    step('apply', '群众提出代办申请', 'START', 'APPLICANT', null, ['居民身份证', '户口簿', '代办事项所需材料']),
    step('accept', '嘎查村综合服务站受理', 'TASK', 'VILLAGE_ADMIN', 1, ['代办登记簿']),
    step('town', '报图克镇便民服务中心办理', 'TASK', 'TOWN_OFFICER', 5, ['办理结果']),
    step('reply', '结果反馈群众', 'TASK', 'VILLAGE_ADMIN', 1, ['反馈记录']),
    step('done', '办结', 'END', 'VILLAGE_ADMIN', null),
  ],
  transitions: [
    go('apply', 'accept', 'SUBMIT'),
    go('accept', 'town', 'ESCALATE', { label: '代办报送' }),
    go('accept', 'apply', 'RETURN', { label: '一次性告知补正' }),
    go('town', 'reply', 'COMPLETE'),
    go('town', 'accept', 'RETURN', { label: '退回补正' }),
    go('reply', 'done', 'COMPLETE'),
  ],
};

/** 宅基地申请: 申请 → 村民小组会议讨论并公示 → 嘎查村审查 → 镇审批 → 办结 (5 + 5 + 20 = 30 days). */
const HOMESTEAD_FLOW: FlowChart = {
  steps: [
    step('apply', '农牧户提出书面申请', 'START', 'APPLICANT', null, [
      '农村宅基地和建房（规划许可）申请表',
      '户口簿',
      '居民身份证',
    ]),
    step('group', '村民小组会议讨论并公示', 'TASK', 'VILLAGE_ADMIN', 5, ['会议记录', '公示照片']),
    step('review', '嘎查村级组织审查', 'TASK', 'VILLAGE_ADMIN', 5, ['审查意见']),
    step('town', '图克镇审核批准', 'TASK', 'TOWN_OFFICER', 20, ['乡村建设规划许可证', '宅基地批准书']),
    step('done', '办结', 'END', '', null),
  ],
  transitions: [
    go('apply', 'group', 'SUBMIT'),
    go('group', 'review', 'APPROVE', { condition: '讨论通过、公示无异议' }),
    go('group', 'apply', 'RETURN', { label: '退回' }),
    go('review', 'town', 'ESCALATE', { label: '报镇' }),
    go('review', 'done', 'REJECT', { label: '不予通过' }),
    go('town', 'done', 'COMPLETE', { label: '审批办结' }),
    go('town', 'review', 'RETURN'),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Shared field values
// ---------------------------------------------------------------------------------------------------------------

const OVERSIGHT = {
  who: '嘎查村务监督委员会、农牧民群众、图克镇党委政府',
  ofWhom: '嘎查村“两委”成员及经办人员',
  how: '全程监督、查阅会议记录和台账、受理投诉举报',
};
const CONSULTATION = '嘎查村党群服务中心（便民服务站），工作日 8:30–12:00、14:30–18:00';
const FREE = '不收费';
const DISCLOSE_DECISION = { what: '提议内容、表决结果、实施情况和结果', how: '嘎查村务公开栏、嘎查村微信群' };
const ORGANIC_LAW = '《中华人民共和国村民委员会组织法》';
const MAJORITY = '经到会人员过半数通过（村民会议须有本村十八周岁以上村民过半数或三分之二以上户的代表参加）';

function autonomy(
  code: string,
  name: string,
  category: string,
  fields: Partial<ChecklistItemContent> & { policyBasis: string; conditions: string; materials: string[] },
  flow: FlowChart,
): ChecklistItemContent {
  return {
    code,
    name,
    category,
    timeLimit: { text: '60日内', days: 60 },
    responsibleBody: '嘎查村民委员会',
    guidingUnit: `${TOWN}党建办、${TOWN}农牧业综合保障中心`,
    oversight: OVERSIGHT,
    fee: FREE,
    disclosure: DISCLOSE_DECISION,
    consultation: CONSULTATION,
    ...fields,
    flow,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 依法自治事项 (村民委员会组织法 第二十四条: 经村民会议讨论决定方可办理; 第二十五条: 可授权村民代表会议)
// ---------------------------------------------------------------------------------------------------------------

export const AUTONOMY_ITEMS: ChecklistItemContent[] = [
  autonomy(
    'ZZ-001',
    '本嘎查村享受误工补贴的人员及补贴标准',
    '村级事务管理',
    {
      policyBasis: `${ORGANIC_LAW}第二十四条第一款第一项`,
      conditions: '每年年初或人员、标准调整时，由嘎查村党组织提出方案',
      materials: ['误工补贴人员名单及补贴标准方案', '上年度误工补贴发放情况'],
      keywords: ['误工补贴'],
    },
    deliberationFlow({ majority: MAJORITY, proposal: '误工补贴方案' }),
  ),
  autonomy(
    'ZZ-002',
    '从嘎查村集体经济所得收益的使用',
    '集体资产管理',
    {
      policyBasis: `${ORGANIC_LAW}第二十四条第一款第二项`,
      conditions: '集体经济收益分配、使用方案，须在年度财务公开后提出',
      materials: ['集体经济收益使用方案', '年度收支明细'],
      keywords: ['集体收益', '集体经济收益', '分红'],
    },
    deliberationFlow({ majority: MAJORITY, proposal: '收益使用方案' }),
  ),
  autonomy(
    'ZZ-003',
    '嘎查村公益事业的兴办和筹资筹劳方案及建设承包方案（一事一议）',
    '公益事业',
    {
      policyBasis: `${ORGANIC_LAW}第二十四条第一款第三项；《村民一事一议筹资筹劳管理办法》（国办发〔2007〕4号）`,
      conditions: '筹资筹劳方案须经到会人员三分之二以上通过，筹资额、筹劳量不超过自治区规定的上限标准',
      materials: ['项目建设方案', '筹资筹劳方案', '预算及承包方案'],
      notes: '方案经村民会议通过后报图克镇人民政府审核备案',
      keywords: ['一事一议', '筹资筹劳'],
    },
    deliberationFlow({
      majority: '经到会人员三分之二以上通过',
      filing: '报图克镇人民政府审核备案',
      proposal: '筹资筹劳方案',
    }),
  ),
  autonomy(
    'ZZ-004',
    '土地、草原承包经营方案',
    '土地草原管理',
    {
      policyBasis: `${ORGANIC_LAW}第二十四条第一款第四项；《中华人民共和国农村土地承包法》第十九条、第二十八条；《中华人民共和国草原法》第十三条`,
      conditions:
        '承包方案由承包工作小组拟订并公布，经本集体经济组织成员的村民会议讨论通过；承包期内个别调整承包地（草场）的，须经村民会议三分之二以上成员或者三分之二以上村民代表同意',
      materials: ['承包经营方案', '承包地（草场）面积和四至清册'],
      notes: '草原承包经营期内个别确需调整的，报图克镇人民政府和乌审旗草原行政主管部门批准',
      keywords: ['土地承包', '草原承包', '草场承包'],
    },
    deliberationFlow({
      majority: '经村民会议讨论通过（个别调整承包的须三分之二以上成员或者村民代表同意）',
      filing: '报图克镇人民政府批准',
      proposal: '承包经营方案',
    }),
  ),
  autonomy(
    'ZZ-005',
    '嘎查村集体经济项目的立项、承包方案',
    '集体资产管理',
    {
      policyBasis: `${ORGANIC_LAW}第二十四条第一款第五项`,
      conditions: '项目须有可行性论证，承包方案须公开竞争确定承包方',
      materials: ['项目可行性报告', '承包方案', '合同草案'],
      keywords: ['集体经济项目', '项目立项'],
    },
    deliberationFlow({ majority: MAJORITY, proposal: '立项或承包方案' }),
  ),
  autonomy(
    'ZZ-006',
    '宅基地的使用方案',
    '土地草原管理',
    {
      policyBasis: `${ORGANIC_LAW}第二十四条第一款第六项；《中华人民共和国土地管理法》第六十二条`,
      conditions: '符合图克镇国土空间规划和村庄规划，一户只能拥有一处宅基地',
      materials: ['宅基地使用方案', '村庄规划图'],
      keywords: ['宅基地使用方案'],
    },
    deliberationFlow({ majority: MAJORITY, filing: '报图克镇人民政府备案', proposal: '宅基地使用方案' }),
  ),
  autonomy(
    'ZZ-007',
    '征地补偿费的使用、分配方案',
    '集体资产管理',
    {
      policyBasis: `${ORGANIC_LAW}第二十四条第一款第七项；《中华人民共和国土地管理法》第四十九条`,
      conditions: '土地补偿费到账后，按照依法确认的集体经济组织成员提出方案',
      materials: ['征地补偿费使用分配方案', '补偿费到账凭证', '成员名册'],
      notes: '征收土地补偿费用的收支状况须向本集体经济组织成员公布，接受监督',
      keywords: ['征地补偿', '补偿费分配'],
    },
    deliberationFlow({ majority: MAJORITY, filing: '报图克镇人民政府备案', proposal: '使用分配方案' }),
  ),
  autonomy(
    'ZZ-008',
    '以借贷、租赁或者其他方式处分嘎查村集体财产',
    '集体资产管理',
    {
      policyBasis: `${ORGANIC_LAW}第二十四条第一款第八项`,
      conditions: '处分集体财产须经资产评估，租赁、出借应当公开协商或招标',
      materials: ['处分方案', '资产评估报告', '合同草案'],
      keywords: ['集体财产', '租赁集体', '出借集体'],
    },
    deliberationFlow({ majority: MAJORITY, proposal: '处分方案' }),
  ),
  autonomy(
    'ZZ-009',
    '制定和修改嘎查村民自治章程、村规民约',
    '村级事务管理',
    {
      policyBasis: `${ORGANIC_LAW}第二十四条、第二十七条`,
      conditions:
        '嘎查村党组织提议，或十分之一以上有选举权的村民、五分之一以上村民代表联名提议；内容不得与宪法、法律、法规和国家政策相抵触',
      materials: ['章程或村规民约草案', '征求意见记录'],
      notes: '村民自治章程、村规民约报图克镇人民政府备案',
      keywords: ['村规民约', '自治章程'],
    },
    deliberationFlow({ majority: MAJORITY, filing: '报图克镇人民政府备案', proposal: '章程或村规民约草案' }),
  ),
  autonomy(
    'ZZ-010',
    '村民会议认为应当由村民会议讨论决定的涉及村民利益的其他事项',
    '村级事务管理',
    {
      policyBasis: `${ORGANIC_LAW}第二十四条第一款第九项、第二十五条`,
      conditions: '涉及全体或多数农牧民切身利益的事项，经嘎查村党组织提议或十分之一以上村民联名提议',
      materials: ['事项说明及方案'],
    },
    deliberationFlow({ majority: MAJORITY }),
  ),
];

// ---------------------------------------------------------------------------------------------------------------
// 依法协助政府工作事项 (下沉到嘎查村的工作须在清单之内，不得随意增加，并明确经费和条件)
// ---------------------------------------------------------------------------------------------------------------

function assisted(item: Omit<ChecklistItemContent, 'oversight' | 'fee' | 'consultation'>): ChecklistItemContent {
  return { oversight: OVERSIGHT, fee: FREE, consultation: CONSULTATION, ...item };
}

const ASSISTANCE_MATERIALS = ['申请书', '户口簿', '居民身份证', '家庭经济状况核对授权书'];

export const ASSISTED_ITEMS: ChecklistItemContent[] = [
  assisted({
    code: 'XZ-001',
    name: '协助办理最低生活保障申请',
    category: '社会救助',
    policyBasis: '《社会救助暂行办法》第十一条；《最低生活保障审核确认办法》（民发〔2021〕57号）',
    conditions: '共同生活的家庭成员人均收入低于当地最低生活保障标准，且财产状况符合规定',
    materials: ASSISTANCE_MATERIALS,
    timeLimit: { text: '40个工作日（以镇、旗审核审批时限为准）', days: 40, counting: 'WORKING' },
    responsibleBody: '嘎查村民委员会（协助）',
    guidingUnit: `${TOWN}民政办、乌审旗民政局`,
    disclosure: { what: '申请人家庭情况、民主评议结果、审批结果（每季度首月公布救助对象名单）', how: '嘎查村务公开栏' },
    keywords: ['低保', '最低生活保障'],
    flow: assistanceFlow(ASSISTANCE_MATERIALS),
  }),
  assisted({
    code: 'XZ-002',
    name: '协助办理特困人员救助供养申请',
    category: '社会救助',
    policyBasis: '《社会救助暂行办法》第十四条至第十九条；《特困人员认定办法》（民发〔2021〕43号）',
    conditions:
      '无劳动能力、无生活来源，且无法定赡养、抚养、扶养义务人或者其法定义务人无履行义务能力的老年人、残疾人和未满十六周岁的未成年人',
    materials: ['特困人员救助供养申请书', '户口簿', '居民身份证', '残疾证（残疾人提供）'],
    timeLimit: { text: '40个工作日（以镇、旗审核审批时限为准）', days: 40, counting: 'WORKING' },
    responsibleBody: '嘎查村民委员会（协助）',
    guidingUnit: `${TOWN}民政办、乌审旗民政局`,
    disclosure: { what: '申请人情况、评议结果、审批结果', how: '嘎查村务公开栏' },
    keywords: ['特困', '五保', '救助供养'],
    flow: assistanceFlow(['特困人员救助供养申请书', '户口簿', '居民身份证']),
  }),
  assisted({
    code: 'XZ-003',
    name: '协助办理临时救助申请',
    category: '社会救助',
    policyBasis: '《社会救助暂行办法》第四十七条、第四十八条',
    conditions: '因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭或个人',
    materials: ['临时救助申请书', '居民身份证', '困难情况证明材料（医疗票据、事故认定等）'],
    timeLimit: { text: '20个工作日（情况紧急的先行救助）', days: 20, counting: 'WORKING' },
    responsibleBody: '嘎查村民委员会（协助）',
    guidingUnit: `${TOWN}民政办、乌审旗民政局`,
    disclosure: { what: '救助对象、救助金额', how: '嘎查村务公开栏' },
    notes: '救助金额较小的，乌审旗民政局可以委托图克镇人民政府审批',
    keywords: ['临时救助'],
    flow: referralFlow(['临时救助申请书', '居民身份证', '困难情况证明材料'], '图克镇审核（公示）', '乌审旗民政局审批'),
  }),
  assisted({
    code: 'XZ-004',
    name: '协助办理困难残疾人生活补贴和重度残疾人护理补贴申请',
    category: '社会救助',
    policyBasis: '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）',
    conditions:
      '持有第二代残疾人证；生活补贴对象为低保家庭中的残疾人，护理补贴对象为残疾等级为一级、二级且需要长期照护的重度残疾人',
    materials: ['残疾人两项补贴申请审批表', '第二代残疾人证', '户口簿', '居民身份证'],
    timeLimit: { text: '20个工作日', days: 20, counting: 'WORKING' },
    responsibleBody: '嘎查村民委员会（协助）',
    guidingUnit: `${TOWN}民政办、乌审旗残疾人联合会`,
    disclosure: { what: '补贴对象及标准', how: '嘎查村务公开栏' },
    keywords: ['残疾人两项补贴', '护理补贴', '生活补贴'],
    flow: referralFlow(['残疾人两项补贴申请审批表', '第二代残疾人证', '户口簿'], '图克镇初审', '乌审旗民政局审批'),
  }),
  assisted({
    code: 'XZ-005',
    name: '一事一议财政奖补项目申报',
    category: '公益事业',
    policyBasis:
      '《村民一事一议筹资筹劳管理办法》（国办发〔2007〕4号）；国务院农村综合改革工作小组、财政部、农业部《关于开展村级公益事业建设一事一议财政奖补试点工作的通知》',
    conditions: '项目已按一事一议程序经村民会议通过，筹资筹劳已落实',
    materials: ['项目申报书', '村民会议决议', '筹资筹劳方案', '项目预算'],
    timeLimit: { text: '审批40个工作日（项目实施期除外）', days: 40, counting: 'WORKING' },
    responsibleBody: '嘎查村民委员会',
    guidingUnit: `${TOWN}财政所、乌审旗财政局`,
    disclosure: { what: '项目、奖补资金、筹资筹劳及验收结果', how: '嘎查村务公开栏' },
    keywords: ['财政奖补'],
    flow: AWARD_FLOW,
  }),
  assisted({
    code: 'XZ-006',
    name: '调解民间纠纷',
    category: '平安建设',
    policyBasis: `${ORGANIC_LAW}第二条、第七条；《中华人民共和国人民调解法》第八条`,
    conditions: '当事人自愿申请或者人民调解委员会主动调解，纠纷不属于法律规定须由专门机关处理的',
    materials: ['调解申请（可口头申请）', '当事人居民身份证', '与纠纷有关的证据材料'],
    timeLimit: { text: '30日内（当事人同意延长的除外）', days: 30 },
    responsibleBody: '嘎查村人民调解委员会',
    guidingUnit: `${TOWN}司法所`,
    disclosure: { what: '调解工作制度、程序（不公开当事人隐私）', how: '嘎查村务公开栏' },
    keywords: ['调解', '纠纷'],
    flow: MEDIATION_FLOW,
  }),
  assisted({
    code: 'XZ-007',
    name: '协助维护社会治安',
    category: '平安建设',
    policyBasis: `${ORGANIC_LAW}第二条、第七条`,
    conditions: '发现治安隐患、矛盾纠纷苗头或接到群众报告',
    materials: ['情况说明'],
    timeLimit: { text: '即时报告，7日内协助处置完毕', days: 7 },
    responsibleBody: '嘎查村治安保卫委员会',
    guidingUnit: `${TOWN}派出所、${TOWN}综治中心`,
    disclosure: { what: '治安防范提示、处置结果（不公开个人信息）', how: '嘎查村务公开栏、嘎查村微信群' },
    keywords: ['治安', '巡逻'],
    flow: SECURITY_FLOW,
  }),
  assisted({
    code: 'XZ-008',
    name: '向人民政府反映村民的意见、要求和提出建议',
    category: '村级事务管理',
    policyBasis: `${ORGANIC_LAW}第二条`,
    conditions: '农牧民对公共事务、公益事业或政府工作提出意见、要求和建议',
    materials: ['意见建议（书面或口头登记）'],
    timeLimit: { text: '20日内答复', days: 20 },
    responsibleBody: '嘎查村民委员会',
    guidingUnit: `${TOWN}党政综合办公室`,
    disclosure: { what: '意见建议办理情况', how: '嘎查村务公开栏' },
    keywords: ['意见建议', '反映问题'],
    flow: OPINION_FLOW,
  }),
  assisted({
    code: 'XZ-009',
    name: '嘎查村综合服务站代办事项（城乡居民养老保险、医疗保险参保登记等）',
    category: '便民服务',
    policyBasis:
      '《中华人民共和国社会保险法》第二十条、第二十五条；中共中央办公厅 国务院办公厅《关于加强和改进乡村治理的指导意见》（中办发〔2019〕41号）',
    conditions: '属于图克镇便民服务中心公布的代办事项目录，申请人材料齐全',
    materials: ['居民身份证', '户口簿', '代办事项所需材料'],
    timeLimit: { text: '7日内（以镇便民服务中心办理时限为准）', days: 7 },
    responsibleBody: '嘎查村综合服务站',
    guidingUnit: `${TOWN}便民服务中心`,
    disclosure: { what: '代办事项目录、办理结果', how: '嘎查村务公开栏、便民服务站' },
    keywords: ['代办', '养老保险', '医疗保险', '医保', '社保'],
    flow: AGENCY_FLOW,
  }),
  assisted({
    code: 'XZ-010',
    name: '农牧民宅基地申请审查',
    category: '土地草原管理',
    policyBasis:
      '《中华人民共和国土地管理法》第六十二条；农业农村部、自然资源部《关于规范农村宅基地审批管理的通知》（农经发〔2019〕6号）',
    conditions: '符合一户一宅、村庄规划和用途管制要求，本集体经济组织成员',
    materials: ['农村宅基地和建房（规划许可）申请表', '户口簿', '居民身份证'],
    timeLimit: { text: '30日内（镇审批20个工作日）', days: 30 },
    responsibleBody: '嘎查村民委员会（协助审查）',
    guidingUnit: `${TOWN}农牧业综合保障中心、${TOWN}自然资源所`,
    disclosure: { what: '申请人、申请位置和面积、审查及审批结果', how: '嘎查村务公开栏' },
    keywords: ['宅基地申请', '建房'],
    flow: HOMESTEAD_FLOW,
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// 工作负面事项 (湘民发〔2020〕41号 and the 2022 opinion on village work, as gathered in REFERENCE-DATA.md §2)
// ---------------------------------------------------------------------------------------------------------------

const LIGHTEN = '中共中央办公厅 国务院办公厅《关于规范村级组织工作事务、机制牌子和证明事项的意见》';

function negative(code: string, name: string, forbidden: string, basis: string, keywords: string[]) {
  const item: ChecklistItemContent = {
    code,
    name,
    category: '减轻基层负担',
    policyBasis: '',
    conditions: '',
    materials: [],
    timeLimit: { text: '' },
    responsibleBody: '嘎查村党组织、嘎查村民委员会',
    guidingUnit: '',
    oversight: {
      who: '图克镇纪委、嘎查村务监督委员会、农牧民群众',
      ofWhom: '向嘎查村级组织安排工作的部门和单位',
      how: '受理举报、登记拒绝记录、通报',
    },
    fee: '',
    disclosure: { what: '负面事项清单', how: '嘎查村务公开栏、图克镇政务网站' },
    forbidden,
    basis,
    keywords,
  };
  return item;
}

export const NEGATIVE_ITEMS: ChecklistItemContent[] = [
  negative(
    'FM-001',
    '不得向嘎查村摊派招商引资、协税护税、经济创收、商业保险、报刊订阅等任务',
    '向嘎查村级组织摊派招商引资、协税护税、经济创收、商业保险、报刊订阅等任务',
    `湘民发〔2020〕41号；${LIGHTEN}`,
    ['招商引资', '协税护税', '经济创收', '商业保险', '报刊订阅', '征订报刊'],
  ),
  negative(
    'FM-002',
    '不得要求嘎查村作为责任主体开展拆迁拆违、环境整治、城市管理等执法工作',
    '要求嘎查村级组织作为责任主体开展拆迁拆违、环境整治、城市管理等执法工作',
    `湘民发〔2020〕41号；${LIGHTEN}`,
    ['拆迁', '拆违', '执法'],
  ),
  negative(
    'FM-003',
    '不得在规定之外与嘎查村签订责任状或实行“一票否决”',
    '在党中央、国务院和自治区规定之外与嘎查村级组织签订责任状、实行“一票否决”',
    `湘民发〔2020〕41号；${LIGHTEN}`,
    ['责任状', '一票否决'],
  ),
  negative(
    'FM-004',
    '不得以开会发文、填表报数、台账记录、微信关注、网络注册等方式增加嘎查村负担',
    '以开会发文、填表报数、台账记录、微信关注、网络注册、点赞投票等方式增加嘎查村级组织负担',
    `湘民发〔2020〕41号；${LIGHTEN}`,
    ['填表报数', '微信关注', '网络注册', '关注公众号', '下载APP', '点赞投票'],
  ),
  negative(
    'FM-005',
    '不得要求嘎查村出具无法律法规依据的证明',
    '要求嘎查村级组织出具没有法律法规依据的证明，或出具国家明令取消的证明事项',
    `民政部等《关于改进全国村级组织开具证明工作的通知》（民发〔2020〕20号）；${LIGHTEN}`,
    ['无依据证明'],
  ),
  negative(
    'FM-006',
    '不得通过清单制将部门摊派任务制度化',
    '借编制、调整清单之机，把部门应当承担的职责和摊派任务写入嘎查村清单',
    `农业农村部 国家乡村振兴局《关于在乡村治理中推广运用清单制有关工作的通知》（农经发〔2021〕4号）；图政发〔2022〕141号`,
    ['摊派任务', '任务制度化'],
  ),
  negative(
    'FM-007',
    '不得在清单之外通过会议、文件向嘎查村安排工作任务',
    '在依法协助政府工作事项清单之外，通过会议、文件等方式向嘎查村级组织安排工作任务',
    LIGHTEN,
    ['清单外任务', '临时安排任务'],
  ),
];

// ---------------------------------------------------------------------------------------------------------------
// 依法出具证明事项 (民发〔2020〕20号: only with a clear legal basis; basis, purpose, procedure and sample stated)
// ---------------------------------------------------------------------------------------------------------------

function certificate(
  item: Omit<ChecklistItemContent, 'oversight' | 'fee' | 'consultation' | 'category'> & {
    category?: string;
  },
): ChecklistItemContent {
  return {
    category: '证明事项',
    oversight: OVERSIGHT,
    fee: FREE,
    consultation: CONSULTATION,
    ...item,
  };
}

const FIVE_WORKING_DAYS = { text: '5个工作日', days: 5, counting: 'WORKING' as const };

export const CERTIFICATE_ITEMS: ChecklistItemContent[] = [
  certificate({
    code: 'ZM-001',
    name: '在职党员干部到居住地报到情况反馈',
    category: '党建',
    policyBasis: `在职党员到居住地嘎查村（社区）报到、参加活动的党内规定；${LIGHTEN}`,
    conditions: '在职党员已到本嘎查村（社区）党组织报到，所在单位党组织来函要求反馈',
    materials: ['所在单位党组织来函', '报到登记表'],
    timeLimit: FIVE_WORKING_DAYS,
    responsibleBody: '嘎查村党组织',
    guidingUnit: `${TOWN}党建办`,
    disclosure: { what: '出具事项、依据、流程', how: '嘎查村务公开栏' },
    purpose: '向在职党员所在单位党组织反馈其到居住地报到和参加活动情况',
    sample:
      '×××党组织：你单位在职党员×××（身份证号码后四位××××）于××××年××月到本嘎查村（社区）党组织报到，参加志愿服务等活动×次，表现×××。特此反馈。××嘎查村党组织（盖章）××××年××月××日',
    keywords: ['党员报到', '报到情况'],
    flow: certificateFlow(['所在单位党组织来函', '报到登记表']),
  }),
  certificate({
    code: 'ZM-002',
    name: '入党外调政审等发展党员证明',
    category: '党建',
    policyBasis: '《中国共产党发展党员工作细则》关于对发展对象进行政治审查的规定',
    conditions: '入党积极分子或发展对象的户籍或居住地在本嘎查村，发展党员的党组织来函',
    materials: ['党组织出具的外调函', '被调查人居民身份证复印件'],
    timeLimit: FIVE_WORKING_DAYS,
    responsibleBody: '嘎查村党组织',
    guidingUnit: `${TOWN}党建办`,
    disclosure: { what: '出具事项、依据、流程', how: '嘎查村务公开栏' },
    purpose: '发展党员政治审查',
    sample:
      '兹证明×××，系本嘎查村村民，其本人遵守法律法规，无违反政治纪律情况；其直系亲属和与本人关系密切的主要社会关系无影响其入党的情况。特此证明。××嘎查村党组织（盖章）××××年××月××日',
    keywords: ['政审', '外调'],
    flow: certificateFlow(['党组织出具的外调函', '被调查人居民身份证复印件']),
  }),
  certificate({
    code: 'ZM-003',
    name: '收养人婚姻状况和抚养教育能力、收养状况证明',
    category: '民政',
    policyBasis: '《中国公民收养子女登记办法》第六条；《中华人民共和国民法典》第一千零九十八条',
    conditions: '收养人户籍或居住地在本嘎查村，办理收养登记需要',
    materials: ['收养人居民身份证', '户口簿', '收养登记机关要求的其他材料'],
    timeLimit: FIVE_WORKING_DAYS,
    responsibleBody: '嘎查村民委员会',
    guidingUnit: `${TOWN}民政办`,
    disclosure: { what: '出具事项、依据、流程', how: '嘎查村务公开栏' },
    purpose: '办理收养登记',
    sample:
      '兹证明×××（身份证号码后四位××××）系本嘎查村村民，婚姻状况为×××，身体健康，家庭经济状况×××，具有抚养教育被收养人的能力，目前收养子女×名。特此证明。××嘎查村民委员会（盖章）××××年××月××日',
    keywords: ['收养'],
    flow: certificateFlow(['收养人居民身份证', '户口簿']),
  }),
  certificate({
    code: 'ZM-004',
    name: '学生参加活动情况反馈证明',
    category: '教育',
    policyBasis: '《中小学综合实践活动课程指导纲要》（教材〔2017〕4号）；学校社会实践、志愿服务活动管理规定',
    conditions: '学生在本嘎查村参加社会实践、志愿服务等活动，学校要求反馈',
    materials: ['学校社会实践（志愿服务）登记表', '学生证或居民身份证'],
    timeLimit: FIVE_WORKING_DAYS,
    responsibleBody: '嘎查村民委员会',
    guidingUnit: `${TOWN}社会事务办`,
    disclosure: { what: '出具事项、依据、流程', how: '嘎查村务公开栏' },
    purpose: '向学校反馈学生参加社会实践、志愿服务等活动情况',
    sample:
      '兹有××学校学生×××于××××年××月××日至××月××日在本嘎查村参加×××活动，累计×小时，表现×××。特此证明。××嘎查村民委员会（盖章）××××年××月××日',
    keywords: ['社会实践', '志愿服务时长'],
    flow: certificateFlow(['学校社会实践（志愿服务）登记表', '学生证或居民身份证']),
  }),
  certificate({
    code: 'ZM-005',
    name: '其他依法依规需要出具的证明事项',
    policyBasis: '法律、行政法规、自治区地方性法规明确规定由村民委员会出具的证明（出具时注明具体条款）',
    conditions: '申请事项有明确的法律法规依据，且不属于国家明令取消的证明事项',
    materials: ['居民身份证或户口簿', '要求出具证明的法律法规依据', '证明用途说明'],
    timeLimit: FIVE_WORKING_DAYS,
    responsibleBody: '嘎查村民委员会',
    guidingUnit: `${TOWN}司法所、${TOWN}民政办`,
    disclosure: { what: '出具事项、依据、流程', how: '嘎查村务公开栏' },
    notes: '无法律法规依据的，一律不予出具，并告知申请人到有关部门办理（工作负面事项 FM-005）',
    purpose: '法律法规规定的用途',
    sample:
      '兹证明×××（身份证号码后四位××××），依据《×××》第×条，×××。特此证明。××嘎查村民委员会（盖章）××××年××月××日',
    flow: certificateFlow(['居民身份证或户口簿', '要求出具证明的法律法规依据', '证明用途说明']),
  }),
];

/** The four town templates by list type. */
export const TUKE_TEMPLATES: Readonly<Record<string, readonly ChecklistItemContent[]>> = {
  AUTONOMY: AUTONOMY_ITEMS,
  ASSISTED_GOVERNMENT: ASSISTED_ITEMS,
  NEGATIVE: NEGATIVE_ITEMS,
  CERTIFICATE: CERTIFICATE_ITEMS,
};

export const TEMPLATE_REASON = `依据《${TOWN}积分制和清单制运用工作方案》（图政发〔2022〕141号）编制全镇嘎查村四张清单模板`;
export const TEMPLATE_BASIS =
  '《中华人民共和国村民委员会组织法》；农业农村部 国家乡村振兴局《关于在乡村治理中推广运用清单制有关工作的通知》（农经发〔2021〕4号）；图政发〔2022〕141号';
