import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@xiangzhi/server/core';
import { HouseholdModel, MemberModel, StoredFileModel } from '@xiangzhi/registry/api';
import {
  ApprovalQueueArgs,
  ApprovePointsEntriesInput,
  EntryArgs,
  HouseholdEntriesArgs,
  HouseholdStandingArgs,
  RecordPointsEntriesInput,
  RecordPointsEntryInput,
  ReversePointsEntryArgs,
  ReviewPointsEntriesInput,
  VillageEntriesArgs,
  VillageRankingArgs,
} from '../dto/entry.input';
import { PointsLoaders } from '../loaders/points.loaders';
import {
  EntryEventModel,
  EntryModel,
  EntryPageModel,
  HouseholdStandingModel,
  PointsActorModel,
  RecordedEntriesModel,
  VillageRankingModel,
} from '../models/entry.model';
import { EntriesService } from '../services/entries.service';

@Resolver(() => EntryModel)
export class EntryResolver {
  constructor(
    private readonly entries: EntriesService,
    private readonly loaders: PointsLoaders,
  ) {}

  @Query(() => EntryPageModel, { description: "The review queue: a village's entries by status and month." })
  @Allow(Permission.POINTS_READ)
  pointsEntries(@Ctx() ctx: RequestContext, @Args() args: VillageEntriesArgs): Promise<EntryPageModel> {
    return this.entries.villageEntries(ctx, args, args);
  }

  @Query(() => EntryPageModel, { description: "The town approval queue: reviewed entries of the town's villages." })
  @Allow(Permission.POINTS_APPROVE)
  pointsApprovalQueue(@Ctx() ctx: RequestContext, @Args() args: ApprovalQueueArgs): Promise<EntryPageModel> {
    return this.entries.approvalQueue(ctx, args.townCode, args, args);
  }

  @Query(() => EntryModel, { description: 'The staff view of an entry.' })
  @Allow(Permission.POINTS_READ)
  pointsEntry(@Ctx() ctx: RequestContext, @Args() args: EntryArgs): Promise<EntryModel> {
    return this.entries.get(ctx, args.id);
  }

  @Query(() => EntryPageModel)
  @Allow(Permission.POINTS_READ)
  householdPointsEntries(@Ctx() ctx: RequestContext, @Args() args: HouseholdEntriesArgs): Promise<EntryPageModel> {
    return this.entries.householdEntries(ctx, args.householdId, args);
  }

  @Query(() => HouseholdStandingModel)
  @Allow(Permission.POINTS_READ)
  householdPointsStanding(
    @Ctx() ctx: RequestContext,
    @Args() args: HouseholdStandingArgs,
  ): Promise<HouseholdStandingModel> {
    return this.entries.standing(ctx, args.householdId, args.year, args.asOf);
  }

  @Query(() => VillageRankingModel)
  @Allow(Permission.POINTS_READ)
  pointsVillageRanking(@Ctx() ctx: RequestContext, @Args() args: VillageRankingArgs): Promise<VillageRankingModel> {
    return this.entries.ranking(ctx, args.villageCode, args.year, args.fromMonth, args.toMonth);
  }

  @Mutation(() => EntryModel, { description: 'Records an entry (idempotent by the client key).' })
  @Allow(Permission.POINTS_RECORD)
  recordPointsEntry(@Ctx() ctx: RequestContext, @Args('input') input: RecordPointsEntryInput): Promise<EntryModel> {
    return this.entries.record(ctx, input);
  }

  @Mutation(() => RecordedEntriesModel, { description: 'One item for many households (idempotent by the client key).' })
  @Allow(Permission.POINTS_RECORD)
  recordPointsEntries(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordPointsEntriesInput,
  ): Promise<RecordedEntriesModel> {
    return this.entries.recordBulk(ctx, input);
  }

  @Mutation(() => [EntryModel], { description: 'The village review group approves or rejects recorded entries.' })
  @Allow(Permission.POINTS_REVIEW)
  reviewPointsEntries(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ReviewPointsEntriesInput,
  ): Promise<EntryModel[]> {
    return this.entries.review(ctx, input);
  }

  @Mutation(() => [EntryModel], { description: 'The town approval group approves reviewed entries.' })
  @Allow(Permission.POINTS_APPROVE)
  approvePointsEntries(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ApprovePointsEntriesInput,
  ): Promise<EntryModel[]> {
    return this.entries.approve(ctx, input);
  }

  @Mutation(() => EntryModel, { description: 'A correction: the reversing entry of an approved entry.' })
  @Allow(Permission.POINTS_APPROVE)
  reversePointsEntry(@Ctx() ctx: RequestContext, @Args() args: ReversePointsEntryArgs): Promise<EntryModel> {
    return this.entries.reverseByStaff(ctx, args.id, args.reason);
  }

  @ResolveField(() => HouseholdModel, { nullable: true })
  household(@Ctx() ctx: RequestContext, @Parent() e: EntryModel): Promise<HouseholdModel | null> {
    return ctx.loader(this.loaders.householdById).load(e.householdId);
  }

  @ResolveField(() => MemberModel, { nullable: true })
  async member(@Ctx() ctx: RequestContext, @Parent() e: EntryModel): Promise<MemberModel | null> {
    return e.memberId ? ctx.loader(this.loaders.memberById).load(e.memberId) : null;
  }

  @ResolveField(() => [StoredFileModel], { description: 'Evidence photos and documents.' })
  async evidence(@Ctx() ctx: RequestContext, @Parent() e: EntryModel): Promise<StoredFileModel[]> {
    const files = await ctx.loader(this.loaders.fileById).loadMany(e.evidenceFileIds);
    return files.filter((f): f is StoredFileModel => !!f && !(f instanceof Error));
  }

  @ResolveField(() => PointsActorModel, { nullable: true })
  recorder(@Ctx() ctx: RequestContext, @Parent() e: EntryModel): Promise<PointsActorModel | null> {
    return this.user(ctx, e.recordedBy);
  }

  @ResolveField(() => PointsActorModel, { nullable: true })
  reviewer(@Ctx() ctx: RequestContext, @Parent() e: EntryModel): Promise<PointsActorModel | null> {
    return this.user(ctx, e.reviewedBy);
  }

  @ResolveField(() => PointsActorModel, { nullable: true })
  approver(@Ctx() ctx: RequestContext, @Parent() e: EntryModel): Promise<PointsActorModel | null> {
    return this.user(ctx, e.approvedBy);
  }

  @ResolveField(() => [EntryEventModel], { description: 'Every step, oldest first.' })
  events(@Ctx() ctx: RequestContext, @Parent() e: EntryModel): Promise<EntryEventModel[]> {
    return ctx.loader(this.loaders.eventsByEntry).load(e.id);
  }

  @ResolveField(() => [EntryModel], { description: 'Reversing entries written later.' })
  reversals(@Ctx() ctx: RequestContext, @Parent() e: EntryModel): Promise<EntryModel[]> {
    return ctx.loader(this.loaders.reversalsByEntry).load(e.id);
  }

  private async user(ctx: RequestContext, id: string | null): Promise<PointsActorModel | null> {
    if (!id) return null;
    return ctx.loader(this.loaders.userById).load(id);
  }
}
