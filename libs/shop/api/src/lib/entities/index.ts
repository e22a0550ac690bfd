import { FundEntryEntity } from './fund-entry.entity';
import { GoodsPriceEntity } from './goods-price.entity';
import { GoodsEntity } from './goods.entity';
import { OperatorRatingEntity } from './operator-rating.entity';
import { RedemptionLineEntity } from './redemption-line.entity';
import { RedemptionEntity } from './redemption.entity';
import { ShopOperatorEntity } from './shop-operator.entity';
import { ShopEntity } from './shop.entity';
import { StockMovementEntity } from './stock-movement.entity';

export {
  FundEntryEntity,
  GoodsPriceEntity,
  GoodsEntity,
  OperatorRatingEntity,
  RedemptionLineEntity,
  RedemptionEntity,
  ShopOperatorEntity,
  ShopEntity,
  StockMovementEntity,
};

/** Entities of the shop domain. */
export const shopEntities = [
  ShopEntity,
  ShopOperatorEntity,
  GoodsEntity,
  GoodsPriceEntity,
  StockMovementEntity,
  RedemptionEntity,
  RedemptionLineEntity,
  FundEntryEntity,
  OperatorRatingEntity,
];
