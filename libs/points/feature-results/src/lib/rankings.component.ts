import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { RankingQuery, RankingsFacade, VillageRanking } from '@xiangzhi/points/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { rankingPeriods, recentYears, todayIso } from './periods';
import { VillageChoice } from './village-choice';
import { VillagePickerComponent } from './village-picker.component';

/** The ranking query of a village, a year and the index of a `rankingPeriods` option (0 = the whole year). */
export function rankingQuery(villageCode: string, year: number, periodIndex: number): RankingQuery {
  const option = rankingPeriods(year)[periodIndex] ?? rankingPeriods(year)[0];
  return { villageCode, year, fromMonth: option.fromMonth, toMonth: option.toMonth };
}

/** A village's ranking for a year or a quarter under the scheme's basis, with award marks and the Excel export. */
@Component({
  selector: 'xz-points-rankings',
  imports: [
    DecimalPipe,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzButtonModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    ErrorMessageComponent,
    EmptyStateComponent,
    VillagePickerComponent,
  ],
  providers: [VillageChoice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rankings.component.html',
  styleUrl: './results-page.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class RankingsComponent {
  private readonly facade = inject(RankingsFacade);
  protected readonly choice = inject(VillageChoice);

  protected readonly years = recentYears(todayIso());
  protected readonly year = signal(this.years[0]);
  protected readonly periodIndex = signal(0);
  protected readonly periods = computed(() => rankingPeriods(this.year()));
  protected readonly ranking = signal<VillageRanking | null>(null);
  protected readonly loading = signal(false);
  protected readonly exporting = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly query = computed(() => {
    const village = this.choice.villageCode();
    return village ? rankingQuery(village, this.year(), this.periodIndex()) : null;
  });

  constructor() {
    effect(() => {
      const query = this.query();
      untracked(() => {
        this.ranking.set(null);
        if (query) void this.load(query);
      });
    });
  }

  async load(query: RankingQuery): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const ranking = await this.facade.ranking(query);
      if (this.query() === query) this.ranking.set(ranking);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected changeYear(year: number): void {
    this.year.set(year);
  }

  async exportXlsx(): Promise<void> {
    const query = this.query();
    if (!query) return;
    this.exporting.set(true);
    this.error.set(null);
    try {
      await this.facade.exportXlsx(query);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.exporting.set(false);
    }
  }
}
