import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PointsModule } from '@xiangzhi/points/api';
import { shopEntities } from './entities';
import { GoodsResolver } from './goods/goods.resolver';
import { GoodsService } from './goods/goods.service';
import { RedemptionResolver } from './redemptions/redemption.resolver';
import { RedemptionsService } from './redemptions/redemptions.service';
import { ShopLoaders } from './shop.loaders';
import { ShopResolver } from './shops/shop.resolver';
import { ShopsService } from './shops/shops.service';
import { StockResolver } from './stock/stock.resolver';
import { StockService } from './stock/stock.service';
import { shopDocumentControllers, shopExtraProviders, shopExtraResolvers } from './shop-extra.wiring';

/** Resolvers of the shop domain (also used to emit the schema). */
export const shopResolvers = [ShopResolver, GoodsResolver, StockResolver, RedemptionResolver, ...shopExtraResolvers];

/** The points shop: shops and 六有, goods and prices, the stock ledger, redemption and reversal, funds and rounds. */
@Module({
  imports: [TypeOrmModule.forFeature(shopEntities), PointsModule],
  controllers: shopDocumentControllers,
  providers: [
    ...shopResolvers,
    ...shopExtraProviders,
    ShopLoaders,
    ShopsService,
    GoodsService,
    StockService,
    RedemptionsService,
  ],
  exports: [ShopsService, GoodsService, StockService, RedemptionsService],
})
export class ShopModule {}
