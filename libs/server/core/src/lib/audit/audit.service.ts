import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditNote, RequestContext } from '../context/request-context';
import { AuditLogEntity } from './audit-log.entity';
import { redact } from './redact';

/** Writes audit rows inside the caller's transaction. */
@Injectable()
export class AuditService {
  async record(
    em: EntityManager,
    ctx: RequestContext,
    operation: string,
    args: unknown,
    notes: AuditNote[],
  ): Promise<void> {
    const actor = ctx.actor;
    const base = {
      actorId: actor && actor.userId !== '00000000-0000-0000-0000-000000000000' ? actor.userId : null,
      actorName: actor?.username ?? 'anonymous',
      actorRole: actor?.role ?? null,
      operation,
      requestId: ctx.requestId.slice(0, 64),
      ip: ctx.ip ? ctx.ip.slice(0, 64) : null,
    };
    const rows =
      notes.length > 0
        ? notes.map((n) => ({
            ...base,
            regionCode: n.regionCode,
            targetType: n.targetType,
            targetId: n.targetId,
            summary: { args: redact(args), change: redact(n.summary) } as Record<string, unknown>,
          }))
        : [
            {
              ...base,
              regionCode: actor?.regionCode ?? '000000000000',
              targetType: null,
              targetId: null,
              summary: { args: redact(args) } as Record<string, unknown>,
            },
          ];
    for (let i = 0; i < rows.length; i += 1000) {
      await em.insert(AuditLogEntity, rows.slice(i, i + 1000) as never);
    }
  }
}
