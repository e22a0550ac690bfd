/** A points card number: letters, digits and dashes (4–40 characters). */
const CARD_NUMBER = /^[A-Za-z0-9][A-Za-z0-9-]{2,38}[A-Za-z0-9]$/;

/**
 * The card number in a scanned QR code. The card prints either the number itself or a link to the grid app,
 * `<origin>/grid/h/<cardNumber>` (any origin: only the number is used, the link is never followed).
 * Returns null for anything else.
 */
export function parseCardPayload(payload: string | null | undefined): string | null {
  const text = (payload ?? '').trim();
  if (!text) return null;
  if (CARD_NUMBER.test(text)) return text;
  let path: string;
  try {
    path = new URL(text).pathname;
  } catch {
    // not an absolute URL: maybe a bare path such as /grid/h/123
    path = text.split(/[?#]/)[0];
  }
  const match = /\/h\/([^/]+)\/?$/.exec(path);
  if (!match) return null;
  let candidate: string;
  try {
    candidate = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return CARD_NUMBER.test(candidate) ? candidate : null;
}
