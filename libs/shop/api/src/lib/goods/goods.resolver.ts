import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@xiangzhi/server/core';
import { ShopLoaders } from '../shop.loaders';
import { ChangeGoodsPriceInput, CreateGoodsInput, GoodsArgs, GoodsPricesArgs, UpdateGoodsInput } from './goods.input';
import { GoodsModel, GoodsPageModel, GoodsPricePageModel } from './goods.model';
import { GoodsService } from './goods.service';

@Resolver(() => GoodsModel)
export class GoodsResolver {
  constructor(
    private readonly goods: GoodsService,
    private readonly loaders: ShopLoaders,
  ) {}

  @Mutation(() => GoodsModel, { description: 'List goods in a shop with their points and cost prices.' })
  @Allow(Permission.SHOP_MANAGE)
  createGoods(@Ctx() ctx: RequestContext, @Args('input') input: CreateGoodsInput) {
    return this.goods.create(ctx, input);
  }

  @Mutation(() => GoodsModel, { description: 'Change name, unit, photo, or take goods off the shelf.' })
  @Allow(Permission.SHOP_MANAGE)
  updateGoods(@Ctx() ctx: RequestContext, @Args('input') input: UpdateGoodsInput) {
    return this.goods.update(ctx, input);
  }

  @Mutation(() => GoodsModel, { description: 'A new price from now on (the old one stays in the history).' })
  @Allow(Permission.SHOP_MANAGE)
  changeGoodsPrice(@Ctx() ctx: RequestContext, @Args('input') input: ChangeGoodsPriceInput) {
    return this.goods.changePrice(ctx, input);
  }

  @Query(() => GoodsPageModel)
  @Allow(Permission.SHOP_READ)
  shopGoods(@Ctx() ctx: RequestContext, @Args() args: GoodsArgs) {
    return this.goods.list(ctx, args.shopId, args.includeInactive, args.first, args.offset);
  }

  @Query(() => GoodsPricePageModel)
  @Allow(Permission.SHOP_READ)
  goodsPriceHistory(@Ctx() ctx: RequestContext, @Args() args: GoodsPricesArgs) {
    return this.goods.prices(ctx, args.goodsId, args.first, args.offset);
  }

  @ResolveField(() => Int, { description: 'Units in stock: the sum of the stock ledger.' })
  stock(@Ctx() ctx: RequestContext, @Parent() g: GoodsModel) {
    return this.loaders.stock(ctx).load(g.id);
  }
}
