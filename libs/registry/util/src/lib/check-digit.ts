/**
 * ISO 7064 MOD 11-2: the check character of GB 11643 ID numbers, reused for household card numbers.
 * Returns '0'–'9' or 'X'. `digits` must contain only the characters 0–9.
 */
export function mod11_2CheckChar(digits: string): string {
  let p = 0;
  for (const ch of digits) {
    p = ((p + (ch.charCodeAt(0) - 48)) * 2) % 11;
  }
  const check = (12 - p) % 11;
  return check === 10 ? 'X' : String(check);
}
