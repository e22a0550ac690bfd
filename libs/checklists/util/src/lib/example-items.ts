/**
 * Example items, one or more per default list, for demo data and tests. Wording follows published village lists;
 * time limits, codes and offices are example values that a village replaces when it adopts the item.
 */
import { CERTIFICATE_FLOW, FOUR_DELIBERATIONS_FLOW, SUBSISTENCE_ALLOWANCE_FLOW } from './example-flows';
import type { ChecklistItemContent } from './item';

const VILLAGE_OVERSIGHT = {
  who: '村务监督委员会、村民、镇（苏木）党委政府',
  ofWhom: '村“两委”及经办人员',
  how: '全程监督、查阅台账、受理投诉',
};

/** 依法自治事项: 制定和修改村规民约, run through 四议两公开. */
export const EXAMPLE_AUTONOMY_ITEM: ChecklistItemContent = {
  code: 'ZZ-001',
  name: '制定和修改村规民约',
  category: '村级事务管理',
  policyBasis: '《中华人民共和国村民委员会组织法》第二十四条、第二十七条',
  conditions: '村党组织提议，或十分之一以上有选举权的村民、五分之一以上村民代表联名提议',
  materials: ['村规民约草案', '征求意见记录'],
  timeLimit: { text: '60日内', days: 60 },
  responsibleBody: '村民委员会',
  guidingUnit: '镇（苏木）党委组织办、司法所',
  oversight: VILLAGE_OVERSIGHT,
  fee: '不收费',
  disclosure: { what: '决议内容、实施结果', how: '村务公开栏、村民微信群' },
  notes: '村规民约报镇（苏木）人民政府备案',
  flow: FOUR_DELIBERATIONS_FLOW,
};

/** 依法协助政府工作事项: 协助办理最低生活保障申请. */
export const EXAMPLE_ASSISTED_ITEM: ChecklistItemContent = {
  code: 'XZ-001',
  name: '协助办理最低生活保障申请',
  category: '社会救助',
  policyBasis: '《社会救助暂行办法》第十一条',
  conditions: '共同生活的家庭成员人均收入低于当地最低生活保障标准，且财产状况符合规定',
  materials: ['低保申请书', '户口簿', '居民身份证', '家庭经济状况核对授权书'],
  timeLimit: { text: '40个工作日（以镇、县审核审批时限为准）', days: 40, counting: 'WORKING' },
  responsibleBody: '村民委员会（协助）',
  guidingUnit: '镇（苏木）民政办、县（旗）民政局',
  oversight: VILLAGE_OVERSIGHT,
  fee: '不收费',
  disclosure: { what: '申请人家庭情况、评议结果、审批结果', how: '村务公开栏' },
  keywords: ['低保', '最低生活保障'],
  flow: SUBSISTENCE_ALLOWANCE_FLOW,
};

/** Shared fields of the negative examples: forbidden matters have no handling fields. */
const NEGATIVE_BASE = {
  category: '减轻基层负担',
  policyBasis: '',
  conditions: '',
  materials: [],
  timeLimit: { text: '' },
  responsibleBody: '村党组织、村民委员会',
  guidingUnit: '',
  oversight: {
    who: '镇（苏木）纪委、村务监督委员会、村民',
    ofWhom: '向村级组织安排工作的部门和单位',
    how: '受理举报、通报',
  },
  fee: '',
  disclosure: { what: '负面事项清单', how: '村务公开栏、政务网站' },
};

/** 工作负面事项: examples from REFERENCE-DATA.md §2 (湘民发〔2020〕41号 and others). */
export const EXAMPLE_NEGATIVE_ITEMS: readonly ChecklistItemContent[] = [
  {
    ...NEGATIVE_BASE,
    code: 'FM-001',
    name: '不得向村摊派招商引资、协税护税、经济创收、商业保险、报刊订阅等任务',
    forbidden: '向村级组织摊派招商引资、协税护税、经济创收、商业保险、报刊订阅等任务',
    basis: '湘民发〔2020〕41号；中共中央办公厅 国务院办公厅《关于规范村级组织工作事务、机制牌子和证明事项的意见》',
    keywords: ['招商引资', '协税护税', '经济创收', '商业保险', '报刊订阅', '征订报刊'],
  },
  {
    ...NEGATIVE_BASE,
    code: 'FM-002',
    name: '不得要求村作为责任主体开展拆迁拆违、环境整治、城市管理等执法工作',
    forbidden: '要求村级组织作为责任主体开展拆迁拆违、环境整治、城市管理等执法工作',
    basis: '湘民发〔2020〕41号',
    keywords: ['拆迁', '拆违', '执法'],
  },
  {
    ...NEGATIVE_BASE,
    code: 'FM-003',
    name: '不得以开会发文、填表报数、台账记录、微信关注、网络注册等方式增加村级负担',
    forbidden: '以开会发文、填表报数、台账记录、微信关注、网络注册等方式增加村级组织负担',
    basis: '湘民发〔2020〕41号',
    keywords: ['填表报数', '微信关注', '网络注册', '关注公众号', '下载APP', '点赞投票'],
  },
];

/** 依法出具证明事项: certificates from Shanxi's may-issue list (REFERENCE-DATA.md §2). */
export const EXAMPLE_CERTIFICATE_ITEMS: readonly ChecklistItemContent[] = [
  {
    code: 'ZM-001',
    name: '入党外调政审证明',
    category: '党建',
    policyBasis: '《中国共产党发展党员工作细则》第二十二条',
    conditions: '入党积极分子或发展对象的户籍或居住地在本村',
    materials: ['党组织出具的外调函', '被调查人居民身份证复印件'],
    timeLimit: { text: '5个工作日', days: 5, counting: 'WORKING' },
    responsibleBody: '村党组织',
    guidingUnit: '镇（苏木）党委组织办',
    oversight: VILLAGE_OVERSIGHT,
    fee: '不收费',
    disclosure: { what: '出具事项、依据、流程', how: '村务公开栏' },
    purpose: '发展党员政治审查',
    sample:
      '兹证明×××，身份证号×××，系本村村民，其本人及直系亲属无违反政治纪律情况。特此证明。村党组织（盖章）年 月 日',
    keywords: ['政审', '外调'],
    flow: CERTIFICATE_FLOW,
  },
  {
    code: 'ZM-002',
    name: '收养人婚姻状况和抚养教育能力证明',
    category: '民政',
    policyBasis: '《中国公民收养子女登记办法》',
    conditions: '收养人户籍或居住地在本村',
    materials: ['收养人居民身份证', '户口簿'],
    timeLimit: { text: '5个工作日', days: 5, counting: 'WORKING' },
    responsibleBody: '村民委员会',
    guidingUnit: '镇（苏木）民政办',
    oversight: VILLAGE_OVERSIGHT,
    fee: '不收费',
    disclosure: { what: '出具事项、依据、流程', how: '村务公开栏' },
    purpose: '办理收养登记',
    sample: '兹证明×××，系本村村民，婚姻状况为×××，具有抚养教育被收养人的能力。特此证明。村民委员会（盖章）年 月 日',
    keywords: ['收养'],
    flow: CERTIFICATE_FLOW,
  },
];

/** All example items keyed by list type code, for seeding a demo village. */
export const EXAMPLE_ITEMS: Readonly<Record<string, readonly ChecklistItemContent[]>> = {
  AUTONOMY: [EXAMPLE_AUTONOMY_ITEM],
  ASSISTED_GOVERNMENT: [EXAMPLE_ASSISTED_ITEM],
  NEGATIVE: EXAMPLE_NEGATIVE_ITEMS,
  CERTIFICATE: EXAMPLE_CERTIFICATE_ITEMS,
};
