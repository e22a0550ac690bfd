import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, Public, RequestContext } from '@xiangzhi/server/core';
import {
  DecideObjectionArgs,
  InvestigateObjectionArgs,
  ObjectionsArgs,
  PortalObjectionInput,
  StaffObjectionInput,
} from './objection.input';
import { ObjectionModel, ObjectionPageModel, PublicObjectionModel } from './objection.model';
import { ObjectionsService } from './objections.service';

@Resolver(() => ObjectionModel)
export class ObjectionResolver {
  constructor(private readonly objections: ObjectionsService) {}

  @Mutation(() => PublicObjectionModel, {
    description: 'Public: a resident objects to a board entry (or a missing one), proving the household by card.',
  })
  @Public()
  fileBoardObjection(@Ctx() ctx: RequestContext, @Args('input') input: PortalObjectionInput) {
    return this.objections.fileOnPortal(ctx, input);
  }

  @Mutation(() => ObjectionModel, { description: 'Staff record an objection brought to them.' })
  @Allow(Permission.POINTS_RECORD)
  recordPointsObjection(@Ctx() ctx: RequestContext, @Args('input') input: StaffObjectionInput) {
    return this.objections.fileByStaff(ctx, input);
  }

  @Mutation(() => ObjectionModel, { description: "The village review group's findings." })
  @Allow(Permission.POINTS_REVIEW)
  investigatePointsObjection(@Ctx() ctx: RequestContext, @Args() args: InvestigateObjectionArgs) {
    return this.objections.investigate(ctx, args.id, args.findings);
  }

  @Mutation(() => ObjectionModel, { description: "The town's decision: upheld (the entry is reversed) or dismissed." })
  @Allow(Permission.POINTS_APPROVE)
  decidePointsObjection(@Ctx() ctx: RequestContext, @Args() args: DecideObjectionArgs) {
    return this.objections.decide(ctx, args.id, args.decision, args.reason);
  }

  @Query(() => ObjectionPageModel)
  @Allow(Permission.POINTS_READ)
  pointsObjections(@Ctx() ctx: RequestContext, @Args() args: ObjectionsArgs) {
    return this.objections.list(ctx, args.regionCode, args.status, args.first, args.offset);
  }
}
