/**
 * The content of a checklist item (清单事项) with the fields seen in published lists (REFERENCE-DATA.md §2), and its
 * validation. One shape serves every list; which fields are required depends on the list's kind (`list-types.ts`).
 */
import type { DayCounting } from './calendar';
import { matchDoNotIssue } from './do-not-issue';
import { longestPathDays, type FlowChart } from './flow';
import { validateFlow, type FlowProblem } from './flow-validation';
import { DEFAULT_LIST_TYPES, findListType, type ListTypeDefinition } from './list-types';

/** 办结时限: the text as published (e.g. 5个工作日) and, when it is a number of days, that number. */
export interface ItemTimeLimit {
  text: string;
  days?: number;
  /** How `days` are counted; default CALENDAR (see `calendar.ts`). */
  counting?: DayCounting;
}

/** 监督管理: who oversees (监督主体), whom (监督对象) and how (监督方式). */
export interface ItemOversight {
  who: string;
  ofWhom: string;
  how: string;
}

/** 公开: what is disclosed (内容, 程序, 结果) and how (公开方式: 公开栏, 网站, 微信群…). */
export interface ItemDisclosure {
  what: string;
  how: string;
}

/**
 * One item of a list. On NEGATIVE items the handling fields (policyBasis, conditions, materials, timeLimit, fee,
 * guidingUnit) may be empty, because a forbidden matter is not handled; `forbidden` and `basis` say what is
 * forbidden and why. CERTIFICATE items add `purpose` (办理用途) and `sample` (证明式样, the wording of the document).
 */
export interface ChecklistItemContent {
  /** Stable code within a village's lists (e.g. ZM-001): versions and cases refer to it. */
  code: string;
  name: string;
  category: string;
  /** 政策依据 / 设定依据. */
  policyBasis: string;
  /** 办理条件 / 受理条件. */
  conditions: string;
  /** 申请材料, one entry per document. */
  materials: string[];
  timeLimit: ItemTimeLimit;
  /** 责任主体 / 受理单位. */
  responsibleBody: string;
  /** 指导单位. */
  guidingUnit: string;
  oversight: ItemOversight;
  /** 收费标准 (usually 不收费). */
  fee: string;
  disclosure: ItemDisclosure;
  /** 特别说明. */
  notes?: string;
  /** 咨询查询: where to ask (office, phone). */
  consultation?: string;
  /** Extra words that identify requests for this item; used by `negativeGate` on NEGATIVE and other lists. */
  keywords?: string[];
  /** CERTIFICATE only: 办理用途. */
  purpose?: string;
  /** CERTIFICATE only: 证明式样. */
  sample?: string;
  /** NEGATIVE only: what is forbidden. */
  forbidden?: string;
  /** NEGATIVE only: the law or policy that forbids it. */
  basis?: string;
  /** 办理程序 as a chart (`flow.ts`); NEGATIVE items have none. */
  flow?: FlowChart;
}

/** Problem codes of `validateItem`. */
export type ItemProblemCode =
  | 'CHECKLIST_LIST_TYPE_UNKNOWN'
  | 'CHECKLIST_ITEM_FIELD_REQUIRED'
  | 'CHECKLIST_ITEM_FIELD_INVALID'
  | 'CHECKLIST_ITEM_FIELD_NOT_APPLICABLE'
  | 'CHECKLIST_ITEM_FLOW_INVALID'
  | 'CHECKLIST_ITEM_FLOW_EXCEEDS_TIME_LIMIT'
  | 'CHECKLIST_ITEM_DO_NOT_ISSUE';

/** One problem of an item; `field` is a path such as `oversight.who`. */
export interface ItemProblem {
  code: ItemProblemCode;
  field: string;
  message: string;
  /** For CHECKLIST_ITEM_FLOW_INVALID: the chart's own problem. */
  flowProblem?: FlowProblem;
}

/** Options of `validateItem`. */
export interface ValidateItemOptions {
  /** Where a list type given by code is looked up; default DEFAULT_LIST_TYPES. */
  listTypes?: readonly ListTypeDefinition[];
  /** Published items need a flow chart (照单办事、按图操作); drafts may not have one yet. Default false. */
  requireFlow?: boolean;
}

// letters, digits, - and _ so that codes print on the wall and in URLs unchanged
const ITEM_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

function blank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

/**
 * Checks an item against the rules of its list and returns coded problems (empty when valid). Every item needs
 * code, name, category, responsible body, oversight and disclosure; handled items (GENERAL, CERTIFICATE) also need
 * policy basis, conditions, time limit text, guiding unit and fee; CERTIFICATE items need purpose and sample and may
 * not be on the national do-not-issue list; NEGATIVE items need forbidden and basis and have no flow. Fields of
 * another kind are refused as not applicable so an item cannot carry stale data from a list it was moved from.
 */
export function validateItem(
  listType: ListTypeDefinition | string,
  item: ChecklistItemContent,
  options: ValidateItemOptions = {},
): ItemProblem[] {
  const type =
    typeof listType === 'string' ? findListType(options.listTypes ?? DEFAULT_LIST_TYPES, listType) : listType;
  if (!type) {
    return [{ code: 'CHECKLIST_LIST_TYPE_UNKNOWN', field: 'listType', message: `unknown list type ${listType}` }];
  }
  const problems: ItemProblem[] = [];
  const add = (code: ItemProblemCode, field: string, message: string) => problems.push({ code, field, message });
  const required = (field: string, value: unknown) => {
    if (blank(value)) add('CHECKLIST_ITEM_FIELD_REQUIRED', field, `${field} is required on ${type.code} items`);
  };
  const notApplicable = (field: string, value: unknown) => {
    if (value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')) {
      add('CHECKLIST_ITEM_FIELD_NOT_APPLICABLE', field, `${field} does not apply to ${type.code} items`);
    }
  };
  const negative = type.kind === 'NEGATIVE';
  const certificate = type.kind === 'CERTIFICATE';

  required('code', item.code);
  if (!blank(item.code) && !ITEM_CODE.test(item.code)) add('CHECKLIST_ITEM_FIELD_INVALID', 'code', 'bad item code');
  required('name', item.name);
  required('category', item.category);
  required('responsibleBody', item.responsibleBody);
  required('oversight.who', item.oversight?.who);
  required('oversight.ofWhom', item.oversight?.ofWhom);
  required('oversight.how', item.oversight?.how);
  required('disclosure.what', item.disclosure?.what);
  required('disclosure.how', item.disclosure?.how);
  if (!negative) {
    required('policyBasis', item.policyBasis);
    required('conditions', item.conditions);
    required('timeLimit.text', item.timeLimit?.text);
    required('guidingUnit', item.guidingUnit);
    required('fee', item.fee);
  }
  if (certificate) {
    required('purpose', item.purpose);
    required('sample', item.sample);
    const banned = blank(item.name) ? [] : matchDoNotIssue(item.name);
    if (banned.length > 0) {
      add('CHECKLIST_ITEM_DO_NOT_ISSUE', 'name', `${item.name} is on the do-not-issue list (${banned[0].code})`);
    }
  } else {
    notApplicable('purpose', item.purpose);
    notApplicable('sample', item.sample);
  }
  if (negative) {
    required('forbidden', item.forbidden);
    required('basis', item.basis);
    notApplicable('flow', item.flow);
  } else {
    notApplicable('forbidden', item.forbidden);
    notApplicable('basis', item.basis);
  }

  if (!Array.isArray(item.materials) || item.materials.some(blank)) {
    add('CHECKLIST_ITEM_FIELD_INVALID', 'materials', 'materials must be a list of non-blank entries');
  } else if (new Set(item.materials.map((m) => m.trim())).size !== item.materials.length) {
    add('CHECKLIST_ITEM_FIELD_INVALID', 'materials', 'a material is listed twice');
  }
  if (item.keywords !== undefined && (!Array.isArray(item.keywords) || item.keywords.some(blank))) {
    add('CHECKLIST_ITEM_FIELD_INVALID', 'keywords', 'keywords must be non-blank');
  }
  const days = item.timeLimit?.days;
  const daysValid = typeof days === 'number' && Number.isInteger(days) && days >= 0;
  if (days !== undefined && !daysValid) {
    add('CHECKLIST_ITEM_FIELD_INVALID', 'timeLimit.days', 'time limit days must be a non-negative whole number');
  }

  if (item.flow && !negative) {
    const flowProblems = validateFlow(item.flow);
    flowProblems.forEach((p) =>
      problems.push({ code: 'CHECKLIST_ITEM_FLOW_INVALID', field: 'flow', message: p.message, flowProblem: p }),
    );
    const flowDays = flowProblems.length === 0 ? longestPathDays(item.flow) : null;
    // the chart's steps must fit in the time limit published for the item, or the wall promises what the flow breaks
    if (daysValid && flowDays !== null && flowDays > (days as number)) {
      add('CHECKLIST_ITEM_FLOW_EXCEEDS_TIME_LIMIT', 'flow', `the steps take ${flowDays} days, the item allows ${days}`);
    }
  } else if (!item.flow && !negative && options.requireFlow) {
    add('CHECKLIST_ITEM_FIELD_REQUIRED', 'flow', `a flow chart is required on ${type.code} items`);
  }
  return problems;
}
