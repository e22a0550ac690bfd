/** A translation key with its parameters. */
export interface TextKey {
  key: string;
  params: Record<string, string | number>;
}

/** The label of a board's period: 2026年第4季度, 2026年上半年, 2026年全年, else the months. */
export function periodLabel(period: { year: number; fromMonth: number; toMonth: number }): TextKey {
  const { year, fromMonth, toMonth } = period;
  if (toMonth - fromMonth === 2 && fromMonth % 3 === 1) {
    return { key: 'pointsPortal.period.quarter', params: { year, quarter: (fromMonth + 2) / 3 } };
  }
  if (fromMonth === 1 && toMonth === 12) return { key: 'pointsPortal.period.year', params: { year } };
  if (toMonth - fromMonth === 5 && (fromMonth === 1 || fromMonth === 7)) {
    return {
      key: fromMonth === 1 ? 'pointsPortal.period.firstHalf' : 'pointsPortal.period.secondHalf',
      params: { year },
    };
  }
  return { key: 'pointsPortal.period.months', params: { year, from: fromMonth, to: toMonth } };
}

/** Points with their sign: +3, −2 (a true minus sign), 0. */
export function signedPoints(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `−${Math.abs(points)}`;
  return '0';
}

/** Today as YYYY-MM-DD in the device's time zone (what a resident reads on the board). */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** Whether objections may still be filed: the window runs to `objectionUntil` inclusive. */
export function objectionWindowOpen(objectionUntil: string, today: string = localToday()): boolean {
  return today <= objectionUntil;
}

/** The notice PDF of a board (public, printable A4). */
export function noticePdfUrl(publicationId: string): string {
  return `/api/points/publications/${encodeURIComponent(publicationId)}/notice.pdf`;
}

/** The date part of an ISO timestamp. */
export function dateOf(timestamp: string | null | undefined): string {
  return timestamp ? timestamp.slice(0, 10) : '';
}

/** A card number as typed: spaces removed (the API matches it exactly). */
export function normaliseCardNumber(value: string): string {
  return value.replace(/\s+/g, '');
}

/** Checks of the card form shared by the objection form and the household lookup; null when valid. */
export function cardCheckErrors(cardNumber: string, phoneLast4: string): { card?: string; phone?: string } | null {
  const errors: { card?: string; phone?: string } = {};
  const card = normaliseCardNumber(cardNumber);
  if (card.length < 4 || card.length > 21) errors.card = 'pointsPortal.objection.invalidCard';
  if (!/^\d{4}$/.test(phoneLast4.trim())) errors.phone = 'pointsPortal.objection.invalidPhone';
  return errors.card || errors.phone ? errors : null;
}

/** The objection text: 2 to 1000 characters once trimmed (as the API checks). */
export function objectionContentValid(content: string): boolean {
  const length = content.trim().length;
  return length >= 2 && length <= 1000;
}

/** A hash in groups of eight characters (easier to compare with the printed notice; never a run of digits). */
export function groupedHash(hash: string): string {
  return (hash.match(/.{1,8}/g) ?? []).join(' ');
}
