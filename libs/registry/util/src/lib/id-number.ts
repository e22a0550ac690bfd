import { mod11_2CheckChar } from './check-digit';

/** Why an ID number is refused; `null` when it is valid. */
export type IdNumberProblem = 'FORMAT' | 'REGION' | 'BIRTH_DATE' | 'CHECK_DIGIT';

/** Province-level codes (first two digits) used by GB/T 2260, plus 71/81/82/83 (Taiwan, Hong Kong, Macao, residence permits). */
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

const SHAPE = /^\d{17}[\dX]$/;

/** Upper-cases, trims and removes inner spaces, the forms people type or paste (a lower-case x is common). */
export function normalizeIdNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** `YYYY-MM-DD` if the eight digits form a real calendar date, else null. */
export function calendarDate(yyyymmdd: string): string | null {
  if (!/^\d{8}$/.test(yyyymmdd)) return null;
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/** China's clock (UTC+8 all year, no daylight saving): the day the villages live in. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * Today's date as `YYYY-MM-DD` in China (Asia/Shanghai): an entry recorded or a redemption made at 07:00 in the
 * morning belongs to that day, not to the day before as the UTC date would have it.
 */
export function todayIso(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Checks a GB 11643-1999 citizen ID number (already normalized): 18 characters, a known province prefix,
 * a real birth date between 1900-01-01 and `today`, and the ISO 7064 MOD 11-2 check character.
 */
export function idNumberProblem(id: string, today: string = todayIso()): IdNumberProblem | null {
  if (!SHAPE.test(id)) return 'FORMAT';
  if (!PROVINCES.has(id.slice(0, 2))) return 'REGION';
  const birth = calendarDate(id.slice(6, 14));
  if (!birth || birth < '1900-01-01' || birth > today) return 'BIRTH_DATE';
  if (mod11_2CheckChar(id.slice(0, 17)) !== id[17]) return 'CHECK_DIGIT';
  return null;
}

/** Whether `raw` (normalized first) is a valid GB 11643 ID number. */
export function isValidIdNumber(raw: string, today?: string): boolean {
  return idNumberProblem(normalizeIdNumber(raw), today) === null;
}

/** Birth date (`YYYY-MM-DD`) and gender encoded in a valid ID number (17th digit odd = male). */
export function idNumberFacts(id: string): { birthDate: string; gender: 'MALE' | 'FEMALE' } {
  const birthDate = calendarDate(id.slice(6, 14)) ?? '';
  const gender = Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
  return { birthDate, gender };
}

/** Completes 17 digits with their check character (for fixtures and synthetic data). */
export function withIdCheckChar(first17: string): string {
  return first17 + mod11_2CheckChar(first17);
}

/** A date as people type it (`2024-03-05`, `2024/3/5`, `2024.3.5`, `20240305`, `2024年3月5日`) → `YYYY-MM-DD`, or null. */
export function parseDateText(text: string): string | null {
  const t = text.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  const parts = compact ?? /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (!parts) return null;
  return calendarDate(parts[1] + parts[2].padStart(2, '0') + parts[3].padStart(2, '0'));
}
