import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@xiangzhi/server/core';
import { OperatorRatingsArgs, RateShopOperatorInput } from './ratings.input';
import { OperatorRatingModel, OperatorRatingPageModel } from './ratings.model';
import { RatingsService } from './ratings.service';

@Resolver(() => OperatorRatingModel)
export class RatingsResolver {
  constructor(private readonly ratings: RatingsService) {}

  @Mutation(() => OperatorRatingModel, {
    description: 'Rate a shop operator’s service for a year; with points, award them through the scheme (004).',
  })
  @Allow(Permission.SHOP_RATE)
  rateShopOperator(@Ctx() ctx: RequestContext, @Args('input') input: RateShopOperatorInput) {
    return this.ratings.rate(ctx, input);
  }

  @Query(() => OperatorRatingPageModel, { description: 'Ratings of a shop’s operators, newest first.' })
  @Allow(Permission.SHOP_READ)
  operatorRatings(@Ctx() ctx: RequestContext, @Args() args: OperatorRatingsArgs) {
    return this.ratings.list(ctx, args);
  }
}
