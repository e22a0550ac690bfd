import type { RequestContext } from '../context/request-context';

/**
 * A SQL condition restricting `column` to the caller's scope, with its parameters.
 * `column LIKE ANY(:prefixes)`; every list query goes through this one place.
 */
export function scopeCondition(
  ctx: RequestContext,
  column: string,
  paramName = 'scopePrefixes',
): { sql: string; params: Record<string, string[]> } {
  const prefixes = ctx.scopePrefixes;
  if (prefixes.length === 0) return { sql: '1 = 0', params: {} };
  if (prefixes.includes('')) return { sql: '1 = 1', params: {} };
  return {
    sql: `${column} LIKE ANY(:${paramName})`,
    params: { [paramName]: prefixes.map((p) => `${p}%`) },
  };
}
