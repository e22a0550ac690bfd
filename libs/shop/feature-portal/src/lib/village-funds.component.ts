import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PortalShopFacade, PortalVillageFunds } from '@xiangzhi/shop/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { formatYuan, liabilityShortfall, periodLabel } from './shop-format';
import { SHOP_PORTAL_STYLES } from './shop-portal-styles';

/**
 * A village's points-shop funds for a year (`portalVillageFunds`): income, spending and closing balance per period,
 * and the balance beside the points liability, with a notice when the liability exceeds it.
 */
@Component({
  selector: 'xz-portal-village-funds',
  imports: [RouterLink, TranslocoPipe, EmptyStateComponent, ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" data-testid="village-funds">
      <div class="row head">
        <h2>{{ 'shopPortal.funds.title' | transloco }}</h2>
        <nav class="years" [attr.aria-label]="'shopPortal.funds.title' | transloco">
          <a
            [routerLink]="[]"
            [queryParams]="{ year: year() - 1 }"
            queryParamsHandling="merge"
            [attr.aria-label]="'shopPortal.funds.prevYear' | transloco"
            data-testid="funds-prev-year"
            >‹</a
          >
          <strong data-testid="funds-year">{{ 'shopPortal.funds.year' | transloco: { year: year() } }}</strong>
          @if (year() < thisYear) {
            <a
              [routerLink]="[]"
              [queryParams]="{ year: year() + 1 }"
              queryParamsHandling="merge"
              [attr.aria-label]="'shopPortal.funds.nextYear' | transloco"
              data-testid="funds-next-year"
              >›</a
            >
          }
        </nav>
      </div>
      <xz-error-message [error]="error()" />
      @if (funds(); as current) {
        @if (current.periods.length) {
          <table class="wide">
            <thead>
              <tr>
                <th scope="col">{{ 'shopPortal.funds.period' | transloco }}</th>
                <th scope="col" class="num">{{ 'shopPortal.funds.income' | transloco }}</th>
                <th scope="col" class="num">{{ 'shopPortal.funds.spending' | transloco }}</th>
                <th scope="col" class="num">{{ 'shopPortal.funds.closing' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (period of current.periods; track $index) {
                <tr data-testid="funds-period">
                  <td>{{ label(period).key | transloco: label(period).params }}</td>
                  <td class="num">{{ yuan(period.incomeYuan) }}</td>
                  <td class="num">{{ yuan(period.spendingYuan) }}</td>
                  <td class="num">{{ yuan(period.balanceYuan) }}</td>
                </tr>
              }
            </tbody>
          </table>
          <ul class="list compact">
            @for (period of current.periods; track $index) {
              <li>
                <strong>{{ label(period).key | transloco: label(period).params }}</strong>
                <dl class="stats">
                  <div>
                    <dt>{{ 'shopPortal.funds.income' | transloco }}</dt>
                    <dd>{{ yuan(period.incomeYuan) }}</dd>
                  </div>
                  <div>
                    <dt>{{ 'shopPortal.funds.spending' | transloco }}</dt>
                    <dd>{{ yuan(period.spendingYuan) }}</dd>
                  </div>
                  <div>
                    <dt>{{ 'shopPortal.funds.closing' | transloco }}</dt>
                    <dd>{{ yuan(period.balanceYuan) }}</dd>
                  </div>
                </dl>
              </li>
            }
          </ul>
        } @else {
          <xz-empty-state [text]="'shopPortal.funds.noPeriods' | transloco" />
        }

        <div class="pair" data-testid="funds-liability">
          <div class="figure">
            <span class="muted">{{ 'shopPortal.funds.balance' | transloco }}</span>
            <strong data-testid="funds-balance">{{ yuan(current.balanceYuan) }}</strong>
          </div>
          <div class="figure">
            <span class="muted">{{ 'shopPortal.funds.liability' | transloco }}</span>
            @if (current.liabilityYuan === null || current.liabilityYuan === undefined) {
              <strong class="muted">{{ 'shopPortal.funds.liabilityUnknown' | transloco }}</strong>
            } @else {
              <strong data-testid="funds-liability-value">{{ yuan(current.liabilityYuan) }}</strong>
            }
            <small class="muted">{{ 'shopPortal.funds.liabilityHint' | transloco }}</small>
          </div>
        </div>
        @if (shortfall() > 0) {
          <p class="notice-warn" role="status" data-testid="funds-shortfall">
            {{ 'shopPortal.funds.shortfall' | transloco: { gap: yuan(shortfall()) } }}
          </p>
        } @else if (current.liabilityYuan !== null && current.liabilityYuan !== undefined) {
          <p class="notice-ok">{{ 'shopPortal.funds.covered' | transloco }}</p>
        }
      } @else if (loading()) {
        <p class="muted">{{ 'common.loading' | transloco }}</p>
      } @else if (!error()) {
        <xz-empty-state [text]="'shopPortal.funds.none' | transloco" />
      }
    </section>
  `,
  styles: [
    SHOP_PORTAL_STYLES,
    `
      .head h2 {
        margin: 4px 0;
      }
      .years {
        display: flex;
        align-items: center;
        gap: 4px;
      }
      .years a {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        min-width: 44px;
        min-height: 44px;
        color: #c41d7f;
        font-size: 22px;
        text-decoration: none;
      }
      .pair {
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        gap: 8px;
        margin-top: 12px;
      }
      .figure {
        display: flex;
        flex-direction: column;
        gap: 2px;
        padding: 10px 12px;
        border-radius: 6px;
        background: #fafafa;
      }
      .figure strong {
        font-size: 18px;
        font-variant-numeric: tabular-nums;
      }
      .notice-ok,
      .notice-warn {
        margin: 12px 0 0;
        padding: 8px 12px;
        border-radius: 6px;
      }
      .notice-ok {
        border: 1px solid #b7eb8f;
        background: #f6ffed;
        color: #135200;
      }
      .notice-warn {
        border: 1px solid #ffccc7;
        background: #fff2f0;
        color: #a8071a;
      }
    `,
  ],
})
export class VillageFundsComponent {
  private readonly facade = inject(PortalShopFacade);

  readonly villageCode = input.required<string>();
  readonly year = input.required<number>();

  protected readonly funds = signal<PortalVillageFunds | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly shortfall = computed(() => {
    const funds = this.funds();
    return funds ? liabilityShortfall(funds.balanceYuan, funds.liabilityYuan) : 0;
  });
  protected readonly thisYear = new Date().getFullYear();
  protected readonly label = periodLabel;
  protected readonly yuan = formatYuan;

  constructor() {
    effect(() => {
      const code = this.villageCode();
      const year = this.year();
      untracked(() => void this.load(code, year));
    });
  }

  private async load(code: string, year: number): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    this.funds.set(null);
    try {
      const funds = await this.facade.funds(code, year);
      // the answer for another village or year (a slow earlier request) is never shown
      if (code === this.villageCode() && year === this.year()) this.funds.set(funds);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }
}
