import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { YearCloseFacade, YearClosePreview, YearCloseResult } from '@xiangzhi/points/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { recentYears, todayIso } from './periods';
import { VillageChoice } from './village-choice';
import { VillagePickerComponent } from './village-picker.component';

/** The cycle rules the API names (PointsCycleRule); anything else is shown as it comes. */
export const CYCLE_RULES = ['ANNUAL_RESET', 'FAMILY_CARRY_OVER'] as const;

export function knownCycle(cycle: string): cycle is (typeof CYCLE_RULES)[number] {
  return (CYCLE_RULES as readonly string[]).includes(cycle);
}

/** Year close (年度结算): a village's preview of what is carried over, then closing the village or the whole town. */
@Component({
  selector: 'xz-points-year-close',
  imports: [
    DecimalPipe,
    FormsModule,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzModalModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    ErrorMessageComponent,
    EmptyStateComponent,
    VillagePickerComponent,
  ],
  providers: [VillageChoice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './year-close.component.html',
  styleUrl: './results-page.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class YearCloseComponent {
  private readonly facade = inject(YearCloseFacade);
  protected readonly choice = inject(VillageChoice);

  /** The years offered: last year first (a year is closed once it has ended), then this year and older ones. */
  protected readonly years = recentYears(todayIso(), 6);
  protected readonly year = signal(this.years[1]);
  protected readonly preview = signal<YearClosePreview | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly confirmOpen = signal(false);
  protected readonly closing = signal(false);
  protected readonly closeError = signal<ApiError | null>(null);
  protected readonly results = signal<YearCloseResult[] | null>(null);
  protected readonly knownCycle = knownCycle;
  /** Closing works on the whole town under a town, else on the village. */
  protected readonly closeRegion = this.choice.region;
  protected readonly canClose = computed(() => {
    if (!this.choice.usable()) return false;
    if (this.choice.isTown()) return true;
    const preview = this.preview();
    return preview !== null && !preview.closed;
  });

  constructor() {
    effect(() => {
      const village = this.choice.villageCode();
      const year = this.year();
      untracked(() => {
        this.preview.set(null);
        if (village) void this.load(village, year);
      });
    });
  }

  async load(villageCode: string, year: number): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const preview = await this.facade.preview(villageCode, year);
      if (villageCode === this.choice.villageCode() && year === this.year()) this.preview.set(preview);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected changeYear(year: number): void {
    this.results.set(null);
    this.year.set(year);
  }

  protected askConfirm(): void {
    this.closeError.set(null);
    this.confirmOpen.set(true);
  }

  async close(): Promise<void> {
    const region = this.closeRegion();
    if (!region) return;
    this.closing.set(true);
    this.closeError.set(null);
    try {
      this.results.set(await this.facade.close(region.code, this.year()));
      this.confirmOpen.set(false);
      const village = this.choice.villageCode();
      if (village) await this.load(village, this.year());
    } catch (error) {
      this.closeError.set(ApiError.from(error));
    } finally {
      this.closing.set(false);
    }
  }
}
