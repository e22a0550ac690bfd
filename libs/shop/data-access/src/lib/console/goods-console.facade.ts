import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  ChangeGoodsPriceInput,
  CreateGoodsInput,
  ShopConsoleChangeGoodsPriceGQL,
  ShopConsoleCreateGoodsGQL,
  ShopConsoleGoodsFragment,
  ShopConsoleGoodsGQL,
  ShopConsolePriceHistoryGQL,
  ShopConsolePriceHistoryQuery,
  ShopConsoleUpdateGoodsGQL,
  UpdateGoodsInput,
} from '../generated/graphql';
import { pageOffset, requiredData, runApi } from '@xiangzhi/shared/data-access';

export type ConsoleGoods = ShopConsoleGoodsFragment;
export type ConsoleGoodsPrice = ShopConsolePriceHistoryQuery['goodsPriceHistory']['items'][number];
export type ConsoleCreateGoodsInput = CreateGoodsInput;
export type ConsoleUpdateGoodsInput = UpdateGoodsInput;
export type ConsoleChangePriceInput = ChangeGoodsPriceInput;

/** Goods of a shop: list with stock, create, edit, price changes and their history (console). */
/** The largest page the API serves (PageArgs: first ≤ 100). */
const GOODS_PAGE = 100;

@Injectable({ providedIn: 'root' })
export class GoodsConsoleFacade {
  private readonly goodsGql = inject(ShopConsoleGoodsGQL);
  private readonly createGql = inject(ShopConsoleCreateGoodsGQL);
  private readonly updateGql = inject(ShopConsoleUpdateGoodsGQL);
  private readonly priceGql = inject(ShopConsoleChangeGoodsPriceGQL);
  private readonly historyGql = inject(ShopConsolePriceHistoryGQL);

  /** Every goods item of a shop (off-shelf ones too, for the back office), read in pages of the API's largest size. */
  async goods(shopId: string, includeInactive = true): Promise<{ items: ConsoleGoods[]; total: number }> {
    const items: ConsoleGoods[] = [];
    for (;;) {
      const result = await runApi(() =>
        firstValueFrom(
          this.goodsGql.fetch({
            variables: { shopId, includeInactive, first: GOODS_PAGE, offset: items.length },
            fetchPolicy: 'network-only',
          }),
        ),
      );
      const page = requiredData(result.data?.shopGoods);
      items.push(...page.items);
      if (page.items.length === 0 || items.length >= page.total) return { items, total: page.total };
    }
  }

  async create(input: CreateGoodsInput): Promise<ConsoleGoods> {
    const result = await runApi(() => firstValueFrom(this.createGql.mutate({ variables: { input } })));
    return requiredData(result.data?.createGoods);
  }

  async update(input: UpdateGoodsInput): Promise<ConsoleGoods> {
    const result = await runApi(() => firstValueFrom(this.updateGql.mutate({ variables: { input } })));
    return requiredData(result.data?.updateGoods);
  }

  /** A new points and cost price from now on, with its reason (调价). */
  async changePrice(input: ChangeGoodsPriceInput): Promise<ConsoleGoods> {
    const result = await runApi(() => firstValueFrom(this.priceGql.mutate({ variables: { input } })));
    return requiredData(result.data?.changeGoodsPrice);
  }

  async priceHistory(
    goodsId: string,
    pageIndex = 1,
    pageSize = 20,
  ): Promise<{ items: ConsoleGoodsPrice[]; total: number }> {
    const result = await runApi(() =>
      firstValueFrom(
        this.historyGql.fetch({
          variables: { goodsId, first: pageSize, offset: pageOffset(pageIndex, pageSize) },
          fetchPolicy: 'network-only',
        }),
      ),
    );
    return requiredData(result.data?.goodsPriceHistory);
  }
}
