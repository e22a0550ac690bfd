import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { RegionContext, RegionNode, RegionsFacade } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { ConsoleShop, ShopsConsoleFacade } from '@xiangzhi/shop/data-access';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { GoodsTabComponent } from './goods-tab.component';
import { IssueLedgerTabComponent } from './issue-ledger-tab.component';
import { OperatorsTabComponent } from './operators-tab.component';
import { RatingsTabComponent } from './ratings-tab.component';
import { SIX_HAVE_KEYS, sixHavesDone } from './shop-rules';
import { shopVillageOptions } from './shops-list.component';
import { SixHavesTabComponent } from './six-haves-tab.component';
import { StockTabComponent } from './stock-tab.component';

/** 超市详情: the shop's facts and its tabs (六有, operators, goods, stock ledger, issue ledger, operator ratings). */
@Component({
  selector: 'xz-shop-detail',
  imports: [
    RouterLink,
    TranslocoPipe,
    NzSpinModule,
    NzTabsModule,
    NzTagModule,
    ErrorMessageComponent,
    SixHavesTabComponent,
    OperatorsTabComponent,
    GoodsTabComponent,
    StockTabComponent,
    IssueLedgerTabComponent,
    RatingsTabComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="..">← {{ 'shopConsole.detail.back' | transloco }}</a>
    </p>
    <xz-error-message [error]="error()" />
    <nz-spin [nzSpinning]="loading()">
      @if (shop(); as current) {
        <div class="title-row">
          <h2 data-testid="shop-title">{{ current.name }}</h2>
          <span>
            <nz-tag [nzColor]="current.sixHavesMissing.length === 0 ? 'green' : 'orange'">
              {{ 'shopConsole.sixHaves.progress' | transloco: { done: done(), total: sixTotal } }}
            </nz-tag>
            <nz-tag [nzColor]="current.active ? 'blue' : 'default'">
              {{ (current.active ? 'shopConsole.list.active' : 'shopConsole.list.closed') | transloco }}
            </nz-tag>
          </span>
        </div>
        <dl class="meta">
          <dt>{{ 'shopConsole.list.columns.villages' | transloco }}</dt>
          <dd>{{ villageNames() }}</dd>
          <dt>{{ 'shopConsole.list.columns.address' | transloco }}</dt>
          <dd>{{ current.address }}</dd>
          <dt>{{ 'shopConsole.list.columns.personInCharge' | transloco }}</dt>
          <dd>{{ current.personInCharge }}</dd>
        </dl>
        <nz-tabs>
          <nz-tab [nzTitle]="'shopConsole.tabs.sixHaves' | transloco">
            <ng-template nz-tab>
              <xz-shop-six-haves-tab [shop]="current" (changed)="shop.set($event)" />
            </ng-template>
          </nz-tab>
          <nz-tab [nzTitle]="'shopConsole.tabs.operators' | transloco">
            <ng-template nz-tab>
              <xz-shop-operators-tab [shop]="current" (changed)="shop.set($event)" />
            </ng-template>
          </nz-tab>
          <nz-tab [nzTitle]="'shopConsole.tabs.goods' | transloco">
            <ng-template nz-tab>
              <xz-shop-goods-tab [shop]="current" />
            </ng-template>
          </nz-tab>
          <nz-tab [nzTitle]="'shopConsole.tabs.stock' | transloco">
            <ng-template nz-tab>
              <xz-shop-stock-tab [shop]="current" [villages]="villages()" />
            </ng-template>
          </nz-tab>
          <nz-tab [nzTitle]="'shopConsole.tabs.issueLedger' | transloco">
            <ng-template nz-tab>
              <xz-shop-issue-ledger-tab [shop]="current" />
            </ng-template>
          </nz-tab>
          <nz-tab [nzTitle]="'shopConsole.tabs.ratings' | transloco">
            <ng-template nz-tab>
              <xz-shop-ratings-tab [shop]="current" />
            </ng-template>
          </nz-tab>
        </nz-tabs>
      }
    </nz-spin>
  `,
  styleUrl: './shop-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class ShopDetailComponent implements OnInit {
  private readonly route = inject(ActivatedRoute);
  private readonly facade = inject(ShopsConsoleFacade);
  private readonly regions = inject(RegionsFacade);
  private readonly context = inject(RegionContext);

  protected readonly shop = signal<ConsoleShop | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly villages = signal<RegionNode[]>([]);
  protected readonly sixTotal = SIX_HAVE_KEYS.length;
  protected readonly done = computed(() => {
    const shop = this.shop();
    return shop ? sixHavesDone(shop) : 0;
  });
  protected readonly villageNames = computed(() => {
    const shop = this.shop();
    if (!shop) return '';
    return shop.villageCodes.map((code) => this.villages().find((v) => v.code === code)?.name ?? code).join('、');
  });

  ngOnInit(): void {
    const id = this.route.snapshot.paramMap.get('id');
    if (id) void this.load(id);
    void shopVillageOptions(this.context.current(), this.regions)
      .then((villages) => this.villages.set(villages))
      .catch(() => this.villages.set([]));
  }

  async load(id: string): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.shop.set(await this.facade.shop(id));
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }
}
