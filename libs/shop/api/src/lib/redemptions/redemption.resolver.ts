import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@xiangzhi/server/core';
import {
  IssueLedgerArgs,
  RedeemInput,
  ReverseRedemptionArgs,
  ShopHouseholdArgs,
  ShopHouseholdSearchArgs,
} from './redemption.input';
import { IssueLedgerTotalsModel, RedemptionModel, RedemptionPageModel, ShopHouseholdModel } from './redemption.model';
import { RedemptionsService } from './redemptions.service';

@Resolver(() => RedemptionModel)
export class RedemptionResolver {
  constructor(private readonly redemptions: RedemptionsService) {}

  @Query(() => ShopHouseholdModel, {
    description: 'A household at the counter (by scanned card or id): what it may exchange and why.',
  })
  @Allow(Permission.SHOP_REDEEM)
  shopHousehold(@Ctx() ctx: RequestContext, @Args() args: ShopHouseholdArgs) {
    return this.redemptions.household(ctx, args);
  }

  @Query(() => [ShopHouseholdModel], {
    description: 'Households of the served villages by card number or head’s name (at most 20).',
  })
  @Allow(Permission.SHOP_REDEEM)
  searchShopHouseholds(@Ctx() ctx: RequestContext, @Args() args: ShopHouseholdSearchArgs) {
    return this.redemptions.searchHouseholds(ctx, args.shopId, args.text);
  }

  @Mutation(() => RedemptionModel, {
    description: 'Exchange points for a basket: points and stock taken in one transaction.',
  })
  @Allow(Permission.SHOP_REDEEM)
  redeemPoints(@Ctx() ctx: RequestContext, @Args('input') input: RedeemInput) {
    return this.redemptions.redeem(ctx, input);
  }

  @Mutation(() => RedemptionModel, { description: 'Reverse a mistaken redemption: points and stock given back.' })
  @Allow(Permission.SHOP_REVERSE)
  reverseRedemption(@Ctx() ctx: RequestContext, @Args() args: ReverseRedemptionArgs) {
    return this.redemptions.reverse(ctx, args.id, args.reason, args.clientKey);
  }

  @Query(() => RedemptionModel)
  @Allow(Permission.SHOP_READ)
  redemption(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.redemptions.get(ctx, id);
  }

  @Query(() => RedemptionPageModel, { description: 'The issue ledger (兑换领取台账) of a shop for a period.' })
  @Allow(Permission.SHOP_READ)
  issueLedger(@Ctx() ctx: RequestContext, @Args() args: IssueLedgerArgs) {
    return this.redemptions.ledger(ctx, args);
  }

  @Query(() => IssueLedgerTotalsModel, { description: 'Totals of the issue ledger for a period, net of reversals.' })
  @Allow(Permission.SHOP_READ)
  issueLedgerTotals(@Ctx() ctx: RequestContext, @Args() args: IssueLedgerArgs) {
    return this.redemptions.totals(ctx, args.shopId, args.from, args.to);
  }
}
