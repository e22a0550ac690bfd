import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@xiangzhi/server/core';
import { ExchangeRoundsArgs } from './rounds.args';
import { ExchangeRoundReportModel } from './rounds.model';
import { RoundsService } from './rounds.service';

@Resolver(() => ExchangeRoundReportModel)
export class RoundsResolver {
  constructor(private readonly rounds: RoundsService) {}

  @Query(() => [ExchangeRoundReportModel], {
    description: 'The exchange rounds of a town for a year: households redeeming against the target, by village.',
  })
  @Allow(Permission.SHOP_READ)
  exchangeRounds(@Ctx() ctx: RequestContext, @Args() args: ExchangeRoundsArgs) {
    return this.rounds.report(ctx, args.townCode, args.year);
  }
}
