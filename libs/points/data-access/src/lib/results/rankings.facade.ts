import { inject, Injectable } from '@angular/core';
import { FileApi, requiredData, runApi } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { PointsRankingBasis, ResultsVillageRankingGQL, ResultsVillageRankingQuery } from '../generated/graphql';

export type VillageRanking = ResultsVillageRankingQuery['pointsVillageRanking'];
export type RankingRow = VillageRanking['rows'][number];
export type RankingBasis = PointsRankingBasis;

/** What a ranking is asked for: a village, a year and optionally a span of months (null = the whole year). */
export interface RankingQuery {
  villageCode: string;
  year: number;
  fromMonth: number | null;
  toMonth: number | null;
}

/** `GET /api/points/rankings.xlsx?villageCode=&year=&fromMonth=&toMonth=` (months left out for the whole year). */
export function rankingExportPath(query: RankingQuery): string {
  const params = new URLSearchParams({ villageCode: query.villageCode, year: String(query.year) });
  if (query.fromMonth !== null) params.set('fromMonth', String(query.fromMonth));
  if (query.toMonth !== null) params.set('toMonth', String(query.toMonth));
  return `/api/points/rankings.xlsx?${params.toString()}`;
}

/** The file name offered for a ranking export. */
export function rankingExportFileName(query: RankingQuery): string {
  const period = query.fromMonth === null ? `${query.year}` : `${query.year}-${query.fromMonth}-${query.toMonth}`;
  return `积分排名-${query.villageCode}-${period}.xlsx`;
}

/** Village rankings for a period under the scheme's basis, and their Excel export. */
@Injectable({ providedIn: 'root' })
export class RankingsFacade {
  private readonly rankingGql = inject(ResultsVillageRankingGQL);
  private readonly files = inject(FileApi);

  async ranking(query: RankingQuery): Promise<VillageRanking> {
    const result = await runApi(() =>
      firstValueFrom(this.rankingGql.fetch({ variables: { ...query }, fetchPolicy: 'network-only' })),
    );
    return requiredData(result.data?.pointsVillageRanking);
  }

  /** Downloads the ranking as Excel (with the bearer token, like the register export). */
  async exportXlsx(query: RankingQuery): Promise<void> {
    const blob = await this.files.getBlob(rankingExportPath(query));
    this.files.saveBlob(blob, rankingExportFileName(query));
  }
}
