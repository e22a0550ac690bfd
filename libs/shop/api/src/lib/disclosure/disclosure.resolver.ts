import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@xiangzhi/server/core';
import { PortalShopsArgs, PortalVillageFundsArgs } from './disclosure.args';
import { PublicShopModel, PublicShopPageModel, PublicVillageFundsModel } from './disclosure.model';
import { DisclosureService } from './disclosure.service';

@Resolver(() => PublicShopModel)
export class DisclosureResolver {
  constructor(private readonly disclosure: DisclosureService) {}

  @Query(() => PublicShopPageModel, {
    description:
      'Public: a page of the active shops serving a village (by name), their 六有, price list and quarterly issue totals.',
  })
  @Public()
  portalShops(@Args() args: PortalShopsArgs) {
    return this.disclosure.shops(args.villageCode, args.first, args.offset);
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
