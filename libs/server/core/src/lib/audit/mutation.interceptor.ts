import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { AuditService } from './audit.service';
import { retryOnConflict } from '../database/retry';

/**
 * Every GraphQL mutation runs in one transaction (exposed to services as `ctx.em`) and is written to the
 * audit log in that same transaction. Serialization failures and deadlocks are retried with backoff.
 */
@Injectable()
export class MutationInterceptor implements NestInterceptor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(execution);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    const ctx = gql.getContext<{ ctx: RequestContext }>().ctx;
    const args = gql.getArgs();
    return from(this.run(ctx, info.fieldName, args, () => lastValueFrom(next.handle(), { defaultValue: null })));
  }

  private run(ctx: RequestContext, operation: string, args: unknown, handler: () => Promise<unknown>) {
    // serialization failure and deadlock: retried here, never shown to the caller
    return retryOnConflict(() => {
      ctx.auditNotes.length = 0;
      ctx.auditInline = 0;
      return this.dataSource.transaction(async (em) => {
        ctx.em = em;
        ctx.mutation = { operation, args };
        try {
          const result = await handler();
          // rows a service wrote in its own statement (inlineAuditInsert) are not written twice
          const rest = ctx.auditNotes.slice(ctx.auditInline);
          if (ctx.auditInline === 0 || rest.length > 0) await this.audit.record(em, ctx, operation, args, rest);
          return result;
        } finally {
          ctx.em = undefined;
          ctx.mutation = undefined;
        }
      });
    });
  }
}
