import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  FundSource,
  ShopConsoleRecordStockInGQL,
  ShopConsoleRecordStocktakeGQL,
  ShopConsoleStockMovementFragment,
  ShopConsoleStockMovementsGQL,
  StockInInput,
  StockMovementKind,
  StocktakeInput,
} from '../generated/graphql';
import { pageOffset, requiredData, runApi } from '@xiangzhi/shared/data-access';

export type ConsoleStockMovement = ShopConsoleStockMovementFragment;
export type ConsoleStockMovementKind = StockMovementKind;
export type ConsoleFundSource = FundSource;
/** A stock-in without its client key (the caller passes the key of the attempt). */
export type ConsoleStockInInput = Omit<StockInInput, 'clientKey'>;
export type ConsoleStocktakeInput = Omit<StocktakeInput, 'clientKey'>;

/** Every fund source of a stock-in, in the order the form offers them. */
export const CONSOLE_FUND_SOURCES: readonly FundSource[] = ['ALLOCATION', 'DONATION', 'COLLECTIVE_INCOME'];
/** Every kind of stock movement. */
export const CONSOLE_STOCK_MOVEMENT_KINDS: readonly StockMovementKind[] = [
  'STOCK_IN',
  'REDEMPTION',
  'REVERSAL',
  'STOCKTAKE',
];

/** Filters and page of the stock ledger. */
export interface StockLedgerQuery {
  shopId: string;
  goodsId: string | null;
  kind: StockMovementKind | null;
  pageIndex: number;
  pageSize: number;
}

/** The stock ledger of a shop (入库台账): movements, stock-in and stocktake (console). */
@Injectable({ providedIn: 'root' })
export class StockConsoleFacade {
  private readonly movementsGql = inject(ShopConsoleStockMovementsGQL);
  private readonly stockInGql = inject(ShopConsoleRecordStockInGQL);
  private readonly stocktakeGql = inject(ShopConsoleRecordStocktakeGQL);

  async movements(query: StockLedgerQuery): Promise<{ items: ConsoleStockMovement[]; total: number }> {
    const result = await runApi(() =>
      firstValueFrom(
        this.movementsGql.fetch({
          variables: {
            shopId: query.shopId,
            goodsId: query.goodsId,
            kind: query.kind,
            first: query.pageSize,
            offset: pageOffset(query.pageIndex, query.pageSize),
          },
          fetchPolicy: 'network-only',
        }),
      ),
    );
    return requiredData(result.data?.stockMovements);
  }

  /** Goods into stock; `clientKey` identifies the attempt (a retry sends the same key). */
  async stockIn(input: ConsoleStockInInput, clientKey: string): Promise<ConsoleStockMovement> {
    const result = await runApi(() =>
      firstValueFrom(this.stockInGql.mutate({ variables: { input: { ...input, clientKey } } })),
    );
    return requiredData(result.data?.recordStockIn);
  }

  /** A stocktake: the counted quantity; the answer is the adjustment entry. */
  async stocktake(input: ConsoleStocktakeInput, clientKey: string): Promise<ConsoleStockMovement> {
    const result = await runApi(() =>
      firstValueFrom(this.stocktakeGql.mutate({ variables: { input: { ...input, clientKey } } })),
    );
    return requiredData(result.data?.recordStocktake);
  }
}
