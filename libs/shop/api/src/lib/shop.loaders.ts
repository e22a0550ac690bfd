import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { RequestContext } from '@xiangzhi/server/core';
import { stockOf } from './goods/goods.service';
import type { ShopOperatorModel } from './shops/shop.model';
import { ShopsService } from './shops/shops.service';

/** Per-request DataLoaders of the shop domain (relation fields never query one row at a time). */
@Injectable()
export class ShopLoaders {
  private readonly operatorsFactory = (ctx: RequestContext) =>
    new DataLoader<string, ShopOperatorModel[]>(async (ids) => {
      const map = await this.shops.operatorsOf(this.dataSource.manager, ids);
      void ctx;
      return ids.map((id) => (map.get(id) ?? []).map((u) => ({ userId: u.id, displayName: u.displayName })));
    });

  private readonly stockFactory = () =>
    new DataLoader<string, number>(async (ids) => {
      const map = await stockOf(this.dataSource.manager, ids);
      return ids.map((id) => map.get(id) ?? 0);
    });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shops: ShopsService,
  ) {}

  /** Operators bound to a shop. */
  operators(ctx: RequestContext): DataLoader<string, ShopOperatorModel[]> {
    return ctx.loader(this.operatorsFactory);
  }

  /** Stock of a goods item (the sum of its movements). */
  stock(ctx: RequestContext): DataLoader<string, number> {
    return ctx.loader(this.stockFactory);
  }
}
