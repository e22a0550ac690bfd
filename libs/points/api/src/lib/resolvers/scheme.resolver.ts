import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, Public, RequestContext } from '@xiangzhi/server/core';
import {
  AdaptPointsSchemeInput,
  CreatePointsSchemeInput,
  DecidePointsSchemeArgs,
  PublicSchemeArgs,
  RejectPointsSchemeArgs,
  SchemeDiffArgs,
  SchemeIdArgs,
  SchemeInForceArgs,
  SchemeVersionsArgs,
  SubmitPointsSchemeArgs,
  UpdatePointsSchemeDraftInput,
} from '../dto/scheme.input';
import { PublicSchemeModel, SchemeDiffModel, SchemeVersionModel, SchemeVersionPageModel } from '../models/scheme.model';
import { SchemeService } from '../services/scheme.service';

@Resolver(() => SchemeVersionModel)
export class SchemeResolver {
  constructor(private readonly schemes: SchemeService) {}

  @Query(() => SchemeVersionModel, {
    nullable: true,
    description: "The version in force for a village and year: the village's adaptation, else its town's scheme.",
  })
  @Allow(Permission.POINTS_READ)
  pointsSchemeInForce(@Ctx() ctx: RequestContext, @Args() args: SchemeInForceArgs): Promise<SchemeVersionModel | null> {
    return this.schemes.schemeInForce(ctx, args.villageCode, args.year);
  }

  @Query(() => SchemeVersionModel)
  @Allow(Permission.POINTS_READ)
  pointsScheme(@Ctx() ctx: RequestContext, @Args() args: SchemeIdArgs): Promise<SchemeVersionModel> {
    return this.schemes.get(ctx, args.id);
  }

  @Query(() => SchemeVersionPageModel, { description: 'Versions of a town or village, newest first.' })
  @Allow(Permission.POINTS_READ)
  pointsSchemeVersions(@Ctx() ctx: RequestContext, @Args() args: SchemeVersionsArgs): Promise<SchemeVersionPageModel> {
    return this.schemes.versions(ctx, args.regionCode, args.year, args);
  }

  @Query(() => SchemeDiffModel, { description: 'Items added, removed and changed, and parameters changed.' })
  @Allow(Permission.POINTS_READ)
  pointsSchemeDiff(@Ctx() ctx: RequestContext, @Args() args: SchemeDiffArgs): Promise<SchemeDiffModel> {
    return this.schemes.diff(ctx, args.fromId, args.toId);
  }

  @Query(() => PublicSchemeModel, { description: 'Public: the scheme in force for a village and its history.' })
  @Public()
  publicPointsScheme(@Args() args: PublicSchemeArgs): Promise<PublicSchemeModel> {
    return this.schemes.publicScheme(args.villageCode, args.year);
  }

  @Mutation(() => SchemeVersionModel, {
    description: "A town's new draft: from a preset, or a copy of the version in force.",
  })
  @Allow(Permission.POINTS_SCHEME_MANAGE)
  createPointsScheme(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreatePointsSchemeInput,
  ): Promise<SchemeVersionModel> {
    return this.schemes.create(ctx, input);
  }

  @Mutation(() => SchemeVersionModel, { description: "A village's draft adapting the town's version in force." })
  @Allow(Permission.POINTS_SCHEME_ADAPT)
  adaptPointsScheme(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AdaptPointsSchemeInput,
  ): Promise<SchemeVersionModel> {
    return this.schemes.adapt(ctx, input);
  }

  @Mutation(() => SchemeVersionModel)
  @Allow(Permission.POINTS_SCHEME_EDIT)
  updatePointsSchemeDraft(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdatePointsSchemeDraftInput,
  ): Promise<SchemeVersionModel> {
    return this.schemes.updateDraft(ctx, input);
  }

  @Mutation(() => SchemeVersionModel, {
    description: 'Submits a draft; a village adaptation under a filing-only town scheme is in force at once.',
  })
  @Allow(Permission.POINTS_SCHEME_EDIT)
  submitPointsScheme(@Ctx() ctx: RequestContext, @Args() args: SubmitPointsSchemeArgs): Promise<SchemeVersionModel> {
    return this.schemes.submit(ctx, args.id, args.changeReason);
  }

  @Mutation(() => SchemeVersionModel, { description: 'The town approves a submitted version: it is in force.' })
  @Allow(Permission.POINTS_SCHEME_MANAGE)
  approvePointsScheme(@Ctx() ctx: RequestContext, @Args() args: DecidePointsSchemeArgs): Promise<SchemeVersionModel> {
    return this.schemes.approve(ctx, args.id, args.reason);
  }

  @Mutation(() => SchemeVersionModel)
  @Allow(Permission.POINTS_SCHEME_MANAGE)
  rejectPointsScheme(@Ctx() ctx: RequestContext, @Args() args: RejectPointsSchemeArgs): Promise<SchemeVersionModel> {
    return this.schemes.reject(ctx, args.id, args.reason);
  }
}
