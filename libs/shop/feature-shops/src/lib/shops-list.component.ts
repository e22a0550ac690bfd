import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { RegionContext, RegionNode, RegionsFacade } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { ConsoleShop, ShopsConsoleFacade } from '@xiangzhi/shop/data-access';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { SIX_HAVE_KEYS, sixHavesDone } from './shop-rules';

/** The villages a new shop may serve: the town's villages, or the village and its neighbours. */
export async function shopVillageOptions(region: RegionNode | null, regions: RegionsFacade): Promise<RegionNode[]> {
  if (!region) return [];
  if (region.level === 'TOWN') return (await regions.children(region.code)).filter((c) => c.level === 'VILLAGE');
  if (region.level === 'VILLAGE') {
    if (!region.parentCode) return [region];
    const siblings = (await regions.children(region.parentCode)).filter((c) => c.level === 'VILLAGE');
    return siblings.length > 0 ? siblings : [region];
  }
  return [];
}

/** 超市列表: the shops of the header's region, paged, with the form for a new shop. */
@Component({
  selector: 'xz-shop-list',
  imports: [
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzButtonModule,
    NzInputModule,
    NzModalModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    EmptyStateComponent,
    ErrorMessageComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shops-list.component.html',
  styleUrl: './shop-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class ShopsListComponent {
  private readonly facade = inject(ShopsConsoleFacade);
  private readonly regions = inject(RegionsFacade);
  private readonly session = inject(SessionFacade);
  private readonly context = inject(RegionContext);

  protected readonly region = this.context.current;
  protected readonly canManage = computed(() => this.session.can('SHOP_MANAGE'));
  protected readonly sixTotal = SIX_HAVE_KEYS.length;
  protected readonly done = sixHavesDone;
  protected readonly items = signal<ConsoleShop[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly villages = signal<RegionNode[]>([]);

  protected readonly creating = signal(false);
  protected readonly saving = signal(false);
  protected readonly createError = signal<ApiError | null>(null);
  protected readonly submitted = signal(false);
  protected form = { name: '', villageCodes: [] as string[], address: '', personInCharge: '' };

  constructor() {
    effect(() => {
      const region = this.region();
      untracked(() => {
        this.pageIndex.set(1);
        void this.load();
        void shopVillageOptions(region, this.regions)
          .then((villages) => this.villages.set(villages))
          .catch(() => this.villages.set([]));
      });
    });
  }

  async load(): Promise<void> {
    const regionCode = this.region()?.code ?? null;
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.facade.shops(regionCode, this.pageIndex(), this.pageSize());
      if ((this.region()?.code ?? null) !== regionCode) return;
      this.items.set(page.items);
      this.total.set(page.total);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected changePage(index: number): void {
    this.pageIndex.set(index);
    void this.load();
  }

  protected changePageSize(size: number): void {
    this.pageSize.set(size);
    this.pageIndex.set(1);
    void this.load();
  }

  protected villageName(code: string): string {
    return this.villages().find((v) => v.code === code)?.name ?? code;
  }

  protected openCreate(): void {
    const region = this.region();
    this.form = {
      name: '',
      villageCodes: region?.level === 'VILLAGE' ? [region.code] : [],
      address: '',
      personInCharge: '',
    };
    this.submitted.set(false);
    this.createError.set(null);
    this.creating.set(true);
  }

  protected formValid(): boolean {
    const f = this.form;
    return !!f.name.trim() && f.villageCodes.length > 0 && !!f.address.trim() && !!f.personInCharge.trim();
  }

  async create(): Promise<void> {
    this.submitted.set(true);
    if (!this.formValid()) return;
    this.saving.set(true);
    this.createError.set(null);
    try {
      await this.facade.create({
        name: this.form.name.trim(),
        villageCodes: [...this.form.villageCodes],
        address: this.form.address.trim(),
        personInCharge: this.form.personInCharge.trim(),
      });
      this.creating.set(false);
      await this.load();
    } catch (error) {
      this.createError.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }
}
