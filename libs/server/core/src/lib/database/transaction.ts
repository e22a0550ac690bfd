import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../context/request-context';

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
