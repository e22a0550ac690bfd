import type { AddPointsListingInput, ListKind } from '@xiangzhi/points/data-access';

/** Red-list titles offered as suggestions (seeds: 最美家庭, 文明示范户, 好婆婆, 好媳妇, 最美庭院). */
export const RED_TITLE_SUGGESTIONS = ['最美家庭', '文明示范户', '好婆婆', '好媳妇', '最美庭院'] as const;

/** The add form of a red- or black-list record. */
export interface ListingForm {
  kind: ListKind;
  householdId: string | null;
  title: string;
  note: string;
  fromDate: string;
  toDate: string;
}

/** Why the form cannot be sent yet (keys of the form texts in the scope translations). */
export type ListingFormError = 'householdRequired' | 'titleRequired' | 'fromRequired' | 'toBeforeFrom';

export function listingFormErrors(form: ListingForm): ListingFormError[] {
  const errors: ListingFormError[] = [];
  if (!form.householdId) errors.push('householdRequired');
  if (!form.title.trim()) errors.push('titleRequired');
  if (!form.fromDate) errors.push('fromRequired');
  if (form.fromDate && form.toDate && form.toDate < form.fromDate) errors.push('toBeforeFrom');
  return errors;
}

/** The API input of the form (trimmed; an empty note or end date is left out), or null while it has errors. */
export function listingInput(form: ListingForm): AddPointsListingInput | null {
  if (listingFormErrors(form).length || !form.householdId) return null;
  const note = form.note.trim();
  return {
    householdId: form.householdId,
    kind: form.kind,
    title: form.title.trim(),
    note: note || null,
    fromDate: form.fromDate,
    toDate: form.toDate || null,
  };
}

/** Whether a record is on the list on `today` (not revoked, within its dates). */
export function listingActive(
  listing: { revokedAt?: string | null; fromDate: string; toDate?: string | null },
  today: string,
): boolean {
  return !listing.revokedAt && listing.fromDate <= today && (!listing.toDate || today <= listing.toDate);
}
