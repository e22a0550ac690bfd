import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  AddPointsListingInput,
  PointsListKind,
  ResultsAddListingGQL,
  ResultsHouseholdSearchGQL,
  ResultsHouseholdSearchQuery,
  ResultsListingFragment,
  ResultsListingsGQL,
  ResultsRevokeListingGQL,
} from '../generated/graphql';
import { requiredData, runApi } from '@xiangzhi/shared/data-access';

export type Listing = ResultsListingFragment;
export type ListKind = PointsListKind;
export type { AddPointsListingInput };
export type HouseholdOption = ResultsHouseholdSearchQuery['households']['items'][number];

/** Red list (红榜) and black list (黑榜) of a village: list, add, revoke; the household search of the add form. */
@Injectable({ providedIn: 'root' })
export class ListingsFacade {
  private readonly listGql = inject(ResultsListingsGQL);
  private readonly addGql = inject(ResultsAddListingGQL);
  private readonly revokeGql = inject(ResultsRevokeListingGQL);
  private readonly searchGql = inject(ResultsHouseholdSearchGQL);

  async list(villageCode: string, kind: ListKind): Promise<Listing[]> {
    const result = await runApi(() =>
      firstValueFrom(
        this.listGql.fetch({ variables: { villageCode, kind, first: 100, offset: 0 }, fetchPolicy: 'network-only' }),
      ),
    );
    return requiredData(result.data?.pointsListings).items;
  }

  async add(input: AddPointsListingInput): Promise<Listing> {
    const result = await runApi(() => firstValueFrom(this.addGql.mutate({ variables: { input } })));
    return requiredData(result.data?.addPointsListing);
  }

  async revoke(id: string, reason: string): Promise<Listing> {
    const result = await runApi(() => firstValueFrom(this.revokeGql.mutate({ variables: { id, reason } })));
    return requiredData(result.data?.revokePointsListing);
  }

  /** Taking-part households of a village matching a name or card number (first 20). */
  async searchHouseholds(villageCode: string, search: string): Promise<HouseholdOption[]> {
    const text = search.trim();
    const result = await runApi(() =>
      firstValueFrom(this.searchGql.fetch({ variables: { regionCode: villageCode, search: text || null, first: 20 } })),
    );
    return requiredData(result.data?.households).items;
  }
}
