import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { PublicRegionsGQL, PublicRegionsQuery, PublicVillageGQL, PublicVillageQuery } from './generated/graphql';
import { runApi } from '@xiangzhi/shared/data-access';

export type PublicRegion = PublicRegionsQuery['publicRegions'][number];
export type PublicVillage = PublicVillageQuery['publicVillage'];

/** The public (no sign-in) view of the region tree and of a village, for the portal. */
@Injectable({ providedIn: 'root' })
export class PublicRegistryFacade {
  private readonly regionsGql = inject(PublicRegionsGQL);
  private readonly villageGql = inject(PublicVillageGQL);

  /** Children of `parentCode`, or the top regions the portal starts from. */
  async regions(parentCode: string | null): Promise<PublicRegion[]> {
    const result = await runApi(() => firstValueFrom(this.regionsGql.fetch({ variables: { parentCode } })));
    return result.data?.publicRegions ?? [];
  }

  async village(code: string): Promise<PublicVillage | null> {
    const result = await runApi(() => firstValueFrom(this.villageGql.fetch({ variables: { code } })));
    return result.data?.publicVillage ?? null;
  }
}
