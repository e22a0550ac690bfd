import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@xiangzhi/server/core';
import { PortalShopsArgs, PortalVillageFundsArgs } from './disclosure.args';
import { PublicShopModel, PublicVillageFundsModel } from './disclosure.model';
import { DisclosureService } from './disclosure.service';

@Resolver(() => PublicShopModel)
export class DisclosureResolver {
  constructor(private readonly disclosure: DisclosureService) {}

  @Query(() => [PublicShopModel], {
    description: 'Public: the active shops serving a village, their 六有, price list and quarterly issue totals.',
  })
  @Public()
  portalShops(@Args() args: PortalShopsArgs) {
    return this.disclosure.shops(args.villageCode);
  }

  @Query(() => PublicVillageFundsModel, {
    nullable: true,
    description: 'Public: a village’s funds ledger disclosed by quarter, with its points liability.',
  })
  @Public()
  portalVillageFunds(@Args() args: PortalVillageFundsArgs) {
    return this.disclosure.villageFunds(args.villageCode, args.year);
  }
}
