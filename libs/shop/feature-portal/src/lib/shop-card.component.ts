import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PortalShop } from '@xiangzhi/shop/data-access';
import { EmptyStateComponent } from '@xiangzhi/shared/ui';
import { formatCount, periodLabel, sixHaveChecklist, sixHavesMet } from './shop-format';
import { SHOP_PORTAL_STYLES } from './shop-portal-styles';

/** One points shop on the public page: who runs it and where, its 六有, its goods and prices, its issue totals. */
@Component({
  selector: 'xz-portal-shop-card',
  imports: [TranslocoPipe, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="card" data-testid="shop-card">
      <h2 data-testid="shop-name">{{ shop().name }}</h2>
      <dl class="facts">
        <dt>{{ 'shopPortal.shop.address' | transloco }}</dt>
        <dd>{{ shop().address }}</dd>
        <dt>{{ 'shopPortal.shop.personInCharge' | transloco }}</dt>
        <dd>{{ shop().personInCharge }}</dd>
        <dt>{{ 'shopPortal.shop.villages' | transloco }}</dt>
        <dd>{{ shop().villageNames.join('、') }}</dd>
      </dl>

      <section data-testid="shop-six-haves">
        <h3>
          {{ 'shopPortal.shop.sixHaves' | transloco }}
          <small class="muted">{{ 'shopPortal.shop.sixHavesCount' | transloco: { met: metCount() } }}</small>
        </h3>
        <ul class="list">
          @for (item of checklist(); track item.key) {
            <li [class.missing]="!item.met" data-testid="shop-six-have">
              <div class="row">
                <strong>{{ item.labelKey ? (item.labelKey | transloco) : item.label }}</strong>
                @if (item.met) {
                  <span class="tag ok">✓ {{ 'shopPortal.shop.met' | transloco }}</span>
                } @else {
                  <span class="tag warn" data-testid="shop-six-have-missing">{{
                    'shopPortal.shop.missing' | transloco
                  }}</span>
                }
              </div>
              @if (item.met) {
                <p class="description">{{ item.description }}</p>
              }
            </li>
          }
        </ul>
      </section>

      <section data-testid="shop-goods">
        <h3>{{ 'shopPortal.shop.goods' | transloco }}</h3>
        @if (shop().goods.length) {
          <table class="wide">
            <thead>
              <tr>
                <th scope="col">{{ 'shopPortal.shop.goodsName' | transloco }}</th>
                <th scope="col">{{ 'shopPortal.shop.unit' | transloco }}</th>
                <th scope="col" class="num">{{ 'shopPortal.shop.price' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (goods of shop().goods; track $index) {
                <tr>
                  <td>{{ goods.name }}</td>
                  <td>{{ goods.unit }}</td>
                  <td class="num">{{ 'shopPortal.shop.points' | transloco: { points: count(goods.pointsPrice) } }}</td>
                </tr>
              }
            </tbody>
          </table>
          <ul class="list compact" data-testid="shop-goods-compact">
            @for (goods of shop().goods; track $index) {
              <li class="row">
                <span>{{ goods.name }}</span>
                <span class="num price">
                  {{ 'shopPortal.shop.perUnit' | transloco: { points: count(goods.pointsPrice), unit: goods.unit } }}
                </span>
              </li>
            }
          </ul>
        } @else {
          <xz-empty-state [text]="'shopPortal.shop.noGoods' | transloco" />
        }
      </section>

      <section data-testid="shop-issue-periods">
        <h3>{{ 'shopPortal.shop.periods' | transloco }}</h3>
        @if (shop().periods.length) {
          <table class="wide">
            <thead>
              <tr>
                <th scope="col">{{ 'shopPortal.shop.period' | transloco }}</th>
                <th scope="col" class="num">{{ 'shopPortal.shop.redemptions' | transloco }}</th>
                <th scope="col" class="num">{{ 'shopPortal.shop.households' | transloco }}</th>
                <th scope="col" class="num">{{ 'shopPortal.shop.pointsTotal' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (period of shop().periods; track $index) {
                <tr>
                  <td>{{ label(period).key | transloco: label(period).params }}</td>
                  <td class="num">{{ count(period.redemptions) }}</td>
                  <td class="num">{{ count(period.households) }}</td>
                  <td class="num">{{ count(period.points) }}</td>
                </tr>
              }
            </tbody>
          </table>
          <ul class="list compact">
            @for (period of shop().periods; track $index) {
              <li>
                <strong>{{ label(period).key | transloco: label(period).params }}</strong>
                <dl class="stats">
                  <div>
                    <dt>{{ 'shopPortal.shop.redemptions' | transloco }}</dt>
                    <dd>{{ count(period.redemptions) }}</dd>
                  </div>
                  <div>
                    <dt>{{ 'shopPortal.shop.households' | transloco }}</dt>
                    <dd>{{ count(period.households) }}</dd>
                  </div>
                  <div>
                    <dt>{{ 'shopPortal.shop.pointsTotal' | transloco }}</dt>
                    <dd>{{ count(period.points) }}</dd>
                  </div>
                </dl>
              </li>
            }
          </ul>
        } @else {
          <xz-empty-state [text]="'shopPortal.shop.noPeriods' | transloco" />
        }
      </section>
    </article>
  `,
  styles: [
    SHOP_PORTAL_STYLES,
    `
      h2 {
        margin-top: 4px;
      }
      .facts {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        gap: 4px 12px;
        margin: 0;
      }
      .facts dt {
        color: #888;
      }
      .facts dd {
        margin: 0;
      }
      .tag {
        flex: 0 0 auto;
        padding: 0 6px;
        border-radius: 4px;
        font-size: 13px;
      }
      .tag.ok {
        background: #f6ffed;
        color: #135200;
      }
      .tag.warn {
        background: #fff2f0;
        color: #a8071a;
      }
      .description {
        margin: 4px 0 0;
        color: #555;
      }
      .missing strong {
        color: #888;
      }
    `,
  ],
})
export class ShopCardComponent {
  readonly shop = input.required<PortalShop>();

  protected readonly checklist = computed(() => sixHaveChecklist(this.shop().sixHaves));
  protected readonly metCount = computed(() => sixHavesMet(this.checklist()));
  protected readonly label = periodLabel;
  protected readonly count = formatCount;
}
