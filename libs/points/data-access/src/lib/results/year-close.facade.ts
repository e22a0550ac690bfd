import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  ResultsCloseYearGQL,
  ResultsCloseYearMutation,
  ResultsYearClosePreviewGQL,
  ResultsYearClosePreviewQuery,
} from '../generated/graphql';
import { required, runResultsApi } from './run-results-api';

export type YearClosePreview = ResultsYearClosePreviewQuery['pointsYearClosePreview'];
export type YearClosePreviewRow = YearClosePreview['rows'][number];
export type YearCloseResult = ResultsCloseYearMutation['closePointsYear'][number];

/** Year close (年度结算): a village's preview (nothing written) and closing a village or a whole town. */
@Injectable({ providedIn: 'root' })
export class YearCloseFacade {
  private readonly previewGql = inject(ResultsYearClosePreviewGQL);
  private readonly closeGql = inject(ResultsCloseYearGQL);

  async preview(villageCode: string, year: number): Promise<YearClosePreview> {
    const result = await runResultsApi(() =>
      firstValueFrom(
        this.previewGql.fetch({ variables: { regionCode: villageCode, year }, fetchPolicy: 'network-only' }),
      ),
    );
    return required(result.data?.pointsYearClosePreview);
  }

  /** Closes the year of a village, or of every village of a town not yet closed. */
  async close(regionCode: string, year: number): Promise<YearCloseResult[]> {
    const result = await runResultsApi(() => firstValueFrom(this.closeGql.mutate({ variables: { regionCode, year } })));
    return required(result.data?.closePointsYear);
  }
}
