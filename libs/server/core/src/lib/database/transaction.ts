import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { retryOnConflict } from './retry';

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

/**
 * As `inTransaction`, but a transaction of its own is tried again on a serialization failure or deadlock
 * (`retryOnConflict`); inside a mutation the interceptor retries the mutation's transaction.
 */
export function inRetriedTransaction<T>(
  dataSource: DataSource,
  ctx: RequestContext,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  if (ctx.em) return work(ctx.em);
  return retryOnConflict(() => inTransaction(dataSource, ctx, work));
}
