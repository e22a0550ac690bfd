import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { todayIso } from '@xiangzhi/registry/util';
import { overlapsScope, RequestContext, scopePrefix } from '@xiangzhi/server/core';
import { requireChecklist } from '../../checklist-access';
import type {
  ChecklistOversightCountsModel,
  ChecklistOversightModel,
  ChecklistOversightVillageModel,
} from '../models/oversight.model';
import { OPEN_FINDING_STATUSES } from '../oversight.enums';
import { OversightErrors } from '../oversight.errors';

type Counts = Omit<ChecklistOversightCountsModel, never>;
type CountKey = keyof Counts;

const ZERO: Counts = {
  openCases: 0,
  overdueCases: 0,
  refusals: 0,
  openComplaints: 0,
  openFindings: 0,
  overdueFindings: 0,
};

/**
 * The oversight view (监督): per village of a region what oversight watches — open and overdue cases, refusals by
 * the negative list, complaints not closed, findings not verified or closed and those past their deadline — and the
 * totals. One grouped statement per table, each over the region's prefix and the caller's scope.
 */
@Injectable()
export class OversightViewService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async view(ctx: RequestContext, regionCode: string): Promise<ChecklistOversightModel> {
    requireChecklist(ctx, 'OVERSIGHT');
    if (!overlapsScope(ctx, regionCode)) throw OversightErrors.outOfScope();
    const em = this.dataSource.manager;
    const prefix = `${scopePrefix(regionCode)}%`;
    const scopes = ctx.scopePrefixes.map((p) => `${p}%`);
    const villages = (await em.query(
      `SELECT code, name FROM region
        WHERE level = 'VILLAGE' AND code LIKE $1 AND code LIKE ANY($2::text[])
        ORDER BY code`,
      [prefix, scopes],
    )) as Array<{ code: string; name: string }>;
    const byVillage = new Map<string, Counts>(villages.map((v) => [v.code, { ...ZERO }]));
    const add = (rows: Array<Record<string, string | number>>, keys: CountKey[]) => {
      for (const r of rows) {
        const c = byVillage.get(String(r['region_code']));
        if (c) for (const k of keys) c[k] += Number(r[k] ?? 0);
      }
    };
    const params = [prefix, scopes];
    const tables = await existing(em, ['checklist_case', 'checklist_gate_refusal']);
    if (tables.has('checklist_case')) {
      add(
        await em.query(
          `SELECT region_code, count(*)::int AS "openCases",
                  count(*) FILTER (WHERE due_at < now())::int AS "overdueCases"
             FROM checklist_case
            WHERE status = 'OPEN' AND region_code LIKE $1 AND region_code LIKE ANY($2::text[])
            GROUP BY region_code`,
          params,
        ),
        ['openCases', 'overdueCases'],
      );
    }
    if (tables.has('checklist_gate_refusal')) {
      add(
        await em.query(
          `SELECT region_code, count(*)::int AS refusals
             FROM checklist_gate_refusal
            WHERE region_code LIKE $1 AND region_code LIKE ANY($2::text[])
            GROUP BY region_code`,
          params,
        ),
        ['refusals'],
      );
    }
    add(
      await em.query(
        `SELECT region_code, count(*)::int AS "openComplaints"
           FROM checklist_complaint
          WHERE status <> 'CLOSED' AND region_code LIKE $1 AND region_code LIKE ANY($2::text[])
          GROUP BY region_code`,
        params,
      ),
      ['openComplaints'],
    );
    add(
      await em.query(
        `SELECT region_code, count(*)::int AS "openFindings",
                count(*) FILTER (WHERE status = 'RECTIFICATION_REQUIRED' AND due_on < $4::date)::int AS "overdueFindings"
           FROM checklist_finding
          WHERE status = ANY($3::checklist_finding_status[]) AND region_code LIKE $1 AND region_code LIKE ANY($2::text[])
          GROUP BY region_code`,
        [...params, [...OPEN_FINDING_STATUSES], todayIso()],
      ),
      ['openFindings', 'overdueFindings'],
    );
    const rows: ChecklistOversightVillageModel[] = villages.map((v) => ({
      villageCode: v.code,
      villageName: v.name,
      ...(byVillage.get(v.code) as Counts),
    }));
    const totals = { ...ZERO };
    for (const r of rows) for (const k of Object.keys(ZERO) as CountKey[]) totals[k] += r[k];
    return { regionCode, villages: rows, totals };
  }
}

/** Which of the tables exist (the cases tables come from the cases migration). */
async function existing(em: EntityManager, names: string[]): Promise<Set<string>> {
  const rows = (await em.query(`SELECT n FROM unnest($1::text[]) AS n WHERE to_regclass('public.' || n) IS NOT NULL`, [
    names,
  ])) as Array<{ n: string }>;
  return new Set(rows.map((r) => r.n));
}
