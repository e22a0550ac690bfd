import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@xiangzhi/server/core';
import { AdmitHouseholdInput, CreateHouseholdInput, UpdateHouseholdInput } from '../dto/household.input';
import { HouseholdArgs, HouseholdByCardArgs, HouseholdHistoryArgs, HouseholdsArgs } from '../dto/households.args';
import { RegistryLoaders } from '../loaders/registry.loaders';
import { toGridModel, toMemberModel } from '../mappers/registry.mappers';
import { GridModel } from '../models/grid.model';
import { HouseholdChangePageModel } from '../models/household-change.model';
import { HouseholdModel, HouseholdPageModel } from '../models/household.model';
import { MemberModel } from '../models/member.model';
import { RegionModel } from '../models/region.model';
import { RegionLevelValue } from '../registry.enums';
import { HouseholdHistoryService } from '../services/household-history.service';
import { HouseholdService } from '../services/household.service';

@Resolver(() => HouseholdModel)
export class HouseholdResolver {
  constructor(
    private readonly householdService: HouseholdService,
    private readonly historyService: HouseholdHistoryService,
    private readonly loaders: RegistryLoaders,
  ) {}

  @Query(() => HouseholdPageModel)
  @Allow(Permission.HOUSEHOLD_READ)
  households(@Ctx() ctx: RequestContext, @Args() args: HouseholdsArgs): Promise<HouseholdPageModel> {
    return this.householdService.list(ctx, args.filter, args);
  }

  @Query(() => HouseholdModel)
  @Allow(Permission.HOUSEHOLD_READ)
  household(@Ctx() ctx: RequestContext, @Args() args: HouseholdArgs): Promise<HouseholdModel> {
    return this.householdService.get(ctx, args.id);
  }

  @Query(() => HouseholdModel, { description: 'By card number or the text of its QR code.' })
  @Allow(Permission.HOUSEHOLD_READ)
  householdByCard(@Ctx() ctx: RequestContext, @Args() args: HouseholdByCardArgs): Promise<HouseholdModel> {
    return this.householdService.byCard(ctx, args.cardNumber);
  }

  @Query(() => HouseholdChangePageModel, { description: 'History of a household, newest first.' })
  @Allow(Permission.HOUSEHOLD_READ)
  householdHistory(@Ctx() ctx: RequestContext, @Args() args: HouseholdHistoryArgs): Promise<HouseholdChangePageModel> {
    return this.historyService.list(ctx, args.householdId, args);
  }

  @Mutation(() => HouseholdModel)
  @Allow(Permission.HOUSEHOLD_WRITE)
  createHousehold(@Ctx() ctx: RequestContext, @Args('input') input: CreateHouseholdInput): Promise<HouseholdModel> {
    return this.householdService.create(ctx, input);
  }

  @Mutation(() => HouseholdModel)
  @Allow(Permission.HOUSEHOLD_WRITE)
  updateHousehold(@Ctx() ctx: RequestContext, @Args('input') input: UpdateHouseholdInput): Promise<HouseholdModel> {
    return this.householdService.update(ctx, input);
  }

  @Mutation(() => HouseholdModel, { description: 'Admission of a non-local household by the village committee.' })
  @Allow(Permission.HOUSEHOLD_ADMIT)
  admitHousehold(@Ctx() ctx: RequestContext, @Args('input') input: AdmitHouseholdInput): Promise<HouseholdModel> {
    return this.householdService.admit(ctx, input);
  }

  @ResolveField(() => MemberModel, { nullable: true })
  async head(@Ctx() ctx: RequestContext, @Parent() h: HouseholdModel): Promise<MemberModel | null> {
    const members = await ctx.loader(this.loaders.membersByHousehold).load(h.id);
    const head = members.find((m) => m.id === h.headMemberId);
    return head ? toMemberModel(head) : null;
  }

  @ResolveField(() => [MemberModel], { description: 'Active members, head first.' })
  async members(@Ctx() ctx: RequestContext, @Parent() h: HouseholdModel): Promise<MemberModel[]> {
    return (await ctx.loader(this.loaders.membersByHousehold).load(h.id)).map(toMemberModel);
  }

  @ResolveField(() => Int)
  async memberCount(@Ctx() ctx: RequestContext, @Parent() h: HouseholdModel): Promise<number> {
    return (await ctx.loader(this.loaders.membersByHousehold).load(h.id)).length;
  }

  @ResolveField(() => RegionModel)
  async village(@Ctx() ctx: RequestContext, @Parent() h: HouseholdModel): Promise<RegionModel> {
    const region = await ctx.loader(this.loaders.regionByCode).load(h.regionCode);
    // the foreign key guarantees the village; the fallback only keeps the non-null field total
    return region ?? { code: h.regionCode, name: h.regionCode, level: RegionLevelValue.VILLAGE, parentCode: null };
  }

  @ResolveField(() => GridModel, { nullable: true })
  async grid(@Ctx() ctx: RequestContext, @Parent() h: HouseholdModel): Promise<GridModel | null> {
    if (!h.gridCode) return null;
    const grid = await ctx.loader(this.loaders.gridByCode).load(h.gridCode);
    return grid ? toGridModel(grid) : null;
  }
}
