import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  PointsCycleRule,
  ResultsChainGQL,
  ResultsChainQuery,
  ResultsPublicationDetailFragment,
  ResultsPublicationGQL,
  ResultsPublicationLineFragment,
  ResultsPublicationsGQL,
  ResultsPublicationSummaryFragment,
  ResultsPublishGQL,
  ResultsSchemeInForceGQL,
  ResultsSchemeParametersFragment,
} from '../generated/graphql';
import { requiredData, runApi } from '@xiangzhi/shared/data-access';

export type PublicationSummary = ResultsPublicationSummaryFragment;
export type PublicationDetail = ResultsPublicationDetailFragment;
export type PublicationLine = ResultsPublicationLineFragment;
export type ChainCheck = ResultsChainQuery['publicPointsChain'][number];
export type SchemeInForce = ResultsSchemeParametersFragment;
export type CycleRule = PointsCycleRule;

/** The public A4 notice of a board (PDF, Chinese), opened in a new tab to print. */
export function noticePdfPath(publicationId: string): string {
  return `/api/points/publications/${encodeURIComponent(publicationId)}/notice.pdf`;
}

/** Village boards (一季一公示): the list, one board, the chain check, publishing a period. */
@Injectable({ providedIn: 'root' })
export class PublicationsFacade {
  private readonly listGql = inject(ResultsPublicationsGQL);
  private readonly detailGql = inject(ResultsPublicationGQL);
  private readonly chainGql = inject(ResultsChainGQL);
  private readonly publishGql = inject(ResultsPublishGQL);
  private readonly schemeGql = inject(ResultsSchemeInForceGQL);

  /** A village's boards, newest first. */
  async list(villageCode: string): Promise<PublicationSummary[]> {
    const result = await runApi(() =>
      firstValueFrom(
        this.listGql.fetch({ variables: { villageCode, first: 100, offset: 0 }, fetchPolicy: 'network-only' }),
      ),
    );
    return requiredData(result.data?.pointsPublications).items;
  }

  async detail(id: string): Promise<PublicationDetail> {
    const result = await runApi(() => firstValueFrom(this.detailGql.fetch({ variables: { id } })));
    return requiredData(result.data?.pointsPublication);
  }

  /** The API's verification of every link of the village chain (T1). */
  async chain(villageCode: string): Promise<ChainCheck[]> {
    const result = await runApi(() =>
      firstValueFrom(this.chainGql.fetch({ variables: { villageCode }, fetchPolicy: 'network-only' })),
    );
    return requiredData(result.data?.publicPointsChain);
  }

  /** Publishes the period starting at `fromMonth` for a village, or for every village of a town. */
  async publish(regionCode: string, year: number, fromMonth: number): Promise<PublicationSummary[]> {
    const result = await runApi(() =>
      firstValueFrom(this.publishGql.mutate({ variables: { regionCode, year, fromMonth } })),
    );
    return requiredData(result.data?.publishPoints);
  }

  /** The scheme in force for a village and year (cadence, basis, cycle, black-list effect), or null. */
  async schemeInForce(villageCode: string, year: number): Promise<SchemeInForce | null> {
    const result = await runApi(() => firstValueFrom(this.schemeGql.fetch({ variables: { villageCode, year } })));
    return result.data?.pointsSchemeInForce ?? null;
  }

  /** Opens the printable notice in a new tab (a public endpoint: no token needed). */
  openNotice(publicationId: string): void {
    window.open(noticePdfPath(publicationId), '_blank', 'noopener');
  }
}
