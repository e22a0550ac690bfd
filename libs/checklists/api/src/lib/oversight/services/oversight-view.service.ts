import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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
 * totals. One statement for all figures, each part over the region's prefix and the caller's scope.
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
    // every figure in one statement: (village, figure, count) rows, each part over the region and the caller's scope
    const where = `region_code LIKE $1 AND region_code LIKE ANY($2::text[])`;
    const figures = (await em.query(
      `SELECT region_code, 'openCases' AS k, count(*)::int AS n FROM checklist_case
        WHERE status = 'OPEN' AND ${where} GROUP BY region_code
       UNION ALL
       SELECT region_code, 'overdueCases', count(*)::int FROM checklist_case
        WHERE status = 'OPEN' AND due_at < now() AND ${where} GROUP BY region_code
       UNION ALL
       SELECT region_code, 'refusals', count(*)::int FROM checklist_gate_refusal WHERE ${where} GROUP BY region_code
       UNION ALL
       SELECT region_code, 'openComplaints', count(*)::int FROM checklist_complaint
        WHERE status <> 'CLOSED' AND ${where} GROUP BY region_code
       UNION ALL
       SELECT region_code, 'openFindings', count(*)::int FROM checklist_finding
        WHERE status = ANY($3::checklist_finding_status[]) AND ${where} GROUP BY region_code
       UNION ALL
       SELECT region_code, 'overdueFindings', count(*)::int FROM checklist_finding
        WHERE status = 'RECTIFICATION_REQUIRED' AND due_on < $4::date AND ${where} GROUP BY region_code`,
      [prefix, scopes, [...OPEN_FINDING_STATUSES], todayIso()],
    )) as Array<{ region_code: string; k: CountKey; n: number }>;
    for (const f of figures) {
      const c = byVillage.get(f.region_code);
      if (c) c[f.k] += Number(f.n);
    }
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
