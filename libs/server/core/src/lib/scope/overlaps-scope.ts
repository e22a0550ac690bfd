import type { RequestContext } from '../context/request-context';
import { scopePrefix } from './region-code';

/**
 * Whether `code` is in the caller's scope or above it (an ancestor of a scope root): what the region tree shows when
 * navigating down to one's own region, and a village's shared things (its scheme, its boards) that a grid worker of
 * it may read.
 */
export function overlapsScope(ctx: RequestContext, code: string): boolean {
  if (ctx.inScope(code)) return true;
  const prefix = scopePrefix(code);
  return ctx.scopePrefixes.some((p) => p.startsWith(prefix));
}
