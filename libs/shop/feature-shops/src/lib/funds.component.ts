import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { ApiError, newClientKey } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import {
  CONSOLE_FUND_SOURCES,
  CONSOLE_RECORDABLE_FUND_KINDS,
  ConsoleFundEntry,
  ConsoleFundEntryKind,
  ConsoleFundSource,
  ConsoleVillageFunds,
  FundsConsoleFacade,
} from '@xiangzhi/shop/data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { formatYuan, fundSourceFor, isoDay, isYuan, liabilityGap, validReason } from './shop-rules';
import { ShopVillageSelect } from './village-select';

interface FundForm {
  kind: ConsoleFundEntryKind;
  source: ConsoleFundSource;
  amountYuan: number | null;
  occurredOn: Date | null;
  description: string;
}

/** 经费台账: a village's funds by source beside its points liability, the entries, record and reverse. */
@Component({
  selector: 'xz-shop-funds',
  imports: [
    DatePipe,
    FormsModule,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDatePickerModule,
    NzInputModule,
    NzInputNumberModule,
    NzModalModule,
    NzSelectModule,
    NzSpinModule,
    NzTableModule,
    NzTagModule,
    EmptyStateComponent,
    ErrorMessageComponent,
  ],
  providers: [ShopVillageSelect],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './funds.component.html',
  styleUrl: './shop-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class FundsComponent {
  private readonly facade = inject(FundsConsoleFacade);
  private readonly session = inject(SessionFacade);
  protected readonly choice = inject(ShopVillageSelect);

  protected readonly canManage = computed(() => this.session.can('FUNDS_MANAGE'));
  protected readonly kinds = CONSOLE_RECORDABLE_FUND_KINDS;
  protected readonly sources = CONSOLE_FUND_SOURCES;
  protected readonly yuan = formatYuan;
  protected readonly funds = signal<ConsoleVillageFunds | null>(null);
  protected readonly gap = computed(() => {
    const funds = this.funds();
    return funds ? liabilityGap(funds.balanceYuan, funds.liabilityYuan) : 0;
  });
  protected readonly items = signal<ConsoleFundEntry[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = 20;
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected readonly recording = signal(false);
  protected readonly reversing = signal<ConsoleFundEntry | null>(null);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly formError = signal<ApiError | null>(null);
  protected form: FundForm = this.emptyForm();
  protected reason = '';
  private clientKey = newClientKey();

  constructor() {
    effect(() => {
      const village = this.choice.villageCode();
      untracked(() => {
        this.funds.set(null);
        this.items.set([]);
        this.pageIndex.set(1);
        if (village) void this.load();
      });
    });
  }

  async load(): Promise<void> {
    const village = this.choice.villageCode();
    if (!village) return;
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.facade.funds(village, this.pageIndex(), this.pageSize);
      if (this.choice.villageCode() !== village) return;
      this.funds.set(page.funds);
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

  protected changeKind(kind: ConsoleFundEntryKind): void {
    this.form.kind = kind;
    this.form.source = fundSourceFor(kind) ?? this.form.source;
  }

  protected sourceFixed(): boolean {
    return fundSourceFor(this.form.kind) !== null;
  }

  protected openRecord(): void {
    this.form = this.emptyForm();
    this.begin();
    this.recording.set(true);
  }

  protected formValid(): boolean {
    const f = this.form;
    return isYuan(f.amountYuan) && (f.amountYuan as number) > 0 && f.occurredOn !== null && !!f.description.trim();
  }

  async record(): Promise<void> {
    this.submitted.set(true);
    const village = this.choice.villageCode();
    const f = this.form;
    if (!village || !this.formValid()) return;
    await this.run(async () => {
      await this.facade.record(
        {
          villageCode: village,
          kind: f.kind,
          source: f.source,
          amountYuan: f.amountYuan as number,
          occurredOn: isoDay(f.occurredOn as Date),
          description: f.description,
        },
        this.clientKey,
      );
      this.recording.set(false);
    });
  }

  protected canReverse(entry: ConsoleFundEntry): boolean {
    return !entry.reversalOf && !entry.reversedBy && !entry.stockMovementId;
  }

  protected openReverse(entry: ConsoleFundEntry): void {
    this.reason = '';
    this.begin();
    this.reversing.set(entry);
  }

  protected reasonValid(): boolean {
    return validReason(this.reason);
  }

  async reverse(): Promise<void> {
    this.submitted.set(true);
    const entry = this.reversing();
    if (!entry || !this.reasonValid()) return;
    await this.run(async () => {
      await this.facade.reverse(entry.id, this.reason, this.clientKey);
      this.reversing.set(null);
    });
  }

  private begin(): void {
    this.clientKey = newClientKey();
    this.submitted.set(false);
    this.formError.set(null);
  }

  private async run(call: () => Promise<void>): Promise<void> {
    this.saving.set(true);
    this.formError.set(null);
    try {
      await call();
      this.clientKey = newClientKey();
      await this.load();
    } catch (error) {
      this.formError.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }

  private emptyForm(): FundForm {
    return { kind: 'ALLOCATION', source: 'ALLOCATION', amountYuan: null, occurredOn: new Date(), description: '' };
  }
}
