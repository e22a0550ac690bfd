import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  countyCodeOf,
  inTransaction,
  overlapsScope,
  Permission,
  regionLevel,
  RequestContext,
} from '@xiangzhi/server/core';
import { GridEntity } from '../entities/grid.entity';
import { HouseholdEntity } from '../entities/household.entity';
import { RegionEntity } from '../entities/region.entity';
import { RegistryLoaders } from '../loaders/registry.loaders';
import { toGridModel, toPublicRegionModel, toRegionModel } from '../mappers/registry.mappers';
import { GridModel } from '../models/grid.model';
import { PublicRegionModel, PublicVillageModel, RegionModel } from '../models/region.model';
import { CreateGridInput, UpdateGridInput } from '../dto/grid.input';
import { RegionLevelValue } from '../registry.enums';
import { RegistryErrors } from '../registry.errors';
import { scopeRootCode } from './scope';

/** The region tree and grids: browsing within scope, grid management, the public view. */
@Injectable()
export class RegionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: RegistryLoaders,
  ) {}

  /** The roots of the caller's scope (their region; a grid worker's grids). */
  async myRegions(ctx: RequestContext): Promise<RegionModel[]> {
    ctx.requirePermission(Permission.REGION_READ);
    const prefixes = ctx.scopePrefixes;
    if (prefixes.includes('')) {
      const tops = await this.dataSource.manager
        .createQueryBuilder(RegionEntity, 'r')
        .where('r.parent_code IS NULL OR NOT EXISTS (SELECT 1 FROM region p WHERE p.code = r.parent_code)')
        .orderBy('r.sort')
        .addOrderBy('r.code')
        .getMany();
      return tops.map(toRegionModel);
    }
    const roots = await ctx.loader(this.loaders.regionByCode).loadMany(prefixes.map(scopeRootCode));
    return roots.filter((r): r is RegionModel => !!r && !(r instanceof Error));
  }

  /** Children of a node in (or above) the caller's scope, limited to those that overlap it. */
  async children(ctx: RequestContext, parent: string): Promise<RegionModel[]> {
    ctx.requirePermission(Permission.REGION_READ);
    if (!overlapsScope(ctx, parent)) throw RegistryErrors.scope(parent);
    const node = await ctx.loader(this.loaders.regionByCode).load(parent);
    if (!node) throw RegistryErrors.regionNotFound(parent);
    return this.visibleChildren(ctx, parent);
  }

  /** Children of a node that overlap the caller's scope (used by Region.children too). */
  async visibleChildren(ctx: RequestContext, parent: string): Promise<RegionModel[]> {
    const all = await ctx.loader(this.loaders.childrenByParent).load(parent);
    return all.filter((c) => overlapsScope(ctx, c.code));
  }

  async region(ctx: RequestContext, code: string): Promise<RegionModel> {
    ctx.requirePermission(Permission.REGION_READ);
    if (!overlapsScope(ctx, code)) throw RegistryErrors.scope(code);
    const node = await ctx.loader(this.loaders.regionByCode).load(code);
    if (!node) throw RegistryErrors.regionNotFound(code);
    return node;
  }

  /** Grids of a village that the caller may see. */
  async grids(ctx: RequestContext, villageCode: string): Promise<GridModel[]> {
    ctx.requirePermission(Permission.REGION_READ);
    if (!overlapsScope(ctx, villageCode)) throw RegistryErrors.scope(villageCode);
    await this.requireVillage(this.dataSource.manager, villageCode);
    const grids = await this.dataSource.manager.find(GridEntity, { where: { villageCode }, order: { code: 'ASC' } });
    return grids.filter((g) => overlapsScope(ctx, g.code)).map(toGridModel);
  }

  async createGrid(ctx: RequestContext, input: CreateGridInput): Promise<GridModel> {
    ctx.requirePermission(Permission.GRID_MANAGE);
    ctx.assertInScope(input.villageCode);
    return inTransaction(this.dataSource, ctx, async (em) => {
      // the village row is locked so that two grids created at once get different numbers
      const village = await this.requireVillage(em, input.villageCode, true);
      let code = input.code ?? null;
      if (code) {
        if (!code.startsWith(village.code) || code.endsWith('000')) throw RegistryErrors.gridCodeInvalid(code);
        if (await em.existsBy(GridEntity, { code })) throw RegistryErrors.gridExists(code);
      } else {
        const last = await em
          .createQueryBuilder(GridEntity, 'g')
          .select('max(g.code)', 'max')
          .where('g.village_code = :v', { v: village.code })
          .getRawOne<{ max: string | null }>();
        const next = last?.max ? Number(last.max.slice(12)) + 1 : 1;
        if (next > 999) throw RegistryErrors.gridLimit(village.code);
        code = village.code + String(next).padStart(3, '0');
      }
      const grid = em.create(GridEntity, {
        code,
        villageCode: village.code,
        countyCode: countyCodeOf(village.code),
        name: input.name.trim(),
        leaderName: input.leaderName?.trim() || null,
        note: input.note?.trim() || null,
      });
      await em.insert(GridEntity, grid);
      ctx.note({ targetType: 'grid', targetId: code, regionCode: village.code, summary: { created: input.name } });
      return toGridModel(grid);
    });
  }

  async updateGrid(ctx: RequestContext, input: UpdateGridInput): Promise<GridModel> {
    ctx.requirePermission(Permission.GRID_MANAGE);
    ctx.assertInScope(input.code);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const grid = await em.findOne(GridEntity, { where: { code: input.code }, lock: { mode: 'pessimistic_write' } });
      if (!grid) throw RegistryErrors.gridNotFound(input.code);
      const before = { name: grid.name, leaderName: grid.leaderName, note: grid.note };
      if (input.name != null) grid.name = input.name.trim();
      if (input.leaderName !== undefined) grid.leaderName = input.leaderName?.trim() || null;
      if (input.note !== undefined) grid.note = input.note?.trim() || null;
      await em.update(
        GridEntity,
        { code: grid.code },
        { name: grid.name, leaderName: grid.leaderName, note: grid.note },
      );
      ctx.note({
        targetType: 'grid',
        targetId: grid.code,
        regionCode: grid.villageCode,
        summary: { before, after: { name: grid.name, leaderName: grid.leaderName, note: grid.note } },
      });
      return toGridModel(grid);
    });
  }

  /** The village row (optionally locked), or REGISTRY_REGION_NOT_FOUND / REGISTRY_REGION_NOT_VILLAGE. */
  async requireVillage(em: EntityManager, code: string, lock = false): Promise<RegionEntity> {
    if (code.length !== 12 || regionLevel(code) !== 'VILLAGE') throw RegistryErrors.notVillage(code);
    const village = await em.findOne(RegionEntity, {
      where: { code },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!village) throw RegistryErrors.regionNotFound(code);
    if (village.level !== RegionLevelValue.VILLAGE) throw RegistryErrors.notVillage(code);
    return village;
  }

  /** Public: children of a region (or the top of the tree), names and codes only; grids are not listed. */
  async publicRegions(parent: string | null | undefined): Promise<PublicRegionModel[]> {
    const qb = this.dataSource.manager.createQueryBuilder(RegionEntity, 'r').orderBy('r.sort').addOrderBy('r.code');
    if (parent) qb.where('r.parent_code = :parent', { parent });
    else qb.where('r.parent_code IS NULL OR NOT EXISTS (SELECT 1 FROM region p WHERE p.code = r.parent_code)');
    return (await qb.getMany()).map(toPublicRegionModel);
  }

  /** Public: a village's names and counts. */
  async publicVillage(ctx: RequestContext, code: string): Promise<PublicVillageModel> {
    const village = await this.requireVillage(this.dataSource.manager, code);
    const [fullName, gridCount, counts] = await Promise.all([
      ctx.loader(this.loaders.fullNameByCode).load(code),
      this.dataSource.manager.countBy(GridEntity, { villageCode: code }),
      this.dataSource.manager
        .createQueryBuilder(HouseholdEntity, 'h')
        .select('count(*)::int', 'all')
        .addSelect('(count(*) FILTER (WHERE h.participating))::int', 'participating')
        .where('h.region_code = :code', { code })
        .getRawOne<{ all: number; participating: number }>(),
    ]);
    return {
      code: village.code,
      name: village.name,
      fullName,
      gridCount,
      householdCount: counts?.all ?? 0,
      participatingHouseholdCount: counts?.participating ?? 0,
    };
  }
}
