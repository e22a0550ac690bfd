import { registerEnumType } from '@nestjs/graphql';

/** Kinds of stock movements (mirrors STOCK_MOVEMENT_KINDS of @xiangzhi/shop/util). */
export enum StockMovementKindValue {
  STOCK_IN = 'STOCK_IN',
  REDEMPTION = 'REDEMPTION',
  REVERSAL = 'REVERSAL',
  STOCKTAKE = 'STOCKTAKE',
}
registerEnumType(StockMovementKindValue, { name: 'StockMovementKind' });

/** Kinds of funds ledger entries (mirrors FUND_ENTRY_KINDS). */
export enum FundEntryKindValue {
  ALLOCATION = 'ALLOCATION',
  DONATION = 'DONATION',
  COLLECTIVE_INCOME = 'COLLECTIVE_INCOME',
  STOCK_PURCHASE = 'STOCK_PURCHASE',
  OTHER_SPENDING = 'OTHER_SPENDING',
  CORRECTION = 'CORRECTION',
}
registerEnumType(FundEntryKindValue, { name: 'FundEntryKind' });

/** Where money comes from (mirrors FUND_SOURCES). */
export enum FundSourceValue {
  ALLOCATION = 'ALLOCATION',
  DONATION = 'DONATION',
  COLLECTIVE_INCOME = 'COLLECTIVE_INCOME',
}
registerEnumType(FundSourceValue, { name: 'FundSource' });
