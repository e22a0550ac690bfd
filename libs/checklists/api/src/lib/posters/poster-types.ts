import type { ChecklistItemContent, ListTypeKind } from '@xiangzhi/checklists/util';

/** Paper sizes of a poster (portrait). */
export type PosterSize = 'A3' | 'A4';

export const POSTER_SIZES: readonly PosterSize[] = ['A4', 'A3'];

/** Page size in PDF points (1/72 inch), portrait. */
export const POSTER_PAGE: Readonly<Record<PosterSize, { width: number; height: number }>> = {
  A4: { width: 595.28, height: 841.89 },
  A3: { width: 841.89, height: 1190.55 },
};

/** Everything a poster shows: one list of one village (or town template) as on the wall. No personal data. */
export interface PosterDocument {
  /** The village (or town) whose list it is. */
  regionName: string;
  /** The town above a village (printed before the village name), or null. */
  parentName: string | null;
  listName: string;
  listKind: ListTypeKind;
  version: number;
  /** DRAFT, SUBMITTED, PUBLISHED, REJECTED or SUPERSEDED. */
  status: string;
  /** When the version went on the wall (ISO), or null if it never did. */
  inForceSince: string | null;
  changeReason: string | null;
  legalBasis: string | null;
  items: readonly ChecklistItemContent[];
  /** The portal page of the list (a village's `<origin>/lists/<code>?list=<type>`), printed as a QR code; or null. */
  portalUrl?: string | null;
}
