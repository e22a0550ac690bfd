import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@xiangzhi/server/core';
import { StockInInput, StockMovementsArgs, StocktakeInput } from './stock.input';
import { StockMovementModel, StockMovementPageModel } from './stock.model';
import { StockService } from './stock.service';

@Resolver(() => StockMovementModel)
export class StockResolver {
  constructor(private readonly stock: StockService) {}

  @Mutation(() => StockMovementModel, { description: 'Goods into stock (入库), charged to a village’s funds.' })
  @Allow(Permission.SHOP_STOCK)
  recordStockIn(@Ctx() ctx: RequestContext, @Args('input') input: StockInInput) {
    return this.stock.stockIn(ctx, input);
  }

  @Mutation(() => StockMovementModel, {
    description: 'A stocktake: the counted quantity; the difference is an adjustment entry.',
  })
  @Allow(Permission.SHOP_STOCK)
  recordStocktake(@Ctx() ctx: RequestContext, @Args('input') input: StocktakeInput) {
    return this.stock.stocktake(ctx, input);
  }

  @Query(() => StockMovementPageModel, { description: 'The stock ledger of a shop, newest first.' })
  @Allow(Permission.SHOP_READ)
  stockMovements(@Ctx() ctx: RequestContext, @Args() args: StockMovementsArgs) {
    return this.stock.movements(ctx, args);
  }
}
