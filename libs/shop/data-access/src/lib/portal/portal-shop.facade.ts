import { inject, Injectable } from '@angular/core';
import { ApiError } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { PortalShopsGQL, PortalShopsQuery, PortalVillageFundsGQL, PortalVillageFundsQuery } from '../generated/graphql';

/** A shop as the public site shows it: no household, no operator account, no contact details. */
export type PortalShop = PortalShopsQuery['portalShops'][number];
export type PortalShopSixHave = PortalShop['sixHaves'][number];
export type PortalShopGoods = PortalShop['goods'][number];
export type PortalShopPeriod = PortalShop['periods'][number];
/** A village's points funds for a year: per period, the balance now and the points liability. */
export type PortalVillageFunds = NonNullable<PortalVillageFundsQuery['portalVillageFunds']>;
export type PortalFundsPeriod = PortalVillageFunds['periods'][number];

/** Awaits an API call and rethrows any failure as an `ApiError` (with its stable code). */
async function runShopApi<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw ApiError.from(error);
  }
}

/** The portal's (no sign-in) view of the points shops of a village and of the village's points funds. */
@Injectable({ providedIn: 'root' })
export class PortalShopFacade {
  private readonly shopsGql = inject(PortalShopsGQL);
  private readonly fundsGql = inject(PortalVillageFundsGQL);

  /** The shops serving the village, with their 六有 record, goods and prices and issue totals per period. */
  async shops(villageCode: string): Promise<PortalShop[]> {
    const result = await runShopApi(() => firstValueFrom(this.shopsGql.fetch({ variables: { villageCode } })));
    return result.data?.portalShops ?? [];
  }

  /** The village's points funds for `year`, or null when the village keeps none. */
  async funds(villageCode: string, year: number): Promise<PortalVillageFunds | null> {
    const result = await runShopApi(() => firstValueFrom(this.fundsGql.fetch({ variables: { villageCode, year } })));
    return result.data?.portalVillageFunds ?? null;
  }
}
