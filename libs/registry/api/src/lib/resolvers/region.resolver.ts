import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, Public, RequestContext } from '@xiangzhi/server/core';
import { CreateGridInput, UpdateGridInput } from '../dto/grid.input';
import { GridsArgs, PublicRegionsArgs, PublicVillageArgs, RegionArgs, RegionsArgs } from '../dto/regions.args';
import { RegistryLoaders } from '../loaders/registry.loaders';
import { GridModel } from '../models/grid.model';
import { PublicRegionModel, PublicVillageModel, RegionModel } from '../models/region.model';
import { RegionService } from '../services/region.service';

@Resolver(() => RegionModel)
export class RegionResolver {
  constructor(
    private readonly regionService: RegionService,
    private readonly loaders: RegistryLoaders,
  ) {}

  @Query(() => [RegionModel], { description: "The roots of the caller's scope." })
  @Allow(Permission.REGION_READ)
  myRegions(@Ctx() ctx: RequestContext): Promise<RegionModel[]> {
    return this.regionService.myRegions(ctx);
  }

  @Query(() => [RegionModel], { description: "Children of a node, limited to the caller's scope." })
  @Allow(Permission.REGION_READ)
  regions(@Ctx() ctx: RequestContext, @Args() args: RegionsArgs): Promise<RegionModel[]> {
    return this.regionService.children(ctx, args.parentCode);
  }

  @Query(() => RegionModel)
  @Allow(Permission.REGION_READ)
  region(@Ctx() ctx: RequestContext, @Args() args: RegionArgs): Promise<RegionModel> {
    return this.regionService.region(ctx, args.code);
  }

  @ResolveField(() => String)
  fullName(@Ctx() ctx: RequestContext, @Parent() region: RegionModel): Promise<string> {
    return ctx.loader(this.loaders.fullNameByCode).load(region.code);
  }

  @ResolveField(() => [RegionModel])
  children(@Ctx() ctx: RequestContext, @Parent() region: RegionModel): Promise<RegionModel[]> {
    return this.regionService.visibleChildren(ctx, region.code);
  }

  @Query(() => [GridModel])
  @Allow(Permission.REGION_READ)
  grids(@Ctx() ctx: RequestContext, @Args() args: GridsArgs): Promise<GridModel[]> {
    return this.regionService.grids(ctx, args.villageCode);
  }

  @Mutation(() => GridModel)
  @Allow(Permission.GRID_MANAGE)
  createGrid(@Ctx() ctx: RequestContext, @Args('input') input: CreateGridInput): Promise<GridModel> {
    return this.regionService.createGrid(ctx, input);
  }

  @Mutation(() => GridModel)
  @Allow(Permission.GRID_MANAGE)
  updateGrid(@Ctx() ctx: RequestContext, @Args('input') input: UpdateGridInput): Promise<GridModel> {
    return this.regionService.updateGrid(ctx, input);
  }

  @Query(() => [PublicRegionModel], { description: 'Public: children of a region (or the top), names and codes only.' })
  @Public()
  publicRegions(@Args() args: PublicRegionsArgs): Promise<PublicRegionModel[]> {
    return this.regionService.publicRegions(args.parentCode);
  }

  @Query(() => PublicVillageModel, { description: "Public: a village's names and counts." })
  @Public()
  publicVillage(@Ctx() ctx: RequestContext, @Args() args: PublicVillageArgs): Promise<PublicVillageModel> {
    return this.regionService.publicVillage(ctx, args.code);
  }
}
