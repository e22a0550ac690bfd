import { inject, Injectable } from '@angular/core';
import { runApi } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { PortalShopsGQL, PortalShopsQuery, PortalVillageFundsGQL, PortalVillageFundsQuery } from '../generated/graphql';

/** A page of a village's shops: the shops of the page and how many the village has in all. */
export type PortalShopPage = PortalShopsQuery['portalShops'];
/** A shop as the public site shows it: no household, no operator account, no contact details. */
export type PortalShop = PortalShopPage['items'][number];
export type PortalShopSixHave = PortalShop['sixHaves'][number];
export type PortalShopGoods = PortalShop['goods'][number];
export type PortalShopPeriod = PortalShop['periods'][number];
/** A village's points funds for a year: per period, the balance now and the points liability. */
export type PortalVillageFunds = NonNullable<PortalVillageFundsQuery['portalVillageFunds']>;
export type PortalFundsPeriod = PortalVillageFunds['periods'][number];

/** How many shops a page of `PortalShopFacade.shops` holds. */
export const PORTAL_SHOPS_PAGE = 20;

/** The portal's (no sign-in) view of the points shops of a village and of the village's points funds. */
@Injectable({ providedIn: 'root' })
export class PortalShopFacade {
  private readonly shopsGql = inject(PortalShopsGQL);
  private readonly fundsGql = inject(PortalVillageFundsGQL);

  /**
   * A page of `PORTAL_SHOPS_PAGE` shops serving the village from `offset` (by name), with their 六有 record, goods and
   * prices and issue totals per period, and how many shops the village has in all.
   */
  async shops(villageCode: string, offset = 0): Promise<{ items: PortalShop[]; total: number }> {
    const result = await runApi(() =>
      firstValueFrom(this.shopsGql.fetch({ variables: { villageCode, first: PORTAL_SHOPS_PAGE, offset } })),
    );
    const page = result.data?.portalShops;
    return { items: page?.items ?? [], total: page?.total ?? 0 };
  }

  /** The village's points funds for `year`, or null when the village keeps none. */
  async funds(villageCode: string, year: number): Promise<PortalVillageFunds | null> {
    const result = await runApi(() => firstValueFrom(this.fundsGql.fetch({ variables: { villageCode, year } })));
    return result.data?.portalVillageFunds ?? null;
  }
}
