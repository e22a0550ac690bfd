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
import { issueTotals } from '../redemptions/redemptions.service';
import type { PublicShopModel, PublicVillageFundsModel } from './disclosure.model';

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

  async shops(villageCode: string): Promise<PublicShopModel[]> {
    const em = this.dataSource.manager;
    await knownVillage(em, villageCode);
    const shops = await em
      .createQueryBuilder(ShopEntity, 's')
      .where('s.active AND :village = ANY(s.village_codes)', { village: villageCode })
      .orderBy('s.name')
      .addOrderBy('s.id')
      .limit(100)
      .getMany();
    if (!shops.length) return [];
    const codes = [...new Set(shops.flatMap((s) => s.villageCodes))];
    const regions = await em.find(RegionEntity, { select: { code: true, name: true }, where: { code: In(codes) } });
    const names = new Map(regions.map((r) => [r.code, r.name]));
    const goods = await em.find(GoodsEntity, {
      select: { shopId: true, name: true, unit: true, pointsPrice: true },
      where: { shopId: In(shops.map((s) => s.id)), active: true },
      order: { name: 'ASC', id: 'ASC' },
    });
    const today = todayIso();
    const quarters = quartersUpTo(Number(today.slice(0, 4)), today);
    const out: PublicShopModel[] = [];
    for (const s of shops) {
      const periods = [];
      for (const q of quarters) {
        const t = await issueTotals(em, [s.id], q.from, q.to);
        periods.push({ ...q, redemptions: t.redemptions, households: t.households, points: t.points });
      }
      out.push({
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
        periods,
      });
    }
    return out;
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
