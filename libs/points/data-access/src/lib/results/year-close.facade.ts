import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  ResultsCloseYearGQL,
  ResultsCloseYearMutation,
  ResultsYearClosePreviewGQL,
  ResultsYearClosePreviewQuery,
} from '../generated/graphql';
import { requiredData, runApi } from '@xiangzhi/shared/data-access';

export type YearClosePreview = ResultsYearClosePreviewQuery['pointsYearClosePreview'];
export type YearClosePreviewRow = YearClosePreview['rows'][number];
export type YearCloseResult = ResultsCloseYearMutation['closePointsYear'][number];

/** Year close (年度结算): a village's preview (nothing written) and closing a village or a whole town. */
@Injectable({ providedIn: 'root' })
export class YearCloseFacade {
  private readonly previewGql = inject(ResultsYearClosePreviewGQL);
  private readonly closeGql = inject(ResultsCloseYearGQL);

  async preview(villageCode: string, year: number): Promise<YearClosePreview> {
    const result = await runApi(() =>
      firstValueFrom(
        this.previewGql.fetch({ variables: { regionCode: villageCode, year }, fetchPolicy: 'network-only' }),
      ),
    );
    return requiredData(result.data?.pointsYearClosePreview);
  }

  /** Closes the year of a village, or of every village of a town not yet closed. */
  async close(regionCode: string, year: number): Promise<YearCloseResult[]> {
    const result = await runApi(() => firstValueFrom(this.closeGql.mutate({ variables: { regionCode, year } })));
    return requiredData(result.data?.closePointsYear);
  }
}
