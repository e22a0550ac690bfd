import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { GridEntry, GridPointsFacade, GridStanding, isOfflineFailure } from '@xiangzhi/points/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { POINTS_GRID_STYLES } from './grid-styles';

/**
 * A household's points on the grid app: the "记积分" action, the balance, what can be exchanged now and why not, and
 * its recent entries with their states.
 */
@Component({
  selector: 'xz-household-points-panel',
  imports: [RouterLink, TranslocoPipe, ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" data-testid="household-points-panel">
      <div class="row">
        <h2>{{ 'pointsGrid.panel.title' | transloco: { year: year() } }}</h2>
      </div>
      <a
        class="button block"
        [routerLink]="['/households', householdId(), 'record-points']"
        data-testid="household-record-points"
      >
        {{ 'pointsGrid.panel.record' | transloco }}
      </a>
      @if (offline()) {
        <p class="notice-warn" role="alert">{{ 'pointsGrid.record.offline' | transloco }}</p>
      }
      <xz-error-message [error]="error()" />
      @if (standing(); as s) {
        @if (s.schemeInForce) {
          <dl class="figures" data-testid="household-standing">
            <div>
              <dt>{{ 'pointsGrid.panel.balance' | transloco }}</dt>
              <dd data-testid="household-balance">{{ s.balance }}</dd>
            </div>
            <div>
              <dt>{{ 'pointsGrid.panel.exchangeable' | transloco }}</dt>
              <dd data-testid="household-exchangeable">{{ s.exchangeable }}</dd>
            </div>
            <div>
              <dt>{{ 'pointsGrid.panel.rankingValue' | transloco }}</dt>
              <dd>{{ s.rankingValue }}</dd>
            </div>
          </dl>
        } @else {
          <p class="muted">{{ 'pointsGrid.panel.noScheme' | transloco }}</p>
        }
        @if (s.blocks.length) {
          <p class="muted" data-testid="household-blocks">
            {{ 'pointsGrid.panel.exchangeBlocked' | transloco }}
            @for (block of s.blocks; track block; let last = $last) {
              {{ 'pointsGrid.panel.blocks.' + block | transloco }}{{ last ? '' : '；' }}
            }
          </p>
        } @else if (s.schemeInForce) {
          <p class="plus">{{ 'pointsGrid.panel.exchangeOk' | transloco }}</p>
        }
        @if (s.vetoed) {
          <p class="minus">{{ 'pointsGrid.panel.vetoed' | transloco }}</p>
        }
      }
      <h2>{{ 'pointsGrid.panel.recent' | transloco }}</h2>
      <ul class="list" data-testid="household-entries">
        @for (entry of entries(); track entry.id) {
          <li>
            <div class="row">
              <span>
                {{ entry.itemName }}
                @if (entry.member) {
                  · {{ entry.member.name }}
                }
              </span>
              <span [class]="entry.points < 0 ? 'minus' : 'plus'"
                >{{ entry.points > 0 ? '+' : '' }}{{ entry.points }}</span
              >
            </div>
            <div class="row">
              <small class="muted">{{ entry.occurredOn }}</small>
              <span>
                @if (entry.reversalOf) {
                  <span class="tag">{{ 'pointsGrid.panel.reversal' | transloco }}</span>
                }
                @if (entry.reversed) {
                  <span class="tag">{{ 'pointsGrid.panel.reversed' | transloco }}</span>
                }
                <span class="tag" data-testid="household-entry-status">
                  {{ 'pointsGrid.panel.status.' + entry.status | transloco }}
                </span>
              </span>
            </div>
          </li>
        } @empty {
          <li class="muted">{{ 'pointsGrid.panel.noEntries' | transloco }}</li>
        }
      </ul>
      @if (total() > entries().length) {
        <p class="hint">{{ 'pointsGrid.panel.total' | transloco: { total: total() } }}</p>
      }
    </section>
  `,
  styles: [
    POINTS_GRID_STYLES,
    `
      .figures {
        display: grid;
        grid-template-columns: repeat(3, 1fr);
        gap: 8px;
        margin: 12px 0 4px;
      }
      .figures dt {
        color: #666;
        font-size: 13px;
      }
      .figures dd {
        margin: 0;
        font-size: 20px;
        font-weight: 600;
      }
    `,
  ],
})
export class HouseholdPointsPanelComponent {
  private readonly facade = inject(GridPointsFacade);

  readonly householdId = input.required<string>();
  readonly year = input<number>(new Date().getFullYear());

  protected readonly standing = signal<GridStanding | null>(null);
  protected readonly entries = signal<GridEntry[]>([]);
  protected readonly total = signal(0);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly offline = signal(false);

  constructor() {
    effect(() => {
      const householdId = this.householdId();
      const year = this.year();
      untracked(() => void this.load(householdId, year));
    });
  }

  private async load(householdId: string, year: number): Promise<void> {
    this.error.set(null);
    this.offline.set(false);
    const [standing, entries] = await Promise.allSettled([
      this.facade.standing(householdId, year),
      this.facade.entries(householdId),
    ]);
    this.standing.set(standing.status === 'fulfilled' ? standing.value : null);
    if (entries.status === 'fulfilled') {
      this.entries.set(entries.value.items);
      this.total.set(entries.value.total);
    } else {
      this.entries.set([]);
      this.total.set(0);
    }
    const failure = [standing, entries].find((r) => r.status === 'rejected');
    if (failure) {
      if (isOfflineFailure(failure.reason)) this.offline.set(true);
      else this.error.set(ApiError.from(failure.reason));
    }
  }
}
