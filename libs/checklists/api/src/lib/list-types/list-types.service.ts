import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction, regionLevel, RequestContext } from '@xiangzhi/server/core';
import { requireChecklist } from '../checklist-access';
import { ChecklistErrors } from '../checklists.errors';
import { ALL_COUNTIES, ChecklistListTypeEntity } from '../entities/list-type.entity';
import { ChecklistVersionEntity } from '../entities/version.entity';
import { ChecklistListTypeModel } from '../models/version.model';
import type { SetChecklistListTypeInput } from './list-type.input';

/**
 * A county's own list types (DOMAIN.md §4: some provinces use six lists): the county supervisor adds a list, or
 * renames, reorders or switches off one of the lists every county has. Versions of a list switched off are kept
 * (nothing is deleted); a list keeps its kind once a region of the county has a version of it (its items are checked
 * by the rules of that kind).
 */
@Injectable()
export class ChecklistListTypesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async set(ctx: RequestContext, input: SetChecklistListTypeInput): Promise<ChecklistListTypeModel> {
    requireChecklist(ctx, 'COUNTY');
    if (regionLevel(input.countyCode) !== 'COUNTY') throw ChecklistErrors.regionLevelInvalid(input.countyCode);
    if (!ctx.inScope(input.countyCode)) throw ChecklistErrors.outOfScope();
    const nameZh = input.nameZh.trim();
    const nameEn = input.nameEn.trim();
    if (!nameZh || !nameEn) throw ChecklistErrors.listTypeInvalid('name');
    return inTransaction(this.dataSource, ctx, async (em) => {
      const rows = await em.find(ChecklistListTypeEntity, {
        where: [
          { countyCode: ALL_COUNTIES, code: input.code },
          { countyCode: input.countyCode, code: input.code },
        ],
        lock: { mode: 'pessimistic_write' },
      });
      const own = rows.find((r) => r.countyCode === input.countyCode);
      const current = own ?? rows.find((r) => r.countyCode === ALL_COUNTIES);
      if (current && current.kind !== input.kind) {
        const used = await em.exists(ChecklistVersionEntity, {
          where: { countyCode: input.countyCode, listType: input.code },
        });
        if (used) throw ChecklistErrors.listTypeKindFixed(input.code, current.kind);
      }
      const values = { nameZh, nameEn, displayOrder: input.order, kind: input.kind, enabled: input.enabled };
      const row = own
        ? await em.save(ChecklistListTypeEntity, { ...own, ...values })
        : await em.save(
            ChecklistListTypeEntity,
            em.create(ChecklistListTypeEntity, {
              countyCode: input.countyCode,
              code: input.code,
              ...values,
            }),
          );
      ctx.note({
        targetType: 'checklistListType',
        targetId: row.id,
        regionCode: input.countyCode,
        summary: {
          code: row.code,
          before: current
            ? { nameZh: current.nameZh, order: current.displayOrder, kind: current.kind, enabled: current.enabled }
            : null,
          after: { nameZh, order: input.order, kind: input.kind, enabled: input.enabled },
        },
      });
      return {
        code: row.code,
        nameZh: row.nameZh,
        nameEn: row.nameEn,
        order: row.displayOrder,
        kind: row.kind,
        enabled: row.enabled,
      };
    });
  }
}
