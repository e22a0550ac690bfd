/** The parts of a server error that decide its text (see `ApiError` in shared/data-access). */
export interface ErrorCodeLike {
  code?: string | null;
  kind?: string | null;
}

/** Last resort when neither the code nor the kind has a translation. */
export const GENERIC_ERROR_KEY = 'errors.UNKNOWN';

/**
 * The translation key for a server error: `errors.<CODE>` when translated, else `errors.kind.<KIND>`,
 * else the generic message. `has` answers whether a key exists in the active language.
 */
export function errorTranslationKey(error: ErrorCodeLike | null | undefined, has: (key: string) => boolean): string {
  const code = error?.code;
  if (code && /^[A-Z0-9_]+$/.test(code) && has(`errors.${code}`)) return `errors.${code}`;
  const kind = error?.kind;
  if (kind && has(`errors.kind.${kind}`)) return `errors.kind.${kind}`;
  return GENERIC_ERROR_KEY;
}
