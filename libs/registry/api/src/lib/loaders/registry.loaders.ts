import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { LoaderFactory, parentCode, RequestContext } from '@xiangzhi/server/core';
import { GridEntity } from '../entities/grid.entity';
import { MemberEntity } from '../entities/member.entity';
import { RegionEntity } from '../entities/region.entity';
import { gridAsRegion, toRegionModel } from '../mappers/registry.mappers';
import { RegionModel } from '../models/region.model';

/** Every ancestor code of `code` (parent first), computed from the code itself. */
export function ancestorCodes(code: string): string[] {
  const out: string[] = [];
  for (let c = parentCode(code); c; c = parentCode(c)) out.push(c);
  return out;
}

/**
 * Per-request DataLoaders of the registry (`ctx.loader(loaders.x)`): each factory is a stable function, so one
 * request gets one loader per kind and each relation of a list costs one query.
 */
@Injectable()
export class RegistryLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Region or grid (as a level-GRID region) by code. */
  readonly regionByCode: LoaderFactory<string, RegionModel | null> = () =>
    new DataLoader(async (codes) => {
      const regionCodes = codes.filter((c) => c.length === 12);
      const gridCodes = codes.filter((c) => c.length === 15);
      const [regions, grids] = await Promise.all([
        regionCodes.length ? this.dataSource.manager.findBy(RegionEntity, { code: In(regionCodes) }) : [],
        gridCodes.length ? this.dataSource.manager.findBy(GridEntity, { code: In(gridCodes) }) : [],
      ]);
      const byCode = new Map<string, RegionModel>();
      for (const r of regions) byCode.set(r.code, toRegionModel(r));
      for (const g of grids) byCode.set(g.code, gridAsRegion(g));
      return codes.map((c) => byCode.get(c) ?? null);
    });

  /** Names of the stored ancestors and the node itself, top first, joined (`乌审旗图克镇某某嘎查`). */
  readonly fullNameByCode: LoaderFactory<string, string> = () =>
    new DataLoader(async (codes) => {
      const wanted = new Set<string>();
      for (const c of codes) {
        if (c.length === 12) wanted.add(c);
        for (const a of ancestorCodes(c)) wanted.add(a);
      }
      const gridCodes = codes.filter((c) => c.length === 15);
      const [regions, grids] = await Promise.all([
        this.dataSource.manager.find(RegionEntity, {
          select: { code: true, name: true },
          where: { code: In([...wanted]) },
        }),
        gridCodes.length
          ? this.dataSource.manager.find(GridEntity, {
              select: { code: true, name: true },
              where: { code: In(gridCodes) },
            })
          : [],
      ]);
      const names = new Map<string, string>();
      for (const r of regions) names.set(r.code, r.name);
      for (const g of grids) names.set(g.code, g.name);
      return codes.map((c) =>
        [...ancestorCodes(c).reverse(), c]
          .map((a) => names.get(a))
          .filter((n): n is string => !!n)
          .join(''),
      );
    });

  /** Children of a node: regions, or a village's grids (unfiltered; callers filter by scope). */
  readonly childrenByParent: LoaderFactory<string, RegionModel[]> = () =>
    new DataLoader(async (parents) => {
      const [regions, grids] = await Promise.all([
        this.dataSource.manager.find(RegionEntity, {
          where: { parentCode: In([...parents]) },
          order: { sort: 'ASC', code: 'ASC' },
        }),
        this.dataSource.manager.find(GridEntity, {
          where: { villageCode: In(parents.filter((p) => p.length === 12)) },
          order: { code: 'ASC' },
        }),
      ]);
      const byParent = new Map<string, RegionModel[]>(parents.map((p) => [p, []]));
      for (const r of regions) byParent.get(r.parentCode ?? '')?.push(toRegionModel(r));
      for (const g of grids) byParent.get(g.villageCode)?.push(gridAsRegion(g));
      return parents.map((p) => byParent.get(p) ?? []);
    });

  readonly gridByCode: LoaderFactory<string, GridEntity | null> = () =>
    new DataLoader(async (codes) => {
      const grids = await this.dataSource.manager.findBy(GridEntity, { code: In([...codes]) });
      const byCode = new Map(grids.map((g) => [g.code, g]));
      return codes.map((c) => byCode.get(c) ?? null);
    });

  /** Active members of each household, head first. */
  readonly membersByHousehold: LoaderFactory<string, MemberEntity[]> = () =>
    new DataLoader(async (householdIds) => {
      const members = await this.dataSource.manager
        .createQueryBuilder(MemberEntity, 'm')
        .where('m.household_id IN (:...ids)', { ids: householdIds })
        .andWhere('m.active')
        .orderBy('m.relation', 'ASC') // enum order: HEAD first
        .addOrderBy('m.created_at', 'ASC')
        .addOrderBy('m.name', 'ASC')
        .getMany();
      const byHousehold = new Map<string, MemberEntity[]>(householdIds.map((id) => [id, []]));
      for (const m of members) byHousehold.get(m.householdId)?.push(m);
      return householdIds.map((id) => byHousehold.get(id) ?? []);
    });

  /** Shortcut for resolvers. */
  load<K, V>(ctx: RequestContext, factory: LoaderFactory<K, V>): DataLoader<K, V> {
    return ctx.loader(factory);
  }
}
