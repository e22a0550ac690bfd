import { mod11_2CheckChar } from './check-digit';

/**
 * Household points card number (积分信息卡号), 21 characters:
 *
 *   `XZ` + village code (12 digits) + `-` + sequence within the village (5 digits, 00001–99999) + check character
 *
 * e.g. `XZ150626100201-000013` (village 150626100201, household 1, check 3). The check character is ISO 7064
 * MOD 11-2 over the 17 digits (the GB 11643 algorithm: 0–9 or X), so a mistyped or misread number is caught before
 * any lookup. Five sequence digits let one village import take 20,000+ households (QUALITY P5); the hyphen keeps
 * the number from ever reading as an 18-digit ID number. Input is accepted with or without the hyphen.
 */
export const CARD_PREFIX = 'XZ';
export const CARD_SEQUENCE_MAX = 99_999;

const CARD = /^XZ(\d{12})-?(\d{5})([\dX])$/;

/** The card number of household `sequence` (1–99,999) of a village. */
export function formatCardNumber(villageCode: string, sequence: number): string {
  if (!/^\d{12}$/.test(villageCode)) throw new RangeError(`not a village code: ${villageCode}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > CARD_SEQUENCE_MAX) {
    throw new RangeError(`card sequence out of range: ${sequence}`);
  }
  const seq = String(sequence).padStart(5, '0');
  return `${CARD_PREFIX}${villageCode}-${seq}${mod11_2CheckChar(villageCode + seq)}`;
}

/** Village code and sequence of a well-formed card number with a correct check character, else null. */
export function parseCardNumber(raw: string): { villageCode: string; sequence: number; cardNumber: string } | null {
  const m = CARD.exec(raw.replace(/\s+/g, '').toUpperCase());
  if (!m) return null;
  const [, village, seq, check] = m;
  if (mod11_2CheckChar(village + seq) !== check || Number(seq) === 0) return null;
  return { villageCode: village, sequence: Number(seq), cardNumber: `${CARD_PREFIX}${village}-${seq}${check}` };
}

/** Whether `raw` is a valid card number. */
export function isValidCardNumber(raw: string): boolean {
  return parseCardNumber(raw) !== null;
}

/** A typed beginning of a card number in the stored form (hyphen after the village code), for prefix search. */
export function cardNumberPrefix(raw: string): string {
  const compact = raw.replace(/[\s-]+/g, '').toUpperCase();
  return compact.length > 14 ? `${compact.slice(0, 14)}-${compact.slice(14)}` : compact;
}

/** The text of a card's QR code: the grid app's household page, `${publicBaseUrl}/grid/h/<cardNumber>`. */
export function cardPayload(publicBaseUrl: string, cardNumber: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/grid/h/${cardNumber}`;
}

/**
 * The card number in a scanned QR text: a payload URL (any host, so cards survive a domain change) or a bare
 * card number. Null when there is no valid card number.
 */
export function parseCardPayload(text: string): string | null {
  const t = text.trim();
  const m = /\/grid\/h\/([A-Za-z0-9-]+)\/?(?:[?#].*)?$/.exec(t);
  const candidate = m ? m[1] : t;
  return parseCardNumber(candidate)?.cardNumber ?? null;
}
