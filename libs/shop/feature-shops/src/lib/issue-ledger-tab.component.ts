import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { ApiError, newClientKey } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import {
  ConsoleIssueLedgerTotals,
  ConsoleRedemption,
  ConsoleShop,
  IssueLedgerConsoleFacade,
} from '@xiangzhi/shop/data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { canReverse, isoDay, isReversal, monthRange, rangeDates, redemptionGoods, validReason } from './shop-rules';

/** 兑换台账: the issue ledger of a period with totals, Excel export, PDF print and reversal. */
@Component({
  selector: 'xz-shop-issue-ledger-tab',
  imports: [
    FormsModule,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzDatePickerModule,
    NzInputModule,
    NzModalModule,
    NzTableModule,
    NzTagModule,
    ErrorMessageComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './issue-ledger-tab.component.html',
  styleUrl: './shop-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class IssueLedgerTabComponent implements OnInit {
  private readonly facade = inject(IssueLedgerConsoleFacade);
  private readonly session = inject(SessionFacade);
  readonly shop = input.required<ConsoleShop>();

  protected readonly canReverseAny = computed(() => this.session.can('SHOP_REVERSE'));
  protected readonly canReverse = canReverse;
  protected readonly isReversal = isReversal;
  protected readonly goodsText = redemptionGoods;
  protected readonly period = signal(monthRange(isoDay(new Date())));
  protected readonly range = computed(() => rangeDates(this.period()));
  protected readonly items = signal<ConsoleRedemption[]>([]);
  protected readonly totals = signal<ConsoleIssueLedgerTotals | null>(null);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = 20;
  protected readonly loading = signal(false);
  protected readonly exporting = signal(false);
  protected readonly printing = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected readonly reversing = signal<ConsoleRedemption | null>(null);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly reverseError = signal<ApiError | null>(null);
  protected reason = '';
  private clientKey = newClientKey();

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    const period = this.period();
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.facade.ledger({
        shopId: this.shop().id,
        from: period.from,
        to: period.to,
        pageIndex: this.pageIndex(),
        pageSize: this.pageSize,
      });
      if (this.period() !== period) return;
      this.items.set(page.items);
      this.total.set(page.total);
      this.totals.set(page.totals);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected changeRange(dates: Date[] | null): void {
    if (!dates || dates.length !== 2 || !dates[0] || !dates[1]) return;
    this.period.set({ from: isoDay(dates[0]), to: isoDay(dates[1]) });
    this.pageIndex.set(1);
    void this.load();
  }

  protected changePage(index: number): void {
    this.pageIndex.set(index);
    void this.load();
  }

  async exportXlsx(): Promise<void> {
    const { from, to } = this.period();
    await this.download(this.exporting, () => this.facade.exportXlsx(this.shop().id, this.shop().name, from, to));
  }

  async print(): Promise<void> {
    const { from, to } = this.period();
    await this.download(this.printing, () => this.facade.openPdf(this.shop().id, this.shop().name, from, to));
  }

  protected receipt(row: ConsoleRedemption): void {
    this.facade.openReceipt(row).catch((error) => this.error.set(ApiError.from(error)));
  }

  protected openReverse(row: ConsoleRedemption): void {
    this.reason = '';
    this.clientKey = newClientKey();
    this.submitted.set(false);
    this.reverseError.set(null);
    this.reversing.set(row);
  }

  async reverse(): Promise<void> {
    const row = this.reversing();
    this.submitted.set(true);
    if (!row || !validReason(this.reason)) return;
    this.saving.set(true);
    this.reverseError.set(null);
    try {
      await this.facade.reverse(row.id, this.reason, this.clientKey);
      this.reversing.set(null);
      await this.load();
    } catch (error) {
      this.reverseError.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }

  protected validReason(): boolean {
    return validReason(this.reason);
  }

  private async download(flag: ReturnType<typeof signal<boolean>>, call: () => Promise<void>): Promise<void> {
    flag.set(true);
    this.error.set(null);
    try {
      await call();
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      flag.set(false);
    }
  }
}
