import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PageArgs, Permission, RequestContext } from '@xiangzhi/server/core';
import { maskIdNumber, maskPhone } from '@xiangzhi/registry/util';
import { FieldChangeValue, HouseholdChangeEntity } from '../entities/household-change.entity';
import { HouseholdEntity } from '../entities/household.entity';
import { toHouseholdChangeModel } from '../mappers/registry.mappers';
import { HouseholdChangePageModel } from '../models/household-change.model';
import { HouseholdOperation } from '../registry.enums';
import { RegistryErrors } from '../registry.errors';

type Value = FieldChangeValue['from'];

/** Fields whose values the history keeps masked. */
const MASKERS: Record<string, (v: string) => string> = { idNumber: maskIdNumber, phone: maskPhone };

/** `field → {from, to}` for the fields that differ (sensitive ones masked). */
export function diffFields(
  before: Record<string, Value | undefined>,
  after: Record<string, Value | undefined>,
): Record<string, FieldChangeValue> {
  const out: Record<string, FieldChangeValue> = {};
  for (const field of Object.keys(after)) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (from === to) continue;
    const mask = MASKERS[field];
    out[field] = mask
      ? { from: from === null ? null : mask(String(from)), to: to === null ? null : mask(String(to)) }
      : { from, to };
  }
  return out;
}

/** Household history (household_change): written in the caller's transaction, read newest first. */
@Injectable()
export class HouseholdHistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A history row built for `household` (insert with `write`, or in bulk by the import). */
  row(
    ctx: RequestContext,
    household: Pick<HouseholdEntity, 'id' | 'regionCode' | 'countyCode'>,
    operation: HouseholdOperation,
    changes: Record<string, FieldChangeValue>,
    memberId: string | null = null,
  ): Partial<HouseholdChangeEntity> {
    const actor = ctx.actor;
    return {
      householdId: household.id,
      regionCode: household.regionCode,
      countyCode: household.countyCode,
      actorId: actor && actor.username !== 'system' ? actor.userId : null,
      actorName: (actor?.displayName || actor?.username || 'system').slice(0, 64),
      operation,
      memberId,
      changes,
    };
  }

  async write(em: EntityManager, rows: Array<Partial<HouseholdChangeEntity>>): Promise<void> {
    for (let i = 0; i < rows.length; i += 1000) {
      await em
        .createQueryBuilder()
        .insert()
        .into(HouseholdChangeEntity)
        .values(rows.slice(i, i + 1000) as HouseholdChangeEntity[])
        .updateEntity(false)
        .execute();
    }
  }

  async list(ctx: RequestContext, householdId: string, page: PageArgs): Promise<HouseholdChangePageModel> {
    ctx.requirePermission(Permission.HOUSEHOLD_READ);
    const household = await this.dataSource.manager.findOne(HouseholdEntity, {
      select: { id: true, scopeCode: true },
      where: { id: householdId },
    });
    if (!household) throw RegistryErrors.householdNotFound();
    if (!ctx.inScope(household.scopeCode)) throw RegistryErrors.targetOutOfScope();
    const [rows, total] = await this.dataSource.manager.findAndCount(HouseholdChangeEntity, {
      where: { householdId },
      order: { id: 'DESC' },
      skip: page.offset,
      take: page.first,
    });
    return { items: rows.map(toHouseholdChangeModel), total };
  }
}
