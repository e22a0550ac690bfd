import {
  canonicalJson,
  ITEM_KINDS,
  PolicyParameters,
  SchemeDefinition,
  SchemeItem,
  takesEntitlement,
} from '@xiangzhi/points/util';
import { PointsErrors } from '../points.errors';

const ITEM_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
const CADENCES = [1, 2, 3, 4, 6, 12];

/** Refuses an invalid item (coded): the editor's rules, including seed 002's entitlement rule. */
export function checkItem(item: SchemeItem): void {
  const code = item.code;
  if (!ITEM_CODE.test(code)) throw PointsErrors.itemInvalid(code, 'CODE_INVALID');
  if (!ITEM_KINDS.includes(item.kind)) throw PointsErrors.itemInvalid(code, 'KIND_INVALID');
  if (!item.name.trim() || !item.category.trim() || !item.publicWording.trim())
    throw PointsErrors.itemInvalid(code, 'TEXT_REQUIRED');
  if (!Number.isInteger(item.minPoints) || !Number.isInteger(item.maxPoints))
    throw PointsErrors.itemInvalid(code, 'POINTS_NOT_INTEGER');
  if (item.minPoints < 0 || item.maxPoints < 0) throw PointsErrors.itemInvalid(code, 'NEGATIVE_POINTS');
  if (item.minPoints > item.maxPoints) throw PointsErrors.itemInvalid(code, 'MIN_GT_MAX');
  if (item.capPerPeriod !== null && (!Number.isInteger(item.capPerPeriod) || item.capPerPeriod <= 0))
    throw PointsErrors.itemInvalid(code, 'CAP_NOT_POSITIVE');
  if (takesEntitlement(item)) throw PointsErrors.takesEntitlement(code);
}

/** Refuses parameters out of range (coded with the parameter's name). */
export function checkParameters(p: PolicyParameters): void {
  const bad = (name: string) => PointsErrors.parameterInvalid(name);
  if (!Number.isInteger(p.basePoints) || p.basePoints < 0) throw bad('basePoints');
  if (!Number.isInteger(p.exchangeThreshold) || p.exchangeThreshold < 0) throw bad('exchangeThreshold');
  if (p.exchangeValue && (p.exchangeValue.points <= 0 || p.exchangeValue.yuan < 0)) throw bad('exchangeValue');
  if (p.exchangeWindows.months?.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) throw bad('exchangeWindows');
  if (!CADENCES.includes(p.reviewCadenceMonths)) throw bad('reviewCadenceMonths');
  if (!CADENCES.includes(p.publicationCadenceMonths)) throw bad('publicationCadenceMonths');
  if (!Number.isInteger(p.objectionWindowDays) || p.objectionWindowDays < 1 || p.objectionWindowDays > 90)
    throw bad('objectionWindowDays');
}

/** Every rule of the editor over a whole definition. */
export function checkDefinition(d: SchemeDefinition): void {
  checkParameters(d.parameters);
  const seen = new Set<string>();
  for (const item of d.items) {
    if (seen.has(item.code)) throw PointsErrors.itemDuplicate(item.code);
    seen.add(item.code);
    checkItem(item);
  }
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface SchemeDiff {
  added: SchemeItem[];
  removed: SchemeItem[];
  changed: Array<{ code: string; fields: FieldChange[] }>;
  parameters: FieldChange[];
}

const ITEM_FIELDS: ReadonlyArray<keyof SchemeItem> = [
  'category',
  'name',
  'kind',
  'minPoints',
  'maxPoints',
  'subject',
  'capPerPeriod',
  'evidenceRequired',
  'publicWording',
  'example',
];

/** A value as canonical JSON (keys sorted), so that stored and edited definitions compare alike. */
const text = (v: unknown): string | null => (v === undefined || v === null ? null : canonicalJson(v));

function fieldChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly string[],
  prefix = '',
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of fields) {
    const b = text(before[f]);
    const a = text(after[f]);
    if (b !== a) out.push({ field: prefix + f, before: b, after: a });
  }
  return out;
}

/** Items added, removed and changed (field by field) and parameters changed, from `from` to `to`. */
export function diffDefinitions(from: SchemeDefinition, to: SchemeDefinition): SchemeDiff {
  const before = new Map(from.items.map((i) => [i.code, i]));
  const after = new Map(to.items.map((i) => [i.code, i]));
  const added = to.items.filter((i) => !before.has(i.code));
  const removed = from.items.filter((i) => !after.has(i.code));
  const changed: SchemeDiff['changed'] = [];
  for (const item of to.items) {
    const old = before.get(item.code);
    if (!old) continue;
    const normalize = (i: SchemeItem) => ({ ...i, example: i.example ?? false });
    const fields = fieldChanges(normalize(old), normalize(item), ITEM_FIELDS as string[]);
    if (fields.length) changed.push({ code: item.code, fields });
  }
  const parameterFields = Object.keys({ ...from.parameters, ...to.parameters }).sort();
  const parameters = [
    ...fieldChanges({ name: from.name }, { name: to.name }, ['name']),
    ...fieldChanges(
      from.parameters as unknown as Record<string, unknown>,
      to.parameters as unknown as Record<string, unknown>,
      parameterFields,
      'parameters.',
    ),
  ];
  return { added, removed, changed, parameters };
}
