import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@xiangzhi/server/core';
import { FundEntriesArgs, RecordFundEntryInput, ReverseFundEntryArgs, VillageFundsArgs } from './funds.input';
import { FundEntryModel, FundEntryPageModel, VillageFundsModel } from './funds.model';
import { FundsService } from './funds.service';

@Resolver(() => FundEntryModel)
export class FundsResolver {
  constructor(private readonly funds: FundsService) {}

  @Mutation(() => FundEntryModel, {
    description: 'Record an allocation, donation, collective income or other spending in a village’s funds ledger.',
  })
  @Allow(Permission.FUNDS_MANAGE)
  recordFundEntry(@Ctx() ctx: RequestContext, @Args('input') input: RecordFundEntryInput) {
    return this.funds.record(ctx, input);
  }

  @Mutation(() => FundEntryModel, { description: 'Correct a funds entry by a reversing entry (once).' })
  @Allow(Permission.FUNDS_MANAGE)
  reverseFundEntry(@Ctx() ctx: RequestContext, @Args() args: ReverseFundEntryArgs) {
    return this.funds.reverse(ctx, args.id, args.reason, args.clientKey);
  }

  @Query(() => FundEntryPageModel, { description: 'A village’s funds ledger (经费台账), newest first.' })
  @Allow(Permission.SHOP_READ)
  fundEntries(@Ctx() ctx: RequestContext, @Args() args: FundEntriesArgs) {
    return this.funds.list(ctx, args);
  }

  @Query(() => VillageFundsModel, { description: 'A village’s funds left per source beside its points liability.' })
  @Allow(Permission.SHOP_READ)
  villageFunds(@Ctx() ctx: RequestContext, @Args() args: VillageFundsArgs) {
    return this.funds.villageFunds(ctx, args.villageCode);
  }
}
