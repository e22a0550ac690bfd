import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@xiangzhi/server/core';
import { ShopOperatorArgs, ShopInput, ShopsArgs, UpdateShopInput } from './shop.input';
import { ShopModel, ShopOperatorModel, ShopPageModel } from './shop.model';
import { ShopsService } from './shops.service';
import { toShopModel } from './shop.mapper';
import { ShopLoaders } from '../shop.loaders';

@Resolver(() => ShopModel)
export class ShopResolver {
  constructor(
    private readonly service: ShopsService,
    private readonly loaders: ShopLoaders,
  ) {}

  @Mutation(() => ShopModel, { description: 'Set up a points shop for one village or several neighbouring villages.' })
  @Allow(Permission.SHOP_MANAGE)
  async createShop(@Ctx() ctx: RequestContext, @Args('input') input: ShopInput) {
    return toShopModel(await this.service.create(ctx, input));
  }

  @Mutation(() => ShopModel, { description: 'Change a shop, its 六有 record, or close it.' })
  @Allow(Permission.SHOP_MANAGE)
  async updateShop(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateShopInput,
  ) {
    return toShopModel(await this.service.update(ctx, id, input));
  }

  @Mutation(() => ShopModel, { description: 'Bind a SHOP_OPERATOR user to a shop.' })
  @Allow(Permission.SHOP_MANAGE)
  async bindShopOperator(@Ctx() ctx: RequestContext, @Args() args: ShopOperatorArgs) {
    return toShopModel(await this.service.bindOperator(ctx, args.shopId, args.userId));
  }

  @Mutation(() => ShopModel, { description: 'Unbind an operator from a shop.' })
  @Allow(Permission.SHOP_MANAGE)
  async unbindShopOperator(@Ctx() ctx: RequestContext, @Args() args: ShopOperatorArgs) {
    return toShopModel(await this.service.unbindOperator(ctx, args.shopId, args.userId));
  }

  @Query(() => ShopPageModel)
  @Allow(Permission.SHOP_READ)
  async shops(@Ctx() ctx: RequestContext, @Args() args: ShopsArgs) {
    const page = await this.service.list(ctx, args.regionCode, args.first, args.offset);
    return { items: page.items.map(toShopModel), total: page.total };
  }

  @Query(() => ShopModel)
  @Allow(Permission.SHOP_READ)
  async shop(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return toShopModel(await this.service.get(ctx, id));
  }

  @ResolveField(() => [ShopOperatorModel])
  operators(@Ctx() ctx: RequestContext, @Parent() shop: ShopModel) {
    return this.loaders.operators(ctx).load(shop.id);
  }
}
