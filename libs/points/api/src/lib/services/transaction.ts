import { DataSource, EntityManager } from 'typeorm';
import { RequestContext, scopePrefix } from '@xiangzhi/server/core';

/**
 * Runs `work` in the current mutation's transaction (`ctx.em`, opened by the platform's MutationInterceptor),
 * or in a new one when a service is called outside GraphQL (tools, jobs, tests).
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  ctx: RequestContext,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  if (ctx.em) return work(ctx.em);
  return dataSource.transaction(async (em) => {
    ctx.em = em;
    try {
      return await work(em);
    } finally {
      ctx.em = undefined;
    }
  });
}

/** Whether `code` is in the caller's scope or above it (a scheme of one's town applies to one's village). */
export function overlapsScope(ctx: RequestContext, code: string): boolean {
  if (ctx.inScope(code)) return true;
  const prefix = scopePrefix(code);
  return ctx.scopePrefixes.some((p) => p.startsWith(prefix));
}

/** The id recorded for the caller (the system acts as the all-zero user). */
export function actorIdOf(ctx: RequestContext): string {
  return ctx.requireActor().userId;
}
