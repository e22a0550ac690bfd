/**
 * Example charts for demo data and tests. Step names follow published village flow charts; the time limits are
 * example values (a village sets its own when it adopts an item) and are marked so in the demo.
 */
import type { FlowChart } from './flow';

/** An example chart with the list it belongs to. */
export interface ExampleFlow {
  key: string;
  nameZh: string;
  listTypeCode: string;
  chart: FlowChart;
}

/** 出具证明: 申请人提交 → 村委会受理审核 → 村两委会议研究 → 出具 / 不予出具 → 办结. */
export const CERTIFICATE_FLOW: FlowChart = {
  steps: [
    {
      id: 'apply',
      name: '申请人提交申请',
      kind: 'START',
      role: 'APPLICANT',
      timeLimitDays: null,
      materials: ['居民身份证或户口簿', '证明用途说明', '相关佐证材料'],
    },
    { id: 'review', name: '村委会受理审核', kind: 'TASK', role: 'VILLAGE_ADMIN', timeLimitDays: 1, materials: [] },
    {
      id: 'meeting',
      name: '村两委会议研究',
      kind: 'TASK',
      role: 'VILLAGE_ADMIN',
      timeLimitDays: 2,
      materials: ['会议记录'],
    },
    {
      id: 'issue',
      name: '出具证明并登记',
      kind: 'TASK',
      role: 'VILLAGE_ADMIN',
      timeLimitDays: 1,
      materials: ['证明式样', '证明出具登记簿'],
    },
    {
      id: 'refuse',
      name: '书面告知不予出具及理由',
      kind: 'TASK',
      role: 'VILLAGE_ADMIN',
      timeLimitDays: 1,
      materials: ['不予出具告知书'],
    },
    { id: 'done', name: '办结归档', kind: 'END', role: 'VILLAGE_ADMIN', timeLimitDays: null, materials: [] },
  ],
  transitions: [
    { from: 'apply', to: 'review', action: 'SUBMIT' },
    { from: 'review', to: 'meeting', action: 'APPROVE', condition: '材料齐全、符合出具条件' },
    { from: 'review', to: 'apply', action: 'RETURN', condition: '材料不全', label: '退回补正' },
    { from: 'review', to: 'refuse', action: 'REJECT', condition: '不属于本村依法出具范围' },
    { from: 'meeting', to: 'issue', action: 'APPROVE' },
    { from: 'meeting', to: 'refuse', action: 'REJECT' },
    { from: 'issue', to: 'done', action: 'COMPLETE' },
    { from: 'refuse', to: 'done', action: 'COMPLETE' },
  ],
};

/**
 * 村级重大事项“四议两公开”: 党组织提议 → 两委会议商议 → 党员大会审议 → 村民（代表）会议决议 → 决议公开 → 组织实施 →
 * 村务监督委员会监督 → 实施结果公开 → 办结. A proposal that fails any deliberation ends as 终止.
 */
export const FOUR_DELIBERATIONS_FLOW: FlowChart = {
  steps: [
    {
      id: 'propose',
      name: '村党组织提议',
      kind: 'START',
      role: 'VILLAGE_ADMIN',
      timeLimitDays: null,
      materials: ['提议方案'],
    },
    {
      id: 'consult',
      name: '村“两委”会议商议',
      kind: 'TASK',
      role: 'VILLAGE_ADMIN',
      timeLimitDays: 7,
      materials: ['会议记录'],
    },
    {
      id: 'party',
      name: '党员大会审议',
      kind: 'TASK',
      role: 'VILLAGE_ADMIN',
      timeLimitDays: 7,
      materials: ['会议记录', '审议意见'],
    },
    {
      id: 'resolve',
      name: '村民会议或村民代表会议决议',
      kind: 'TASK',
      role: 'VILLAGE_ADMIN',
      timeLimitDays: 15,
      materials: ['会议记录', '表决结果', '签到表'],
    },
    {
      id: 'publishResolution',
      name: '决议公开',
      kind: 'TASK',
      role: 'VILLAGE_ADMIN',
      timeLimitDays: 7,
      materials: ['公示照片'],
    },
    {
      id: 'implement',
      name: '组织实施',
      kind: 'TASK',
      role: 'VILLAGE_ADMIN',
      timeLimitDays: null,
      materials: ['实施台账'],
    },
    {
      id: 'oversee',
      name: '村务监督委员会监督验收',
      kind: 'TASK',
      role: 'OVERSIGHT',
      timeLimitDays: 10,
      materials: ['监督意见'],
    },
    {
      id: 'publishResult',
      name: '实施结果公开',
      kind: 'TASK',
      role: 'VILLAGE_ADMIN',
      timeLimitDays: 7,
      materials: ['公示照片'],
    },
    { id: 'done', name: '办结归档', kind: 'END', role: 'VILLAGE_ADMIN', timeLimitDays: null, materials: [] },
    { id: 'stopped', name: '终止（未通过）', kind: 'END', role: '', timeLimitDays: null, materials: [] },
  ],
  transitions: [
    { from: 'propose', to: 'consult', action: 'SUBMIT' },
    { from: 'consult', to: 'party', action: 'APPROVE' },
    { from: 'consult', to: 'propose', action: 'RETURN', label: '退回修改' },
    { from: 'consult', to: 'stopped', action: 'REJECT' },
    { from: 'party', to: 'resolve', action: 'APPROVE' },
    { from: 'party', to: 'consult', action: 'RETURN', label: '退回修改' },
    { from: 'party', to: 'stopped', action: 'REJECT' },
    { from: 'resolve', to: 'publishResolution', action: 'APPROVE', condition: '经到会人员过半数通过' },
    { from: 'resolve', to: 'stopped', action: 'REJECT', condition: '未获通过' },
    { from: 'publishResolution', to: 'implement', action: 'COMPLETE', label: '公开完毕' },
    { from: 'implement', to: 'oversee', action: 'SUBMIT' },
    { from: 'oversee', to: 'publishResult', action: 'APPROVE' },
    { from: 'oversee', to: 'implement', action: 'RETURN', label: '整改' },
    { from: 'publishResult', to: 'done', action: 'COMPLETE' },
  ],
};

/**
 * 最低生活保障申请 (an ASSISTED_GOVERNMENT item): 申请 → 村委会受理 → 入户调查与民主评议 → 村内公示 → 上报镇（苏木）
 * 审核 → 县（旗）民政部门审批 → 办结; the village only assists, the decision is the town's and the county's.
 */
export const SUBSISTENCE_ALLOWANCE_FLOW: FlowChart = {
  steps: [
    {
      id: 'apply',
      name: '申请人提出申请',
      kind: 'START',
      role: 'APPLICANT',
      timeLimitDays: null,
      materials: ['低保申请书', '户口簿', '居民身份证', '家庭经济状况核对授权书'],
    },
    { id: 'accept', name: '村委会受理', kind: 'TASK', role: 'VILLAGE_ADMIN', timeLimitDays: 3, materials: [] },
    {
      id: 'survey',
      name: '入户调查与民主评议',
      kind: 'TASK',
      role: 'VILLAGE_ADMIN',
      timeLimitDays: 10,
      materials: ['入户调查表', '民主评议记录'],
    },
    {
      id: 'publicity',
      name: '村内公示',
      kind: 'TASK',
      role: 'VILLAGE_ADMIN',
      timeLimitDays: 7,
      materials: ['公示照片'],
    },
    {
      id: 'town',
      name: '镇（苏木）审核',
      kind: 'TASK',
      role: 'TOWN_OFFICER',
      timeLimitDays: 10,
      materials: ['审核意见'],
    },
    {
      id: 'county',
      name: '县（旗）民政部门审批',
      kind: 'TASK',
      role: 'COUNTY_OFFICER',
      timeLimitDays: 10,
      materials: ['审批决定'],
    },
    { id: 'done', name: '办结', kind: 'END', role: '', timeLimitDays: null, materials: [] },
  ],
  transitions: [
    { from: 'apply', to: 'accept', action: 'SUBMIT' },
    { from: 'accept', to: 'survey', action: 'APPROVE', label: '受理' },
    { from: 'accept', to: 'apply', action: 'RETURN', label: '退回补正' },
    { from: 'survey', to: 'publicity', action: 'SUBMIT' },
    { from: 'publicity', to: 'town', action: 'ESCALATE', condition: '公示无异议' },
    { from: 'publicity', to: 'survey', action: 'RETURN', condition: '公示有异议', label: '重新调查' },
    { from: 'town', to: 'county', action: 'ESCALATE' },
    { from: 'town', to: 'survey', action: 'RETURN' },
    { from: 'town', to: 'done', action: 'REJECT', label: '不予通过' },
    { from: 'county', to: 'done', action: 'COMPLETE', label: '审批办结' },
    { from: 'county', to: 'town', action: 'RETURN' },
  ],
};

/** The example charts, in the order demo data lists them. */
export const EXAMPLE_FLOWS: readonly ExampleFlow[] = [
  { key: 'certificate', nameZh: '出具证明', listTypeCode: 'CERTIFICATE', chart: CERTIFICATE_FLOW },
  {
    key: 'four-deliberations',
    nameZh: '村级重大事项“四议两公开”',
    listTypeCode: 'AUTONOMY',
    chart: FOUR_DELIBERATIONS_FLOW,
  },
  {
    key: 'subsistence-allowance',
    nameZh: '最低生活保障申请',
    listTypeCode: 'ASSISTED_GOVERNMENT',
    chart: SUBSISTENCE_ALLOWANCE_FLOW,
  },
];
