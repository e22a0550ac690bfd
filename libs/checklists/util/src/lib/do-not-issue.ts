/**
 * The national list of certificates village organisations no longer issue, and the gate that enforces the negative
 * list: a request matching it is refused with the item and its basis (DOMAIN.md §4).
 */
import type { ChecklistItemContent } from './item';

/** One certificate villages must not issue. */
export interface DoNotIssueItem {
  /** DNI-01 … DNI-20 for the national list; provinces add their own codes. */
  code: string;
  name: string;
  /** Other words residents and departments use for the same request. */
  keywords: string[];
  /** Words that, when present, mean a different, lawful certificate (the match is cancelled). */
  exceptions?: string[];
  basis: string;
  /** Where the resident gets it instead (办理方式), as we understand the annex. */
  alternative: string;
}

/**
 * Title and number as given in REFERENCE-DATA.md §2; the exact issuing departments of the notice were not checked
 * against the original (the annex is the 第一批 list of 20 证明事项).
 */
export const DO_NOT_ISSUE_BASIS = '民政部等《关于改进全国村级组织开具证明工作的通知》（民发〔2020〕20号）附件';

const basis = (n: number): string => `${DO_NOT_ISSUE_BASIS}第${n}项`;

/**
 * The 20 items of the national list, in the order of REFERENCE-DATA.md §2 (which follows the annex as far as we
 * know). Names are the annex's; keywords are ours. The `alternative` texts are our reading of where each certificate
 * comes from instead and were not checked against the annex wording: treat them as explanations, not quotations.
 */
export const DO_NOT_ISSUE_CERTIFICATES: readonly DoNotIssueItem[] = [
  {
    code: 'DNI-01',
    name: '亲属关系证明',
    keywords: ['亲属关系', '亲属证明', '家庭关系证明', '家庭成员关系', '父子关系', '母子关系', '父女关系', '母女关系'],
    basis: basis(1),
    alternative: '凭户口簿、出生医学证明、结婚证等证件，或由公安机关依户籍信息核实',
  },
  {
    code: 'DNI-02',
    name: '居民身份信息证明',
    keywords: ['身份信息', '身份证明', '本人身份'],
    basis: basis(2),
    alternative: '凭居民身份证、户口簿，或由公安机关户籍管理部门核实',
  },
  {
    code: 'DNI-03',
    name: '户口登记项目内容变更申请证明',
    keywords: ['户口变更', '户口登记变更', '户口信息变更', '更正户口', '户籍变更', '更改姓名', '更正出生日期'],
    basis: basis(3),
    alternative: '由公安机关调查核实',
  },
  {
    code: 'DNI-04',
    name: '居民养犬证明',
    keywords: ['养犬', '养狗', '犬只'],
    basis: basis(4),
    alternative: '由养犬登记管理部门办理',
  },
  {
    code: 'DNI-05',
    name: '无犯罪记录证明',
    keywords: ['无犯罪', '犯罪记录', '无违法犯罪'],
    basis: basis(5),
    alternative: '由公安机关出具',
  },
  {
    code: 'DNI-06',
    name: '社区戒毒社区康复人员情况证明',
    keywords: ['社区戒毒', '社区康复', '戒毒'],
    basis: basis(6),
    alternative: '由社区戒毒社区康复工作机构（乡镇人民政府、街道办事处）出具',
  },
  {
    code: 'DNI-07',
    name: '人员失踪证明',
    keywords: ['失踪', '下落不明'],
    basis: basis(7),
    alternative: '凭公安机关报案回执或人民法院宣告失踪判决',
  },
  {
    code: 'DNI-08',
    name: '婚姻状况证明',
    keywords: ['婚姻状况', '单身证明', '未婚证明', '已婚证明', '离婚证明', '未再婚'],
    // 收养人婚姻状况… is on some provinces' may-issue lists (Shanxi, REFERENCE-DATA.md §2): a different certificate
    exceptions: ['收养'],
    basis: basis(8),
    alternative: '凭结婚证、离婚证或个人书面声明，由婚姻登记机关核实',
  },
  {
    code: 'DNI-09',
    name: '出生证明',
    keywords: ['出生医学证明', '出生日期证明', '出生时间证明', '出生地证明'],
    basis: basis(9),
    alternative: '由助产医疗机构出具《出生医学证明》',
  },
  {
    code: 'DNI-10',
    name: '健在证明',
    keywords: ['健在', '生存证明', '在世证明', '活着证明', '生存状态'],
    basis: basis(10),
    alternative: '由本人到场、视频或人脸识别认证，或部门间数据共享核实',
  },
  {
    code: 'DNI-11',
    name: '死亡证明',
    keywords: ['死亡', '去世', '亡故', '病故', '身故'],
    basis: basis(11),
    alternative: '由医疗卫生机构出具《居民死亡医学证明（推断）书》，或由公安机关出具',
  },
  {
    code: 'DNI-12',
    name: '疾病状况证明',
    keywords: ['疾病', '患病', '病情', '病史'],
    basis: basis(12),
    alternative: '由医疗机构出具诊断证明',
  },
  {
    code: 'DNI-13',
    name: '残疾状况证明',
    keywords: ['残疾', '伤残'],
    basis: basis(13),
    alternative: '凭残疾人证，由残联核实',
  },
  {
    code: 'DNI-14',
    name: '婚育状况证明',
    keywords: ['婚育', '生育状况', '生育证明', '计划生育证明', '未生育'],
    basis: basis(14),
    alternative: '由个人书面承诺，或由卫生健康部门核实',
  },
  {
    code: 'DNI-15',
    name: '居民就业状况证明',
    keywords: ['就业状况', '就业证明', '失业证明', '待业证明', '无业证明', '务工证明'],
    basis: basis(15),
    alternative: '由人力资源社会保障部门或公共就业服务机构核实',
  },
  {
    code: 'DNI-16',
    name: '居民个人档案证明',
    keywords: ['个人档案', '档案证明'],
    basis: basis(16),
    alternative: '由档案保管单位出具',
  },
  {
    code: 'DNI-17',
    name: '居民财产证明',
    keywords: ['财产证明', '财产状况', '房产证明', '存款证明', '资产证明'],
    basis: basis(17),
    alternative: '由不动产登记机构、金融机构等依职责出具',
  },
  {
    code: 'DNI-18',
    name: '遗产继承权证明',
    keywords: ['遗产', '继承权', '继承证明'],
    basis: basis(18),
    alternative: '由公证机构办理继承公证，或由人民法院裁判',
  },
  {
    code: 'DNI-19',
    name: '市场主体住所证明',
    keywords: ['住所证明', '经营场所证明', '营业场所', '住所使用证明', '注册地址证明'],
    basis: basis(19),
    alternative: '凭房屋权属证明、租赁合同或申请人承诺',
  },
  {
    code: 'DNI-20',
    name: '证件遗失证明',
    keywords: ['遗失', '丢失', '挂失'],
    basis: basis(20),
    alternative: '由申请人书面声明或向发证机关挂失',
  },
];

/**
 * Normalises text for matching: NFKC (full-width letters, digits and spaces become half-width), lower case, and all
 * whitespace and punctuation removed, so that "死 亡证明" with ordinary or full-width (U+3000) spaces and "（死亡）证明" match 死亡证明.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]/gu, '');
}

function mentions(normalizedText: string, terms: readonly string[]): boolean {
  return terms.some((term) => {
    const t = normalizeForMatch(term);
    return t !== '' && normalizedText.includes(t);
  });
}

/** The items of `list` (default: the national list) that a request text names, by name or keyword, in list order. */
export function matchDoNotIssue(
  requestText: string,
  list: readonly DoNotIssueItem[] = DO_NOT_ISSUE_CERTIFICATES,
): DoNotIssueItem[] {
  const text = normalizeForMatch(requestText);
  if (text === '') return [];
  return list.filter((item) => mentions(text, [item.name, ...item.keywords]) && !mentions(text, item.exceptions ?? []));
}

/** A request reaching the village: a certificate asked for, or a task pushed down (e.g. by a department). */
export interface GateRequest {
  kind: 'CERTIFICATE' | 'TASK';
  text: string;
  /** The item the requester picked, when they picked one. */
  itemCode?: string;
  /** The department pushing a task; echoed in the decision for the refusal record. */
  fromDepartment?: string;
}

/** The village's published items the gate checks against. */
export interface GateLists {
  negative?: readonly ChecklistItemContent[];
  assistedGovernment?: readonly ChecklistItemContent[];
  certificate?: readonly ChecklistItemContent[];
  /** Default: the national list; pass it extended with a province's additions. */
  doNotIssue?: readonly DoNotIssueItem[];
}

/** Why the gate refused a request. */
export type GateRefusalCode =
  'CHECKLIST_DO_NOT_ISSUE' | 'CHECKLIST_NEGATIVE_ITEM' | 'CHECKLIST_TASK_NOT_LISTED' | 'CHECKLIST_NOT_A_CERTIFICATE';

/** The gate's decision; a refusal carries the policy basis to show and to record for oversight. */
export type GateDecision =
  | { allowed: true; item: ChecklistItemContent }
  | {
      allowed: false;
      code: GateRefusalCode;
      /** The NEGATIVE item matched (CHECKLIST_NEGATIVE_ITEM). */
      item?: ChecklistItemContent;
      /** The do-not-issue entry matched (CHECKLIST_DO_NOT_ISSUE). */
      doNotIssue?: DoNotIssueItem;
      basis: string;
      fromDepartment?: string;
    };

/** Basis of refusing certificates that are not on the village's list. */
export const NOT_A_CERTIFICATE_BASIS =
  '村级组织只出具有法律法规依据、列入依法出具证明事项清单的证明（民发〔2020〕20号；中共中央办公厅 国务院办公厅《关于规范村级组织工作事务、机制牌子和证明事项的意见》）';

/** Basis of refusing tasks that are not on the assisted-government list. */
export const TASK_NOT_LISTED_BASIS =
  '清单之外不得通过会议、文件向村安排工作任务（中共中央办公厅 国务院办公厅《关于规范村级组织工作事务、机制牌子和证明事项的意见》）';

/** The item `request` picked by code, else the first item whose name or keywords the text mentions. */
function findItem(
  items: readonly ChecklistItemContent[],
  request: GateRequest,
  matchNameInsideText: boolean,
): ChecklistItemContent | undefined {
  const byCode = request.itemCode === undefined ? undefined : items.find((i) => i.code === request.itemCode);
  if (byCode) return byCode;
  const text = normalizeForMatch(request.text);
  if (text === '') return undefined;
  return items.find(
    (i) =>
      mentions(text, [i.name, ...(i.keywords ?? [])]) ||
      // a short request ("低保") names a listed item ("协助办理最低生活保障申请") only when it is part of its name
      (matchNameInsideText && text.length >= 2 && normalizeForMatch(i.name).includes(text)),
  );
}

/**
 * Decides whether the village may act on a request. CERTIFICATE: refused if it names a do-not-issue certificate
 * (the national list wins over the village's own list, which may not contain one), or matches a NEGATIVE item;
 * allowed if it is a CERTIFICATE item; otherwise refused as not a certificate the village issues. TASK: refused if
 * it matches a NEGATIVE item; allowed if it is an ASSISTED_GOVERNMENT item; otherwise refused as not listed (不得
 * 随意增加). NEGATIVE items match by code, by their name inside the text, or by their keywords; when several items
 * match, the first in list order is returned.
 */
export function negativeGate(request: GateRequest, lists: GateLists): GateDecision {
  const echo = request.fromDepartment === undefined ? {} : { fromDepartment: request.fromDepartment };
  if (request.kind === 'CERTIFICATE') {
    const picked = lists.certificate?.find((i) => i.code === request.itemCode);
    // text and picked name are matched apart, so the end of one and the start of the other cannot form a term
    const byName = picked ? matchDoNotIssue(picked.name, lists.doNotIssue) : [];
    const banned = [...matchDoNotIssue(request.text, lists.doNotIssue), ...byName];
    if (banned.length > 0) {
      return { allowed: false, code: 'CHECKLIST_DO_NOT_ISSUE', doNotIssue: banned[0], basis: banned[0].basis, ...echo };
    }
  }
  const negative = findItem(lists.negative ?? [], request, false);
  if (negative) {
    const why = negative.basis?.trim() ? negative.basis : negative.policyBasis;
    return { allowed: false, code: 'CHECKLIST_NEGATIVE_ITEM', item: negative, basis: why, ...echo };
  }
  if (request.kind === 'CERTIFICATE') {
    const item = findItem(lists.certificate ?? [], request, true);
    if (item) return { allowed: true, item };
    return { allowed: false, code: 'CHECKLIST_NOT_A_CERTIFICATE', basis: NOT_A_CERTIFICATE_BASIS, ...echo };
  }
  const item = findItem(lists.assistedGovernment ?? [], request, true);
  if (item) return { allowed: true, item };
  return { allowed: false, code: 'CHECKLIST_TASK_NOT_LISTED', basis: TASK_NOT_LISTED_BASIS, ...echo };
}
