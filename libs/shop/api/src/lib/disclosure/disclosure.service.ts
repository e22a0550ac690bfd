import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { regionLevel } from '@xiangzhi/server/core';
import { RegionEntity, RegistryErrors } from '@xiangzhi/registry/api';
import { todayIso } from '@xiangzhi/registry/util';
import { EntriesService, SchemeService } from '@xiangzhi/points/api';
import { fenToYuan, liabilityFen, SIX_HAVE_LABELS } from '@xiangzhi/shop/util';
import { GoodsEntity } from '../entities/goods.entity';
import { ShopEntity } from '../entities/shop.entity';
import { balanceFen, outstandingPoints, quartersUpTo, sourceTotals } from '../funds/funds-ledger';
import type { PublicShopPageModel, PublicVillageFundsModel } from './disclosure.model';

/**
 * What the portal discloses of the points shop (001 经费台账、物品台账定期公开): shops with their 六有 and price list
 * and the issue ledger's quarterly totals, and a village's funds by quarter. No household, name, card or phone.
 */
@Injectable()
export class DisclosureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly schemes: SchemeService,
    private readonly entries: EntriesService,
  ) {}

  /** A page of the active shops serving the village, by name, and how many there are in all. */
  async shops(villageCode: string, first: number, offset: number): Promise<PublicShopPageModel> {
    const em = this.dataSource.manager;
    await knownVillage(em, villageCode);
    const [shops, total] = await em
      .createQueryBuilder(ShopEntity, 's')
      .where('s.active AND :village = ANY(s.village_codes)', { village: villageCode })
      .orderBy('s.name')
      .addOrderBy('s.id')
      .offset(offset)
      .limit(first)
      .getManyAndCount();
    if (!shops.length) return { items: [], total };
    const ids = shops.map((s) => s.id);
    const codes = [...new Set(shops.flatMap((s) => s.villageCodes))];
    const regions = await em.find(RegionEntity, { select: { code: true, name: true }, where: { code: In(codes) } });
    const names = new Map(regions.map((r) => [r.code, r.name]));
    const goods = await em.find(GoodsEntity, {
      select: { shopId: true, name: true, unit: true, pointsPrice: true },
      where: { shopId: In(ids), active: true },
      order: { name: 'ASC', id: 'ASC' },
    });
    const today = todayIso();
    const quarters = quartersUpTo(Number(today.slice(0, 4)), today);
    const totals = await periodIssueTotals(em, ids, quarters);
    const items = shops.map((s) => ({
      id: s.id,
      name: s.name,
      address: s.address,
      personInCharge: s.personInCharge,
      villageNames: s.villageCodes.map((c) => names.get(c) ?? c),
      sixHaves: s.sixHaves
        .filter((h) => h.description.trim())
        .map((h) => ({ key: h.key, label: SIX_HAVE_LABELS[h.key] ?? h.key, description: h.description })),
      goods: goods
        .filter((g) => g.shopId === s.id)
        .map((g) => ({ name: g.name, unit: g.unit, pointsPrice: g.pointsPrice })),
      periods: quarters.map((q, i) => ({ ...q, ...(totals.get(s.id)?.[i] ?? NO_ISSUES) })),
    }));
    return { items, total };
  }

  async villageFunds(villageCode: string, year: number): Promise<PublicVillageFundsModel> {
    const em = this.dataSource.manager;
    await knownVillage(em, villageCode);
    const today = todayIso();
    const periods = [];
    for (const q of quartersUpTo(year, today)) {
      const totals = await sourceTotals(em, villageCode, q.from, q.to);
      periods.push({
        ...q,
        incomeYuan: fenToYuan(totals.reduce((s, t) => s + t.incomeFen, 0)),
        spendingYuan: fenToYuan(totals.reduce((s, t) => s + t.spendingFen, 0)),
        balanceYuan: fenToYuan(await balanceFen(em, villageCode, q.to)),
      });
    }
    const yearEnd = `${year}-12-31`;
    const asOf = yearEnd < today ? yearEnd : today;
    let liabilityYuan: number | null = null;
    if (String(year) === today.slice(0, 4)) {
      const owed = await outstandingPoints(em, this.schemes, this.entries, villageCode, year, today);
      const l = liabilityFen(owed.points, owed.exchangeValue);
      liabilityYuan = l === null ? null : fenToYuan(l);
    }
    return {
      villageCode,
      year,
      periods,
      balanceYuan: fenToYuan(await balanceFen(em, villageCode, asOf)),
      liabilityYuan,
    };
  }
}

/** A village of the registry: REGISTRY_REGION_NOT_VILLAGE for another level, REGISTRY_REGION_NOT_FOUND if unknown. */
async function knownVillage(em: EntityManager, code: string): Promise<void> {
  if (regionLevel(code) !== 'VILLAGE') throw RegistryErrors.notVillage(code);
  if (!(await em.existsBy(RegionEntity, { code }))) throw RegistryErrors.regionNotFound(code);
}

/** An issue ledger's totals over a period: what `issueTotals` counts for its head row. */
export interface PeriodIssueTotals {
  redemptions: number;
  households: number;
  points: number;
}

const NO_ISSUES: PeriodIssueTotals = { redemptions: 0, households: 0, points: 0 };

/**
 * The issue totals of each shop for each period, in one query, as `issueTotals` counts them: redemptions and
 * households of the rows that are not reversals, points net of reversals. By shop id, one entry per period (in the
 * order given); zeros where a shop has no row in a period.
 */
export async function periodIssueTotals(
  em: EntityManager,
  shopIds: readonly string[],
  periods: ReadonlyArray<{ from: string; to: string }>,
): Promise<Map<string, PeriodIssueTotals[]>> {
  const out = new Map(shopIds.map((id) => [id, periods.map(() => ({ ...NO_ISSUES }))]));
  if (!shopIds.length || !periods.length) return out;
  const rows: Array<{ shop_id: string; i: number; redemptions: string; households: string; points: string }> =
    await em.query(
      `SELECT r.shop_id, q.i::int AS i,
              count(*) FILTER (WHERE r.reversal_of IS NULL) AS redemptions,
              count(DISTINCT r.household_id) FILTER (WHERE r.reversal_of IS NULL) AS households,
              COALESCE(sum(r.points), 0) AS points
         FROM unnest($2::date[], $3::date[]) WITH ORDINALITY AS q(f, t, i)
         JOIN shop_redemption r ON r.occurred_on BETWEEN q.f AND q.t
        WHERE r.shop_id = ANY($1::uuid[])
        GROUP BY r.shop_id, q.i`,
      [shopIds, periods.map((p) => p.from), periods.map((p) => p.to)],
    );
  for (const r of rows) {
    const totals = out.get(r.shop_id);
    if (!totals) continue;
    totals[Number(r.i) - 1] = {
      redemptions: Number(r.redemptions),
      households: Number(r.households),
      points: Number(r.points),
    };
  }
  return out;
}
