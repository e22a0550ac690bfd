import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, Public, RequestContext } from '@xiangzhi/server/core';
import {
  AddPointsListingInput,
  AwardCheckArgs,
  CardCheckArgs,
  ListingsArgs,
  PublicListingsArgs,
  RevokePointsListingArgs,
  YearArgs,
} from './results.args';
import {
  AwardCheckModel,
  ListingModel,
  ListingPageModel,
  PublicHouseholdPointsModel,
  PublicListingModel,
  YearCloseModel,
  YearClosePreviewModel,
} from './results.models';
import { PublicHouseholdService } from './public-household.service';
import { ResultsService } from './results.service';

@Resolver()
export class ResultsResolver {
  constructor(
    private readonly results: ResultsService,
    private readonly publicHousehold: PublicHouseholdService,
  ) {}

  @Mutation(() => ListingModel, { description: 'Puts a household on the red list (红榜) or the black list (黑榜).' })
  @Allow(Permission.POINTS_LIST_MANAGE)
  addPointsListing(@Ctx() ctx: RequestContext, @Args('input') input: AddPointsListingInput) {
    return this.results.addListing(ctx, input);
  }

  @Mutation(() => ListingModel, { description: 'Takes a household off a list early, with the reason.' })
  @Allow(Permission.POINTS_LIST_MANAGE)
  revokePointsListing(@Ctx() ctx: RequestContext, @Args() args: RevokePointsListingArgs) {
    return this.results.revokeListing(ctx, args.id, args.reason);
  }

  @Query(() => ListingPageModel)
  @Allow(Permission.POINTS_READ)
  pointsListings(@Ctx() ctx: RequestContext, @Args() args: ListingsArgs) {
    return this.results.listings(ctx, args.villageCode, args.kind, args.first, args.offset);
  }

  @Query(() => [PublicListingModel], { description: "Public: the village's red and black lists today." })
  @Public()
  publicPointsListings(@Args() args: PublicListingsArgs) {
    return this.results.publicListings(args.villageCode);
  }

  @Query(() => [AwardCheckModel], {
    description: 'Whether households may be nominated for an award under the scheme in force (评先选优).',
  })
  @Allow(Permission.POINTS_READ)
  pointsAwardCheck(@Ctx() ctx: RequestContext, @Args() args: AwardCheckArgs) {
    return this.results.awardCheck(ctx, args.villageCode, args.year, args.householdIds);
  }

  @Query(() => YearClosePreviewModel, { description: "A village's year close, previewed (nothing is written)." })
  @Allow(Permission.POINTS_YEAR_CLOSE)
  pointsYearClosePreview(@Ctx() ctx: RequestContext, @Args() args: YearArgs) {
    return this.results.yearClosePreview(ctx, args.regionCode, args.year);
  }

  @Mutation(() => [YearCloseModel], { description: 'Closes a year for a village or every village of a town.' })
  @Allow(Permission.POINTS_YEAR_CLOSE)
  closePointsYear(@Ctx() ctx: RequestContext, @Args() args: YearArgs) {
    return this.results.closeYear(ctx, args.regionCode, args.year);
  }

  @Query(() => PublicHouseholdPointsModel, {
    description: "Public: a household's own entries and objections, after the card number and phone check.",
  })
  @Public()
  publicHouseholdPoints(@Ctx() ctx: RequestContext, @Args() args: CardCheckArgs) {
    return this.publicHousehold.view(ctx, args.cardNumber, args.phoneLast4);
  }
}
