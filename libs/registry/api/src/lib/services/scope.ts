import { countyCodeOf, RequestContext } from '@xiangzhi/server/core';

/** The region node a scope prefix stands for: 2–12 digits padded to a 12-digit code, a grid code as is. */
export function scopeRootCode(prefix: string): string {
  return prefix.length >= 12 ? prefix : prefix.padEnd(12, '0');
}

/** County codes covering every scope prefix, or null when a prefix is above county level (no narrowing). */
export function scopeCounties(ctx: RequestContext): string[] | null {
  const prefixes = ctx.scopePrefixes;
  if (prefixes.length === 0 || prefixes.some((p) => p.length < 6)) return null;
  return [...new Set(prefixes.map((p) => countyCodeOf(scopeRootCode(p))))];
}

/** Escapes LIKE wildcards in user text. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => '\\' + c);
}
