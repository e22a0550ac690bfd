import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { RegionContext } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { ConsoleExchangeRound, RoundsConsoleFacade } from '@xiangzhi/shop/data-access';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { DEFAULT_ROUND_TARGET, isoDay, recentYears, sharePercent, townOf } from './shop-rules';

/** 兑换轮次: a town's exchange rounds for a year, each village's share of households redeeming against the target. */
@Component({
  selector: 'xz-shop-rounds',
  imports: [
    FormsModule,
    TranslocoPipe,
    NzCardModule,
    NzProgressModule,
    NzSelectModule,
    NzSpinModule,
    NzTableModule,
    NzTagModule,
    EmptyStateComponent,
    ErrorMessageComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="title-row">
      <h2>{{ 'shopConsole.rounds.title' | transloco }}</h2>
      <nz-select
        class="filter"
        [ngModel]="year()"
        (ngModelChange)="year.set($event)"
        [attr.aria-label]="'shopConsole.rounds.year' | transloco"
        data-testid="rounds-year"
      >
        @for (y of years; track y) {
          <nz-option [nzValue]="y" [nzLabel]="y + ''" />
        }
      </nz-select>
    </div>
    @if (!townCode()) {
      <xz-empty-state [text]="'shopConsole.region.noTown' | transloco" />
    } @else {
      <xz-error-message [error]="error()" />
      <nz-spin [nzSpinning]="loading()">
        @if (!loading() && rounds().length === 0) {
          <xz-empty-state [text]="'shopConsole.rounds.empty' | transloco" />
        }
        @for (round of rounds(); track round.index) {
          <nz-card class="round" [nzTitle]="roundTitle" data-testid="round">
            <ng-template #roundTitle>
              {{
                'shopConsole.rounds.round'
                  | transloco
                    : { n: round.index, from: round.fromMonth, to: round.toMonth, start: round.from, end: round.to }
              }}
            </ng-template>
            <div class="toolbar" data-testid="round-totals">
              <strong>{{ 'shopConsole.rounds.town' | transloco }}</strong>
              <nz-progress
                class="spacer"
                [nzPercent]="percent(round.totals.share)"
                [nzSuccessPercent]="0"
                [nzStatus]="round.totals.met === false ? 'exception' : round.totals.met ? 'success' : 'normal'"
              />
              <span>
                {{
                  'shopConsole.rounds.households'
                    | transloco
                      : { redeeming: round.totals.redeemingHouseholds, resident: round.totals.residentHouseholds }
                }}
              </span>
              <nz-tag nzColor="blue">
                {{ 'shopConsole.rounds.target' | transloco: { target: percent(target(round)) } }}
              </nz-tag>
            </div>
            <nz-table
              #table
              nzSize="small"
              [nzData]="round.villages"
              [nzShowPagination]="false"
              [nzPageSize]="1000"
              data-testid="round-villages"
            >
              <thead>
                <tr>
                  <th>{{ 'shopConsole.rounds.village' | transloco }}</th>
                  <th nzAlign="right">{{ 'shopConsole.rounds.resident' | transloco }}</th>
                  <th nzAlign="right">{{ 'shopConsole.rounds.redeeming' | transloco }}</th>
                  <th nzWidth="40%">{{ 'shopConsole.rounds.share' | transloco }}</th>
                  <th>{{ 'shopConsole.rounds.met' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (village of table.data; track village.villageCode) {
                  <tr data-testid="round-village">
                    <td>{{ village.villageName }}</td>
                    <td class="num">{{ village.residentHouseholds }}</td>
                    <td class="num">{{ village.redeemingHouseholds }}</td>
                    <td>
                      <nz-progress
                        nzSize="small"
                        [nzPercent]="percent(village.share)"
                        [nzStatus]="village.met === false ? 'exception' : village.met ? 'success' : 'normal'"
                      />
                    </td>
                    <td>
                      @if (village.met === true) {
                        <nz-tag nzColor="green">{{ 'shopConsole.rounds.reached' | transloco }}</nz-tag>
                      } @else if (village.met === false) {
                        <nz-tag nzColor="red">{{ 'shopConsole.rounds.notReached' | transloco }}</nz-tag>
                      } @else {
                        —
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </nz-table>
          </nz-card>
        }
      </nz-spin>
    }
  `,
  styleUrl: './shop-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class RoundsComponent {
  private readonly facade = inject(RoundsConsoleFacade);
  private readonly context = inject(RegionContext);

  protected readonly years = recentYears(isoDay(new Date()));
  protected readonly year = signal(this.years[0]);
  protected readonly townCode = computed(() => townOf(this.context.current()));
  protected readonly rounds = signal<ConsoleExchangeRound[]>([]);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly percent = sharePercent;

  constructor() {
    effect(() => {
      const town = this.townCode();
      const year = this.year();
      untracked(() => {
        this.rounds.set([]);
        if (town) void this.load(town, year);
      });
    });
  }

  async load(town: string, year: number): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const rounds = await this.facade.rounds(town, year);
      if (this.townCode() === town && this.year() === year) this.rounds.set(rounds);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected target(round: ConsoleExchangeRound): number {
    return round.target ?? DEFAULT_ROUND_TARGET;
  }
}
