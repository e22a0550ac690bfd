/** 六有 of a points shop (000 四(一)): 有固定场所、有统一招牌、有明码标价、有合理制度、有发放台账、有专人管理. */
export const SIX_HAVES = ['PLACE', 'SIGN', 'PRICES', 'RULES', 'LEDGER', 'PERSON'] as const;
export type SixHave = (typeof SIX_HAVES)[number];

/** Chinese labels of the six, as the scheme words them. */
export const SIX_HAVE_LABELS: Readonly<Record<SixHave, string>> = {
  PLACE: '有固定场所',
  SIGN: '有统一招牌',
  PRICES: '有明码标价',
  RULES: '有合理制度',
  LEDGER: '有发放台账',
  PERSON: '有专人管理',
};

/** One of the six as recorded: a description and, ideally, a photo. */
export interface SixHaveRecord {
  key: SixHave;
  description: string;
  photoFileId: string | null;
}

/** Which of the six a shop's record meets (a description given) and which it lacks. */
export function sixHavesStatus(records: readonly SixHaveRecord[]): {
  met: SixHave[];
  missing: SixHave[];
  withoutPhoto: SixHave[];
} {
  const byKey = new Map(records.map((r) => [r.key, r]));
  const met = SIX_HAVES.filter((k) => (byKey.get(k)?.description.trim() ?? '') !== '');
  return {
    met,
    missing: SIX_HAVES.filter((k) => !met.includes(k)),
    withoutPhoto: met.filter((k) => !byKey.get(k)?.photoFileId),
  };
}
