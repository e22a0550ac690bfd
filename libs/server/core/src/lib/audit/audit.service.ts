import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditNote, RequestContext } from '../context/request-context';
import { redact } from './redact';

const AUDIT_TABLE = 'audit_log';

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
    // one plain multi-row INSERT per 1000 rows (no query builder, nothing returned: it runs on every mutation)
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      const params: unknown[] = [];
      const values = chunk.map((r) => {
        params.push(
          r.actorId,
          r.actorName,
          r.actorRole,
          r.regionCode,
          r.operation,
          r.targetType,
          r.targetId,
          JSON.stringify(r.summary),
          r.requestId,
          r.ip,
        );
        const n = params.length - 10;
        return `(${Array.from({ length: 10 }, (_, k) => `$${n + k + 1}`).join(', ')})`;
      });
      await em.query(
        `INSERT INTO ${AUDIT_TABLE} (actor_id, actor_name, actor_role, region_code, operation, target_type, target_id,
           summary, request_id, ip) VALUES ${values.join(', ')}`,
        params,
      );
    }
  }
}
