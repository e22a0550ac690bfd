/** Masks a string keeping `head` leading and `tail` trailing characters, with `stars` asterisks between. */
function keepEnds(value: string, head: number, tail: number, stars: number): string {
  const chars = Array.from(value);
  if (chars.length <= head + tail) return '*'.repeat(Math.max(chars.length, 1));
  return chars.slice(0, head).join('') + '*'.repeat(stars) + chars.slice(chars.length - tail).join('');
}

/** `150***********1234`: first 3 and last 4 characters, stars between (as many as hidden characters). */
export function maskIdNumber(id: string): string {
  const chars = Array.from(id.trim());
  return keepEnds(chars.join(''), 3, 4, Math.max(chars.length - 7, 1));
}

/** `138****5678`: first 3 and last 4 digits with four stars between. */
export function maskPhone(phone: string): string {
  const compact = phone.replace(/[\s-]/g, '');
  return keepEnds(compact, 3, 4, 4);
}

/** `张*明` (first and last character kept), `欧**明` for four characters, `张*` for two, `*` for one. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return chars[0] + '*';
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

/** A mainland mobile number (11 digits, 1[3-9]…) or a landline with area code (0xx-xxxxxxx). */
export function isValidPhone(phone: string): boolean {
  const p = phone.trim();
  return /^1[3-9]\d{9}$/.test(p) || /^0\d{2,3}-?\d{7,8}$/.test(p);
}

/** Digits (and the landline dash) only, as stored. */
export function normalizePhone(phone: string): string {
  return phone.replace(/\s+/g, '');
}
