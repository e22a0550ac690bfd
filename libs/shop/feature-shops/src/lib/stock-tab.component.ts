import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { RegionNode } from '@xiangzhi/registry/data-access';
import { ApiError, newClientKey } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import {
  CONSOLE_FUND_SOURCES,
  CONSOLE_STOCK_MOVEMENT_KINDS,
  ConsoleFundSource,
  ConsoleGoods,
  ConsoleShop,
  ConsoleStockMovement,
  ConsoleStockMovementKind,
  GoodsConsoleFacade,
  ShopsConsoleFacade,
  StockConsoleFacade,
} from '@xiangzhi/shop/data-access';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { PhotoUploadComponent } from './photo-upload.component';
import { formatYuan, isoDay, isWhole, isYuan, signed, stocktakeAdjustment, validReason } from './shop-rules';

interface StockInForm {
  goodsId: string | null;
  quantity: number | null;
  unitCostYuan: number | null;
  supplier: string;
  occurredOn: Date | null;
  fundVillageCode: string | null;
  fundSource: ConsoleFundSource;
  receiptFileId: string | null;
}

interface StocktakeForm {
  goodsId: string | null;
  countedQuantity: number | null;
  reason: string;
}

const KIND_COLORS: Record<ConsoleStockMovementKind, string> = {
  STOCK_IN: 'green',
  REDEMPTION: 'blue',
  REVERSAL: 'orange',
  STOCKTAKE: 'purple',
};

/** 入库台账: the shop's stock ledger, filterable by goods and kind; stock-in and stocktake forms. */
@Component({
  selector: 'xz-shop-stock-tab',
  imports: [
    FormsModule,
    TranslocoPipe,
    NzButtonModule,
    NzDatePickerModule,
    NzInputModule,
    NzInputNumberModule,
    NzModalModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    ErrorMessageComponent,
    PhotoUploadComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './stock-tab.component.html',
  styleUrl: './shop-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class StockTabComponent implements OnInit {
  private readonly stock = inject(StockConsoleFacade);
  private readonly goodsFacade = inject(GoodsConsoleFacade);
  private readonly shops = inject(ShopsConsoleFacade);
  private readonly session = inject(SessionFacade);
  readonly shop = input.required<ConsoleShop>();
  readonly villages = input<RegionNode[]>([]);

  protected readonly canStock = computed(() => this.session.can('SHOP_STOCK'));
  protected readonly kinds = CONSOLE_STOCK_MOVEMENT_KINDS;
  protected readonly fundSources = CONSOLE_FUND_SOURCES;
  protected readonly kindColors = KIND_COLORS;
  protected readonly yuan = formatYuan;
  protected readonly signed = signed;
  protected readonly goods = signal<ConsoleGoods[]>([]);
  protected readonly items = signal<ConsoleStockMovement[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = 20;
  protected readonly goodsFilter = signal<string | null>(null);
  protected readonly kindFilter = signal<ConsoleStockMovementKind | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected readonly stockingIn = signal(false);
  protected readonly counting = signal(false);
  protected readonly saving = signal(false);
  protected readonly photoBusy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly formError = signal<ApiError | null>(null);
  /** The adjustment the last stocktake recorded. */
  protected readonly lastAdjustment = signal<ConsoleStockMovement | null>(null);
  protected stockInForm: StockInForm = this.emptyStockIn([]);
  protected stocktakeForm: StocktakeForm = { goodsId: null, countedQuantity: null, reason: '' };
  private clientKey = newClientKey();

  ngOnInit(): void {
    void this.loadGoods();
    void this.load();
  }

  protected villageOptions(): { code: string; name: string }[] {
    return this.shop().villageCodes.map((code) => ({
      code,
      name: this.villages().find((v) => v.code === code)?.name ?? code,
    }));
  }

  protected villageName(code: string | null | undefined): string {
    if (!code) return '—';
    return this.villages().find((v) => v.code === code)?.name ?? code;
  }

  async loadGoods(): Promise<void> {
    try {
      this.goods.set((await this.goodsFacade.goods(this.shop().id)).items);
    } catch (error) {
      this.error.set(ApiError.from(error));
    }
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.stock.movements({
        shopId: this.shop().id,
        goodsId: this.goodsFilter(),
        kind: this.kindFilter(),
        pageIndex: this.pageIndex(),
        pageSize: this.pageSize,
      });
      this.items.set(page.items);
      this.total.set(page.total);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected filterGoods(goodsId: string | null): void {
    this.goodsFilter.set(goodsId);
    this.pageIndex.set(1);
    void this.load();
  }

  protected filterKind(kind: ConsoleStockMovementKind | null): void {
    this.kindFilter.set(kind);
    this.pageIndex.set(1);
    void this.load();
  }

  protected changePage(index: number): void {
    this.pageIndex.set(index);
    void this.load();
  }

  protected openReceipt(fileId: string): void {
    this.shops.openPhoto(fileId, 'receipt').catch((error) => this.error.set(ApiError.from(error)));
  }

  protected openStockIn(): void {
    this.stockInForm = this.emptyStockIn(this.shop().villageCodes);
    this.openForm();
    this.stockingIn.set(true);
  }

  protected stockInValid(): boolean {
    const f = this.stockInForm;
    return (
      !!f.goodsId &&
      isWhole(f.quantity, 1) &&
      isYuan(f.unitCostYuan) &&
      !!f.supplier.trim() &&
      f.occurredOn !== null &&
      !!f.fundVillageCode
    );
  }

  async saveStockIn(): Promise<void> {
    this.submitted.set(true);
    const f = this.stockInForm;
    if (!this.stockInValid() || this.photoBusy()) return;
    await this.runForm(async () => {
      await this.stock.stockIn(
        {
          goodsId: f.goodsId as string,
          quantity: f.quantity as number,
          unitCostYuan: f.unitCostYuan as number,
          supplier: f.supplier.trim(),
          occurredOn: isoDay(f.occurredOn as Date),
          fundVillageCode: f.fundVillageCode as string,
          fundSource: f.fundSource,
          receiptFileId: f.receiptFileId,
        },
        this.clientKey,
      );
      this.stockingIn.set(false);
    });
  }

  protected openStocktake(): void {
    this.stocktakeForm = { goodsId: null, countedQuantity: null, reason: '' };
    this.lastAdjustment.set(null);
    this.openForm();
    this.counting.set(true);
  }

  /** The stock of the goods being counted, by the ledger. */
  protected countedStock(): number {
    return this.goods().find((g) => g.id === this.stocktakeForm.goodsId)?.stock ?? 0;
  }

  protected adjustment(): number {
    return stocktakeAdjustment(this.countedStock(), this.stocktakeForm.countedQuantity);
  }

  protected stocktakeValid(): boolean {
    const f = this.stocktakeForm;
    return !!f.goodsId && isWhole(f.countedQuantity, 0) && validReason(f.reason);
  }

  async saveStocktake(): Promise<void> {
    this.submitted.set(true);
    const f = this.stocktakeForm;
    if (!this.stocktakeValid()) return;
    await this.runForm(async () => {
      const movement = await this.stock.stocktake(
        { goodsId: f.goodsId as string, countedQuantity: f.countedQuantity as number, reason: f.reason.trim() },
        this.clientKey,
      );
      this.lastAdjustment.set(movement);
      this.counting.set(false);
    });
  }

  private openForm(): void {
    this.clientKey = newClientKey();
    this.submitted.set(false);
    this.formError.set(null);
  }

  private async runForm(call: () => Promise<void>): Promise<void> {
    this.saving.set(true);
    this.formError.set(null);
    try {
      await call();
      // the attempt is done: the next form gets a fresh key (a retry after an error keeps this one)
      this.clientKey = newClientKey();
      await Promise.all([this.load(), this.loadGoods()]);
    } catch (error) {
      this.formError.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }

  private emptyStockIn(villages: readonly string[]): StockInForm {
    return {
      goodsId: null,
      quantity: null,
      unitCostYuan: null,
      supplier: '',
      occurredOn: new Date(),
      fundVillageCode: villages.length === 1 ? villages[0] : null,
      fundSource: 'ALLOCATION',
      receiptFileId: null,
    };
  }
}
