import type {
  ConsoleChecklistDayCounting,
  ConsoleChecklistItem,
  ConsoleChecklistItemInput,
  ConsoleChecklistListKind,
  ConsoleChecklistListType,
} from '@xiangzhi/checklists/data-access';
import { validateItem, type ChecklistItemContent, type FlowChart, type ItemProblem } from '@xiangzhi/checklists/util';
import { flowFromItem, flowInput, linesOf, starterFlow } from './flow-edit';

/** An item as the form edits it: flat texts (lists one entry per line) and the chart. */
export interface ItemForm {
  code: string;
  name: string;
  category: string;
  policyBasis: string;
  conditions: string;
  materials: string;
  timeLimitText: string;
  timeLimitDays: number | null;
  counting: ConsoleChecklistDayCounting;
  responsibleBody: string;
  guidingUnit: string;
  oversightWho: string;
  oversightOfWhom: string;
  oversightHow: string;
  fee: string;
  disclosureWhat: string;
  disclosureHow: string;
  notes: string;
  consultation: string;
  keywords: string;
  purpose: string;
  sample: string;
  forbidden: string;
  basis: string;
  flow: FlowChart | null;
}

/** The form of an existing item. */
export function itemFormOf(item: ConsoleChecklistItem): ItemForm {
  return {
    code: item.code,
    name: item.name,
    category: item.category,
    policyBasis: item.policyBasis,
    conditions: item.conditions,
    materials: item.materials.join('\n'),
    timeLimitText: item.timeLimit.text,
    timeLimitDays: item.timeLimit.days ?? null,
    counting: item.timeLimit.counting,
    responsibleBody: item.responsibleBody,
    guidingUnit: item.guidingUnit,
    oversightWho: item.oversight.who,
    oversightOfWhom: item.oversight.ofWhom,
    oversightHow: item.oversight.how,
    fee: item.fee,
    disclosureWhat: item.disclosure.what,
    disclosureHow: item.disclosure.how,
    notes: item.notes ?? '',
    consultation: item.consultation ?? '',
    keywords: item.keywords.join('\n'),
    purpose: item.purpose ?? '',
    sample: item.sample ?? '',
    forbidden: item.forbidden ?? '',
    basis: item.basis ?? '',
    flow: flowFromItem(item.flow),
  };
}

/** A new item's form: a code not yet used, the usual defaults, and a starter chart on handled lists. */
export function newItemForm(kind: ConsoleChecklistListKind, usedCodes: readonly string[], prefix = 'SX'): ItemForm {
  let n = usedCodes.length + 1;
  const code = (i: number) => `${prefix}-${String(i).padStart(3, '0')}`;
  while (usedCodes.includes(code(n))) n++;
  return {
    code: code(n),
    name: '',
    category: '',
    policyBasis: '',
    conditions: '',
    materials: '',
    timeLimitText: '',
    timeLimitDays: null,
    counting: 'CALENDAR',
    responsibleBody: '村民委员会',
    guidingUnit: '',
    oversightWho: '村务监督委员会',
    oversightOfWhom: '村民委员会',
    oversightHow: '',
    fee: kind === 'NEGATIVE' ? '' : '不收费',
    disclosureWhat: '',
    disclosureHow: '村务公开栏',
    notes: '',
    consultation: '',
    keywords: '',
    purpose: '',
    sample: '',
    forbidden: '',
    basis: '',
    flow: kind === 'NEGATIVE' ? null : starterFlow(),
  };
}

/** Which optional groups of fields a list kind shows. */
export function fieldsOfKind(kind: ConsoleChecklistListKind): {
  handled: boolean;
  certificate: boolean;
  negative: boolean;
} {
  return { handled: kind !== 'NEGATIVE', certificate: kind === 'CERTIFICATE', negative: kind === 'NEGATIVE' };
}

const optional = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

/** The item content `validateItem` checks: the fields of the list's kind only, texts trimmed. */
export function itemContentOf(form: ItemForm, kind: ConsoleChecklistListKind): ChecklistItemContent {
  const f = fieldsOfKind(kind);
  const item: ChecklistItemContent = {
    code: form.code.trim(),
    name: form.name.trim(),
    category: form.category.trim(),
    policyBasis: form.policyBasis.trim(),
    conditions: form.conditions.trim(),
    materials: linesOf(form.materials),
    timeLimit: {
      text: form.timeLimitText.trim(),
      ...(form.timeLimitDays !== null && form.timeLimitDays !== undefined ? { days: form.timeLimitDays } : {}),
      counting: form.counting,
    },
    responsibleBody: form.responsibleBody.trim(),
    guidingUnit: form.guidingUnit.trim(),
    oversight: { who: form.oversightWho.trim(), ofWhom: form.oversightOfWhom.trim(), how: form.oversightHow.trim() },
    fee: form.fee.trim(),
    disclosure: { what: form.disclosureWhat.trim(), how: form.disclosureHow.trim() },
  };
  const extra: Partial<ChecklistItemContent> = {
    notes: optional(form.notes),
    consultation: optional(form.consultation),
    ...(f.certificate ? { purpose: optional(form.purpose), sample: optional(form.sample) } : {}),
    ...(f.negative ? { forbidden: optional(form.forbidden), basis: optional(form.basis) } : {}),
  };
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined) (item as unknown as Record<string, unknown>)[key] = value;
  }
  const keywords = linesOf(form.keywords.replace(/[，,、]/g, '\n'));
  if (keywords.length > 0) item.keywords = keywords;
  if (f.handled && form.flow) item.flow = form.flow;
  return item;
}

/** The item as the API takes it. */
export function itemInputOf(form: ItemForm, kind: ConsoleChecklistListKind): ConsoleChecklistItemInput {
  const c = itemContentOf(form, kind);
  return {
    code: c.code,
    name: c.name,
    category: c.category,
    policyBasis: c.policyBasis,
    conditions: c.conditions,
    materials: c.materials,
    timeLimit: { text: c.timeLimit.text, days: c.timeLimit.days ?? null, counting: c.timeLimit.counting ?? null },
    responsibleBody: c.responsibleBody,
    guidingUnit: c.guidingUnit,
    oversight: c.oversight,
    fee: c.fee,
    disclosure: c.disclosure,
    notes: c.notes ?? null,
    consultation: c.consultation ?? null,
    keywords: c.keywords ?? [],
    purpose: c.purpose ?? null,
    sample: c.sample ?? null,
    forbidden: c.forbidden ?? null,
    basis: c.basis ?? null,
    flow: c.flow ? flowInput(c.flow) : null,
  };
}

/** Problems of the form by `validateItem` (the chart's own problems are listed by the flow editor). */
export function itemProblems(form: ItemForm, listType: ConsoleChecklistListType): ItemProblem[] {
  return validateItem(
    {
      code: listType.code,
      nameZh: listType.nameZh,
      nameEn: listType.nameEn,
      order: listType.order,
      kind: listType.kind,
    },
    itemContentOf(form, listType.kind),
  ).filter((p) => p.code !== 'CHECKLIST_ITEM_FLOW_INVALID');
}

/** The problems of one field (path such as `oversight.who`). */
export function problemsOf(problems: readonly ItemProblem[], field: string): ItemProblem[] {
  return problems.filter((p) => p.field === field);
}
