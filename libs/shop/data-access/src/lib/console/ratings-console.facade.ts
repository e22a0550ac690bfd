import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  RateShopOperatorInput,
  ShopConsoleHouseholdSearchGQL,
  ShopConsoleHouseholdSearchQuery,
  ShopConsoleOperatorRatingFragment,
  ShopConsoleOperatorRatingsGQL,
  ShopConsoleRateOperatorGQL,
} from '../generated/graphql';
import { pageOffset, requiredData, runApi } from '@xiangzhi/shared/data-access';

export type ConsoleOperatorRating = ShopConsoleOperatorRatingFragment;
export type ConsoleRateOperatorInput = RateShopOperatorInput;
export type ConsoleRatingHousehold = ShopConsoleHouseholdSearchQuery['searchShopHouseholds'][number];

/** Ratings of a shop's operators (经营者评价), with optional award points to the operator's household (console). */
@Injectable({ providedIn: 'root' })
export class RatingsConsoleFacade {
  private readonly ratingsGql = inject(ShopConsoleOperatorRatingsGQL);
  private readonly rateGql = inject(ShopConsoleRateOperatorGQL);
  private readonly householdsGql = inject(ShopConsoleHouseholdSearchGQL);

  async ratings(
    shopId: string,
    pageIndex = 1,
    pageSize = 20,
  ): Promise<{ items: ConsoleOperatorRating[]; total: number }> {
    const result = await runApi(() =>
      firstValueFrom(
        this.ratingsGql.fetch({
          variables: { shopId, first: pageSize, offset: pageOffset(pageIndex, pageSize) },
          fetchPolicy: 'network-only',
        }),
      ),
    );
    return requiredData(result.data?.operatorRatings);
  }

  /** Rates an operator 1–5; with `points` (and the household to credit) the award goes through the scheme. */
  async rate(input: RateShopOperatorInput): Promise<ConsoleOperatorRating> {
    const result = await runApi(() =>
      firstValueFrom(
        this.rateGql.mutate({
          variables: { input: { ...input, comment: input.comment.trim(), points: input.points ?? null } },
        }),
      ),
    );
    return requiredData(result.data?.rateShopOperator);
  }

  /** Households the shop serves, by card number or name (to credit award points). */
  async searchHouseholds(shopId: string, text: string): Promise<ConsoleRatingHousehold[]> {
    const trimmed = text.trim();
    if (!trimmed) return [];
    const result = await runApi(() =>
      firstValueFrom(this.householdsGql.fetch({ variables: { shopId, text: trimmed }, fetchPolicy: 'network-only' })),
    );
    return requiredData(result.data?.searchShopHouseholds);
  }
}
