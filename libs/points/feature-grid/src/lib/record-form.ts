import type { GridRecordInput, GridSchemeItem, PointsEntryChannel } from '@xiangzhi/points/data-access';

/** What the recording form holds (the household and the idempotency key are kept beside it). */
export interface RecordForm {
  itemCode: string;
  /** The magnitude picked (the sign comes from the item's kind). */
  points: number | null;
  memberId: string;
  occurredOn: string;
  place: string;
  description: string;
  channel: PointsEntryChannel;
  evidenceFileIds: string[];
}

/** A translation key with its parameters. */
export interface FieldError {
  key: string;
  params?: Record<string, number>;
}

export type RecordFormErrors = Partial<
  Record<'item' | 'points' | 'member' | 'date' | 'description' | 'photos', FieldError>
>;

/** Today as YYYY-MM-DD in the phone's time zone. */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** An empty form: today, channel 扫码 (the grid worker came by the card's QR code). */
export function emptyRecordForm(today: string): RecordForm {
  return {
    itemCode: '',
    points: null,
    memberId: '',
    occurredOn: today,
    place: '',
    description: '',
    channel: 'QR_SCAN',
    evidenceFileIds: [],
  };
}

/** The scheme's items grouped by category, in the scheme's order. */
export function itemGroups(items: readonly GridSchemeItem[]): { category: string; items: GridSchemeItem[] }[] {
  const groups = new Map<string, GridSchemeItem[]>();
  for (const item of items) groups.set(item.category, [...(groups.get(item.category) ?? []), item]);
  return [...groups].map(([category, list]) => ({ category, items: list }));
}

/** Whether an item has a fixed value (no stepper). */
export function isFixed(item: GridSchemeItem): boolean {
  return item.minPoints === item.maxPoints;
}

/** The form after picking an item: its points start at the item's minimum; a household item has no member. */
export function withItem(form: RecordForm, item: GridSchemeItem | null): RecordForm {
  if (!item) return { ...form, itemCode: '', points: null };
  return {
    ...form,
    itemCode: item.code,
    points: item.minPoints,
    memberId: item.subject === 'INDIVIDUAL' ? form.memberId : '',
  };
}

/** Points moved by the stepper, kept within the item's range. */
export function steppedPoints(item: GridSchemeItem, points: number | null, step: number): number {
  const next = (points ?? item.minPoints) + step;
  return Math.min(item.maxPoints, Math.max(item.minPoints, next));
}

/** The form's problems, as the API would refuse them (range, member, date, evidence); empty when it can be sent. */
export function recordFormErrors(form: RecordForm, item: GridSchemeItem | null, today: string): RecordFormErrors {
  const errors: RecordFormErrors = {};
  if (!item) {
    errors.item = { key: 'pointsGrid.record.errors.item' };
  } else {
    const p = form.points;
    if (p === null || !Number.isInteger(p) || p < item.minPoints || p > item.maxPoints) {
      errors.points = { key: 'pointsGrid.record.errors.points', params: { min: item.minPoints, max: item.maxPoints } };
    }
    if (item.subject === 'INDIVIDUAL' && !form.memberId) errors.member = { key: 'pointsGrid.record.errors.member' };
    if (item.evidenceRequired && form.evidenceFileIds.length === 0) {
      errors.photos = { key: 'pointsGrid.record.errors.photos' };
    }
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.occurredOn) || form.occurredOn > today) {
    errors.date = { key: 'pointsGrid.record.errors.date' };
  }
  if (!form.description.trim()) errors.description = { key: 'pointsGrid.record.errors.description' };
  return errors;
}

/** The `recordPointsEntry` input of a valid form. */
export function buildRecordInput(
  form: RecordForm,
  item: GridSchemeItem,
  householdId: string,
  idempotencyKey: string,
): GridRecordInput {
  const place = form.place.trim();
  return {
    householdId,
    itemCode: item.code,
    points: form.points ?? item.minPoints,
    memberId: item.subject === 'INDIVIDUAL' ? form.memberId : null,
    occurredOn: form.occurredOn,
    place: place || null,
    description: form.description.trim(),
    channel: form.channel,
    evidenceFileIds: form.evidenceFileIds.length ? [...form.evidenceFileIds] : null,
    idempotencyKey,
  };
}
