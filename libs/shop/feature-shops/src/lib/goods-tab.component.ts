import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { ConsoleGoods, ConsoleGoodsPrice, ConsoleShop, GoodsConsoleFacade } from '@xiangzhi/shop/data-access';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { PhotoUploadComponent } from './photo-upload.component';
import { formatYuan, isWhole, isYuan, validReason } from './shop-rules';

interface GoodsForm {
  id: string | null;
  name: string;
  unit: string;
  pointsPrice: number | null;
  costYuan: number | null;
  cashLike: boolean;
  active: boolean;
  photoFileId: string | null;
}

interface PriceForm {
  goods: ConsoleGoods | null;
  pointsPrice: number | null;
  costYuan: number | null;
  reason: string;
}

/** 商品: the shop's goods with stock; new goods, edit, price change with a reason and the price history. */
@Component({
  selector: 'xz-shop-goods-tab',
  imports: [
    DatePipe,
    FormsModule,
    TranslocoPipe,
    NzButtonModule,
    NzCheckboxModule,
    NzDrawerModule,
    NzInputModule,
    NzInputNumberModule,
    NzModalModule,
    NzTableModule,
    NzTagModule,
    ErrorMessageComponent,
    PhotoUploadComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './goods-tab.component.html',
  styleUrl: './shop-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class GoodsTabComponent implements OnInit {
  private readonly facade = inject(GoodsConsoleFacade);
  private readonly session = inject(SessionFacade);
  readonly shop = input.required<ConsoleShop>();

  protected readonly canManage = computed(() => this.session.can('SHOP_MANAGE'));
  protected readonly yuan = formatYuan;
  protected readonly goods = signal<ConsoleGoods[]>([]);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected readonly editing = signal(false);
  protected readonly pricing = signal(false);
  protected readonly saving = signal(false);
  protected readonly photoBusy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly formError = signal<ApiError | null>(null);
  protected form: GoodsForm = this.emptyForm();
  protected price: PriceForm = { goods: null, pointsPrice: null, costYuan: null, reason: '' };

  protected readonly historyOf = signal<ConsoleGoods | null>(null);
  protected readonly history = signal<ConsoleGoodsPrice[]>([]);
  protected readonly historyLoading = signal(false);

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.goods.set((await this.facade.goods(this.shop().id)).items);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected openCreate(): void {
    this.form = this.emptyForm();
    this.openForm();
  }

  protected openEdit(goods: ConsoleGoods): void {
    this.form = {
      id: goods.id,
      name: goods.name,
      unit: goods.unit,
      pointsPrice: goods.pointsPrice,
      costYuan: goods.costYuan,
      cashLike: goods.cashLike,
      active: goods.active,
      photoFileId: goods.photoFileId ?? null,
    };
    this.openForm();
  }

  protected formValid(): boolean {
    const f = this.form;
    if (!f.name.trim() || !f.unit.trim()) return false;
    return f.id !== null || (isWhole(f.pointsPrice, 1) && isYuan(f.costYuan));
  }

  async saveGoods(): Promise<void> {
    this.submitted.set(true);
    if (!this.formValid() || this.photoBusy()) return;
    const f = this.form;
    await this.runForm(async () => {
      if (f.id === null) {
        await this.facade.create({
          shopId: this.shop().id,
          name: f.name.trim(),
          unit: f.unit.trim(),
          pointsPrice: f.pointsPrice as number,
          costYuan: f.costYuan as number,
          cashLike: f.cashLike,
          photoFileId: f.photoFileId,
        });
      } else {
        await this.facade.update({
          id: f.id,
          name: f.name.trim(),
          unit: f.unit.trim(),
          cashLike: f.cashLike,
          active: f.active,
          photoFileId: f.photoFileId,
        });
      }
      this.editing.set(false);
    });
  }

  protected openPrice(goods: ConsoleGoods): void {
    this.price = { goods, pointsPrice: goods.pointsPrice, costYuan: goods.costYuan, reason: '' };
    this.submitted.set(false);
    this.formError.set(null);
    this.pricing.set(true);
  }

  protected priceValid(): boolean {
    const p = this.price;
    return isWhole(p.pointsPrice, 1) && isYuan(p.costYuan) && validReason(p.reason);
  }

  async savePrice(): Promise<void> {
    this.submitted.set(true);
    const p = this.price;
    if (!p.goods || !this.priceValid()) return;
    const goodsId = p.goods.id;
    await this.runForm(async () => {
      await this.facade.changePrice({
        goodsId,
        pointsPrice: p.pointsPrice as number,
        costYuan: p.costYuan as number,
        reason: p.reason.trim(),
      });
      this.pricing.set(false);
    });
  }

  async openHistory(goods: ConsoleGoods): Promise<void> {
    this.historyOf.set(goods);
    this.history.set([]);
    this.historyLoading.set(true);
    try {
      this.history.set((await this.facade.priceHistory(goods.id, 1, 100)).items);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.historyLoading.set(false);
    }
  }

  private openForm(): void {
    this.submitted.set(false);
    this.formError.set(null);
    this.editing.set(true);
  }

  private async runForm(call: () => Promise<void>): Promise<void> {
    this.saving.set(true);
    this.formError.set(null);
    try {
      await call();
      await this.load();
    } catch (error) {
      this.formError.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }

  private emptyForm(): GoodsForm {
    return {
      id: null,
      name: '',
      unit: '',
      pointsPrice: null,
      costYuan: null,
      cashLike: false,
      active: true,
      photoFileId: null,
    };
  }
}
