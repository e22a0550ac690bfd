import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { overlapsScope, Permission, regionLevel, RequestContext } from '@xiangzhi/server/core';
import { RegionEntity, RegistryErrors } from '@xiangzhi/registry/api';
import { SchemeService } from '@xiangzhi/points/api';
import { exchangeRounds, roundDays, roundKpi, shopPolicyOf } from '@xiangzhi/shop/util';
import { ShopErrors } from '../shop.errors';
import { RoundErrors } from './rounds.errors';
import type { ExchangeRoundReportModel } from './rounds.model';

/**
 * Exchange rounds of a town (000 三(四): each round, households redeeming ≥ 30% of resident households): the rounds
 * come from the town scheme's exchange windows; a town that exchanges any time has none.
 */
@Injectable()
export class RoundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly schemes: SchemeService,
  ) {}

  async report(ctx: RequestContext, townCode: string, year: number): Promise<ExchangeRoundReportModel[]> {
    ctx.requirePermission(Permission.SHOP_READ);
    if (regionLevel(townCode) !== 'TOWN') throw RoundErrors.notTown(townCode);
    if (!overlapsScope(ctx, townCode)) throw ShopErrors.outOfScope();
    const em = this.dataSource.manager;
    if (!(await em.existsBy(RegionEntity, { code: townCode }))) throw RegistryErrors.regionNotFound(townCode);
    const scheme = await this.schemes.inForceFor(em, townCode, year);
    if (!scheme) return [];
    const rounds = exchangeRounds(scheme.definition.parameters.exchangeWindows, year);
    if (!rounds.length) return [];
    const target = shopPolicyOf(await this.schemes.presetKeyOf(em, scheme)).roundTargetShare;
    const villages = (
      await em.find(RegionEntity, {
        select: { code: true, name: true },
        where: { parentCode: townCode },
        order: { sort: 'ASC', code: 'ASC' },
      })
    ).filter((v) => regionLevel(v.code) === 'VILLAGE' && overlapsScope(ctx, v.code));
    const codes = villages.map((v) => v.code);
    const resident = new Map(
      (
        (await em.query(
          `SELECT region_code, count(*)::int AS n FROM household
            WHERE region_code = ANY($1::text[]) AND participating GROUP BY region_code`,
          [codes],
        )) as Array<{ region_code: string; n: number }>
      ).map((r) => [r.region_code, r.n]),
    );
    const out: ExchangeRoundReportModel[] = [];
    for (const r of rounds) {
      const { from, to } = roundDays(r);
      // a redemption of the round counts net of its reversal, whenever the reversal was made
      const rows = (await em.query(
        `SELECT r.village_code, r.household_id, sum(r.points + COALESCE(x.points, 0))::int AS points
           FROM shop_redemption r LEFT JOIN shop_redemption x ON x.reversal_of = r.id
          WHERE r.reversal_of IS NULL AND r.village_code = ANY($1::text[]) AND r.occurred_on BETWEEN $2 AND $3
          GROUP BY r.village_code, r.household_id`,
        [codes, from, to],
      )) as Array<{ village_code: string; household_id: string; points: number }>;
      const all = new Map<string, number>();
      const byVillage = new Map<string, Map<string, number>>();
      for (const row of rows) {
        all.set(row.household_id, row.points);
        const m = byVillage.get(row.village_code) ?? new Map<string, number>();
        m.set(row.household_id, row.points);
        byVillage.set(row.village_code, m);
      }
      const lines = villages.map((v) => {
        const k = roundKpi(resident.get(v.code) ?? 0, byVillage.get(v.code) ?? new Map(), target);
        return {
          villageCode: v.code,
          villageName: v.name,
          residentHouseholds: k.residentHouseholds,
          redeemingHouseholds: k.redeemingHouseholds,
          share: k.share,
          met: k.met,
        };
      });
      const t = roundKpi(
        lines.reduce((s, l) => s + l.residentHouseholds, 0),
        all,
        target,
      );
      out.push({
        index: r.index,
        fromMonth: r.fromMonth,
        toMonth: r.toMonth,
        from,
        to,
        target,
        villages: lines,
        totals: {
          residentHouseholds: t.residentHouseholds,
          redeemingHouseholds: t.redeemingHouseholds,
          share: t.share,
          met: t.met,
        },
      });
    }
    return out;
  }
}
