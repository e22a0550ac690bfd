import type {
  PointsAwardRule,
  PointsCycleRule,
  PointsExchangeableRule,
  PointsItemKind,
  PointsItemSubject,
  PointsPresetKey,
  PointsRankingBasis,
  PointsSchemeStatus,
  PointsSubjectModel,
  PointsVillageAdoption,
  PolicyParametersPatchInput,
  SchemeItemFieldsFragment,
  SchemeItemInput,
  SchemeParametersFieldsFragment,
} from '../generated/graphql';

export type SchemeStatus = PointsSchemeStatus;
export type SchemePresetKey = PointsPresetKey;
export type SchemeItem = SchemeItemFieldsFragment;
export type SchemeItemKind = PointsItemKind;
export type SchemeItemSubject = PointsItemSubject;
export type SchemeParameters = SchemeParametersFieldsFragment;
export type SchemeParametersPatch = PolicyParametersPatchInput;
export type SchemeItemInputValue = SchemeItemInput;

/** The choices of each enumerated parameter, in the order the editor offers them. */
export const SCHEME_CHOICES = {
  subjectModel: ['HOUSEHOLD', 'FAMILY_TOTAL', 'FAMILY_AVERAGE'] as readonly PointsSubjectModel[],
  cycle: ['ANNUAL_RESET', 'FAMILY_CARRY_OVER'] as readonly PointsCycleRule[],
  rankingBasis: ['HOUSEHOLD_TOTAL', 'FAMILY_TOTAL', 'FAMILY_AVERAGE'] as readonly PointsRankingBasis[],
  exchangeableRule: ['BALANCE', 'ABOVE_BASE'] as readonly PointsExchangeableRule[],
  awardRule: ['ABOVE_VILLAGE_AVERAGE', 'TOP_OF_RANKING', 'TOP_NO_VETO', 'NONE'] as readonly PointsAwardRule[],
  villageAdoption: ['APPROVAL', 'FILING'] as readonly PointsVillageAdoption[],
  kind: ['POSITIVE', 'NEGATIVE', 'BONUS', 'VETO'] as readonly PointsItemKind[],
  subject: ['HOUSEHOLD', 'INDIVIDUAL'] as readonly PointsItemSubject[],
} as const;

/** The status tag colour of a version. */
export function schemeStatusColor(status: PointsSchemeStatus): string {
  switch (status) {
    case 'IN_FORCE':
      return 'green';
    case 'SUBMITTED':
      return 'blue';
    case 'DRAFT':
      return 'gold';
    case 'REJECTED':
      return 'red';
    default:
      return 'default';
  }
}

/** The parameters form, flat. */
export interface SchemeParametersFormValue {
  subjectModel: PointsSubjectModel;
  basePoints: number;
  cycle: PointsCycleRule;
  rankingBasis: PointsRankingBasis;
  /** Both null = the exchange value is set by the village. */
  exchangeValuePoints: number | null;
  exchangeValueYuan: number | null;
  exchangeableRule: PointsExchangeableRule;
  exchangeThreshold: number;
  /** Empty = any time. */
  exchangeWindowMonths: number[];
  exchangeWindowLabel: string;
  blackListBlocksExchange: boolean;
  awardRule: PointsAwardRule;
  reviewCadenceMonths: number;
  publicationCadenceMonths: number;
  objectionWindowDays: number;
  villageAdoption: PointsVillageAdoption;
}

/** The form value of a version's parameters. */
export function parametersFormValue(p: SchemeParameters): SchemeParametersFormValue {
  return {
    subjectModel: p.subjectModel,
    basePoints: p.basePoints,
    cycle: p.cycle,
    rankingBasis: p.rankingBasis,
    exchangeValuePoints: p.exchangeValue?.points ?? null,
    exchangeValueYuan: p.exchangeValue?.yuan ?? null,
    exchangeableRule: p.exchangeableRule,
    exchangeThreshold: p.exchangeThreshold,
    exchangeWindowMonths: [...(p.exchangeWindows.months ?? [])].sort((a, b) => a - b),
    exchangeWindowLabel: p.exchangeWindows.label,
    blackListBlocksExchange: p.blackListBlocksExchange,
    awardRule: p.awardRule,
    reviewCadenceMonths: p.reviewCadenceMonths,
    publicationCadenceMonths: p.publicationCadenceMonths,
    objectionWindowDays: p.objectionWindowDays,
    villageAdoption: p.villageAdoption,
  };
}

const SCALAR_FIELDS = [
  'subjectModel',
  'basePoints',
  'cycle',
  'rankingBasis',
  'exchangeableRule',
  'exchangeThreshold',
  'blackListBlocksExchange',
  'awardRule',
  'reviewCadenceMonths',
  'publicationCadenceMonths',
  'objectionWindowDays',
  'villageAdoption',
] as const;

/** Only what changed between the version's parameters and the form (null when nothing did). */
export function parametersPatch(
  before: SchemeParameters,
  after: SchemeParametersFormValue,
): PolicyParametersPatchInput | null {
  const old = parametersFormValue(before);
  const patch: Record<string, unknown> = {};
  for (const field of SCALAR_FIELDS) {
    if (old[field] !== after[field]) patch[field] = after[field];
  }
  if (after.exchangeValuePoints !== null && after.exchangeValuePoints !== old.exchangeValuePoints) {
    patch['exchangeValuePoints'] = after.exchangeValuePoints;
  }
  if (after.exchangeValueYuan !== null && after.exchangeValueYuan !== old.exchangeValueYuan) {
    patch['exchangeValueYuan'] = after.exchangeValueYuan;
  }
  const months = [...new Set(after.exchangeWindowMonths)].sort((a, b) => a - b);
  if (months.join(',') !== old.exchangeWindowMonths.join(',')) patch['exchangeWindowMonths'] = months;
  const label = after.exchangeWindowLabel.trim();
  if (label && label !== old.exchangeWindowLabel) patch['exchangeWindowLabel'] = label;
  return Object.keys(patch).length ? (patch as PolicyParametersPatchInput) : null;
}

/** The item form. */
export interface SchemeItemFormValue {
  code: string;
  category: string;
  name: string;
  kind: PointsItemKind;
  minPoints: number;
  maxPoints: number;
  subject: PointsItemSubject;
  /** null = no cap. */
  capPerPeriod: number | null;
  evidenceRequired: boolean;
  publicWording: string;
  example: boolean;
}

export function itemFormValue(item: SchemeItem | null): SchemeItemFormValue {
  return item
    ? {
        code: item.code,
        category: item.category,
        name: item.name,
        kind: item.kind,
        minPoints: item.minPoints,
        maxPoints: item.maxPoints,
        subject: item.subject,
        capPerPeriod: item.capPerPeriod ?? null,
        evidenceRequired: item.evidenceRequired,
        publicWording: item.publicWording,
        example: item.example,
      }
    : {
        code: '',
        category: '',
        name: '',
        kind: 'POSITIVE',
        minPoints: 1,
        maxPoints: 1,
        subject: 'HOUSEHOLD',
        capPerPeriod: null,
        evidenceRequired: false,
        publicWording: '',
        example: false,
      };
}

/** The API input of an item: trimmed texts; the public wording defaults to the name. */
export function toSchemeItemInput(value: SchemeItemFormValue): SchemeItemInput {
  const name = value.name.trim();
  return {
    itemCode: value.code.trim(),
    category: value.category.trim(),
    name,
    kind: value.kind,
    minPoints: value.minPoints,
    maxPoints: value.maxPoints,
    subject: value.subject,
    capPerPeriod: value.capPerPeriod,
    evidenceRequired: value.evidenceRequired,
    publicWording: value.publicWording.trim() || name,
    example: value.example,
  };
}

/** Points of an item as shown: `5` when fixed, `1–5` for a range; a minus sign for deductions. */
export function pointsRange(item: Pick<SchemeItem, 'kind' | 'minPoints' | 'maxPoints'>): string {
  const sign = item.kind === 'NEGATIVE' || item.kind === 'VETO' ? '−' : '+';
  return item.minPoints === item.maxPoints ? `${sign}${item.minPoints}` : `${sign}${item.minPoints}–${item.maxPoints}`;
}

/**
 * One line of a parameters summary: a label key (`schemes.param.<field>`) and either a value key (translated) or
 * a value given as it is with its translation params.
 */
export interface ParameterLine {
  field: string;
  valueKey: string;
  params?: Record<string, string | number>;
}

/** Parameter-like values of a preset or a version (presets from points/util share the shape). */
export interface ParametersLike {
  subjectModel: string;
  basePoints: number;
  cycle: string;
  rankingBasis: string;
  exchangeValue: { points: number; yuan: number } | null | undefined;
  exchangeableRule: string;
  exchangeThreshold: number;
  exchangeWindows: { label: string; months?: readonly number[] | null };
  blackListBlocksExchange: boolean;
  awardRule: string;
  villageAdoption: string;
  objectionWindowDays: number;
}

/** The summary shown on preset cards and above the editor (translation keys under `schemes.`). */
export function describeParameters(p: ParametersLike): ParameterLine[] {
  return [
    { field: 'subjectModel', valueKey: `schemes.subjectModel.${p.subjectModel}` },
    { field: 'basePoints', valueKey: 'schemes.value.points', params: { points: p.basePoints } },
    { field: 'cycle', valueKey: `schemes.cycle.${p.cycle}` },
    { field: 'rankingBasis', valueKey: `schemes.rankingBasis.${p.rankingBasis}` },
    p.exchangeValue
      ? {
          field: 'exchangeValue',
          valueKey: 'schemes.value.exchange',
          params: { points: p.exchangeValue.points, yuan: p.exchangeValue.yuan },
        }
      : { field: 'exchangeValue', valueKey: 'schemes.value.setByVillage' },
    p.exchangeableRule === 'ABOVE_BASE'
      ? { field: 'exchangeableRule', valueKey: 'schemes.exchangeableRule.ABOVE_BASE', params: { base: p.basePoints } }
      : p.exchangeThreshold > 0
        ? {
            field: 'exchangeableRule',
            valueKey: 'schemes.value.balanceFromThreshold',
            params: { threshold: p.exchangeThreshold },
          }
        : { field: 'exchangeableRule', valueKey: 'schemes.exchangeableRule.BALANCE' },
    p.exchangeWindows.months && p.exchangeWindows.months.length
      ? {
          field: 'exchangeWindows',
          valueKey: 'schemes.value.windows',
          params: { label: p.exchangeWindows.label, months: p.exchangeWindows.months.join('、') },
        }
      : { field: 'exchangeWindows', valueKey: 'schemes.value.anyTime' },
    {
      field: 'blackListBlocksExchange',
      valueKey: p.blackListBlocksExchange ? 'schemes.value.yes' : 'schemes.value.no',
    },
    { field: 'awardRule', valueKey: `schemes.awardRule.${p.awardRule}` },
    { field: 'villageAdoption', valueKey: `schemes.villageAdoption.${p.villageAdoption}` },
    { field: 'objectionWindowDays', valueKey: 'schemes.value.days', params: { days: p.objectionWindowDays } },
  ];
}

/** Whether a diff says nothing changed. */
export function diffIsEmpty(diff: {
  added: readonly unknown[];
  removed: readonly unknown[];
  changed: readonly unknown[];
  parameters: readonly unknown[];
}): boolean {
  return !diff.added.length && !diff.removed.length && !diff.changed.length && !diff.parameters.length;
}
