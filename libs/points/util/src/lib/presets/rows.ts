/** Compact item rows for the preset files. */
import type { ItemKind, ItemSubject, SchemeItem } from '../types';

/** [code, category, name, kind, minPoints, maxPoints, subject, capPerPeriod, publicWording] */
export type ItemRow = readonly [
  code: string,
  category: string,
  name: string,
  kind: ItemKind,
  minPoints: number,
  maxPoints: number,
  subject: ItemSubject,
  capPerPeriod: number | null,
  publicWording: string,
];

export interface RowOptions {
  /** The values are examples (REFERENCE-DATA.md), not the seed's own annex. */
  example: boolean;
  /** ALL: every item needs evidence (the seed asks for 佐证 with every entry); DEDUCTIONS: NEGATIVE and VETO only. */
  evidence: 'ALL' | 'DEDUCTIONS';
}

export function itemsOf(rows: readonly ItemRow[], options: RowOptions): SchemeItem[] {
  return rows.map(([code, category, name, kind, minPoints, maxPoints, subject, capPerPeriod, publicWording]) => ({
    code,
    category,
    name,
    kind,
    minPoints,
    maxPoints,
    subject,
    capPerPeriod,
    evidenceRequired: options.evidence === 'ALL' || kind === 'NEGATIVE' || kind === 'VETO',
    publicWording,
    ...(options.example ? { example: true } : {}),
  }));
}
