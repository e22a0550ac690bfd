import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  BulkProgress,
  BulkResult,
  groupItemsByCategory,
  keepKeyAfter,
  LEDGER_CHANNELS,
  LedgerBulkInput,
  LedgerEntryChannel,
  LedgerGrants,
  LedgerHousehold,
  LedgerItem,
  LedgerRecordFacade,
  LedgerSchemeInForce,
  pointsProblem,
  todayIso,
  toBulkInputs,
} from '@xiangzhi/points/data-access';
import { RegionContext } from '@xiangzhi/registry/data-access';
import { ApiError, newClientKey } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { EvidenceUploadComponent } from './evidence-upload.component';

/** Households whose head, card number or address contains `text`. */
export function filterHouseholds(list: readonly LedgerHousehold[], text: string): LedgerHousehold[] {
  const needle = text.trim();
  if (!needle) return [...list];
  return list.filter(
    (h) => (h.head?.name ?? '').includes(needle) || h.cardNumber.includes(needle) || h.address.includes(needle),
  );
}

/** Percent of calls done (0–100). */
export function bulkPercent(progress: BulkProgress | null): number {
  if (!progress || !progress.total) return 0;
  return Math.round((progress.done / progress.total) * 100);
}

/** Bulk recording: one item, one day, one description for many households (e.g. everyone at a clean-up day). */
@Component({
  selector: 'xz-bulk-record',
  imports: [
    FormsModule,
    ReactiveFormsModule,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    NzProgressModule,
    NzSelectModule,
    NzTableModule,
    ErrorMessageComponent,
    EvidenceUploadComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './bulk-record.component.html',
  styleUrl: './ledger-pages.css',
})
export class BulkRecordComponent {
  private readonly facade = inject(LedgerRecordFacade);
  private readonly context = inject(RegionContext);
  private readonly grants = inject(LedgerGrants);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly channels = LEDGER_CHANNELS;
  protected readonly villageCode = this.context.villageCode;
  protected readonly canUpload = computed(() => this.grants.can('FILE_UPLOAD'));
  protected readonly today = todayIso();

  protected readonly form = this.fb.group({
    itemCode: this.fb.control<string | null>(null, Validators.required),
    points: this.fb.control<number | null>(null, Validators.required),
    occurredOn: this.fb.control(todayIso(), Validators.required),
    place: this.fb.control(''),
    description: this.fb.control('', [Validators.required, Validators.maxLength(1000)]),
    channel: this.fb.control<LedgerEntryChannel>('ON_SITE'),
  });
  private readonly formValue = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });

  protected readonly scheme = signal<LedgerSchemeInForce | null>(null);
  protected readonly households = signal<LedgerHousehold[]>([]);
  protected readonly loadingHouseholds = signal(false);
  protected readonly filter = signal('');
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly evidenceIds = signal<readonly string[]>([]);
  protected readonly uploading = signal(false);
  protected readonly running = signal(false);
  protected readonly progress = signal<BulkProgress | null>(null);
  protected readonly result = signal<BulkResult | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly submitted = signal(false);
  /** The calls of the current attempt, kept for a retry after a network failure (same keys). */
  private attempt: LedgerBulkInput[] | null = null;

  /** Only household items can be recorded in bulk (an individual item needs a member each). */
  protected readonly groups = computed(() =>
    groupItemsByCategory((this.scheme()?.items ?? []).filter((i) => i.subject === 'HOUSEHOLD')),
  );
  protected readonly item = computed<LedgerItem | null>(() => {
    const code = this.formValue().itemCode;
    return this.scheme()?.items.find((i) => i.code === code) ?? null;
  });
  protected readonly pointsError = computed(() => {
    const points = this.formValue().points;
    return pointsProblem(this.item(), points === null || points === undefined ? null : Number(points));
  });
  protected readonly visible = computed(() => filterHouseholds(this.households(), this.filter()));
  protected readonly allVisibleSelected = computed(
    () => this.visible().length > 0 && this.visible().every((h) => this.selected().has(h.id)),
  );
  protected readonly someVisibleSelected = computed(
    () => !this.allVisibleSelected() && this.visible().some((h) => this.selected().has(h.id)),
  );
  protected readonly percent = computed(() => bulkPercent(this.progress()));
  protected readonly evidenceMissing = computed(
    () => !!this.item()?.evidenceRequired && this.evidenceIds().length === 0,
  );

  constructor() {
    const year = computed(() => Number((this.formValue().occurredOn ?? this.today).slice(0, 4)) || null);
    effect(() => {
      const village = this.villageCode();
      const y = year();
      untracked(() => void this.loadScheme(village, y));
    });
    effect(() => {
      const village = this.villageCode();
      untracked(() => void this.loadHouseholds(village));
    });
    effect(() => {
      const item = this.item();
      untracked(() => {
        if (item && item.minPoints === item.maxPoints) this.form.controls.points.setValue(item.minPoints);
      });
    });
    // a changed form is a new attempt
    this.form.valueChanges.subscribe(() => {
      if (!this.running()) this.attempt = null;
    });
  }

  protected toggle(id: string, checked: boolean): void {
    const next = new Set(this.selected());
    if (checked) next.add(id);
    else next.delete(id);
    this.selected.set(next);
    if (!this.running()) this.attempt = null;
  }

  protected toggleVisible(checked: boolean): void {
    const next = new Set(this.selected());
    for (const h of this.visible()) {
      if (checked) next.add(h.id);
      else next.delete(h.id);
    }
    this.selected.set(next);
    if (!this.running()) this.attempt = null;
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    const item = this.item();
    if (!item || this.form.invalid || this.pointsError() || !this.selected().size || this.evidenceMissing()) {
      this.form.markAllAsTouched();
      return;
    }
    const raw = this.form.getRawValue();
    this.attempt ??= toBulkInputs(
      {
        itemCode: item.code,
        points: Number(raw.points),
        occurredOn: raw.occurredOn,
        place: raw.place,
        description: raw.description,
        channel: raw.channel,
      },
      this.households()
        .map((h) => h.id)
        .filter((id) => this.selected().has(id)),
      this.evidenceIds(),
      newClientKey(),
    );
    this.running.set(true);
    this.error.set(null);
    this.result.set(null);
    try {
      const result = await this.facade.recordBulk(this.attempt, (p) => this.progress.set(p));
      this.result.set(result);
      this.attempt = null;
      this.selected.set(new Set());
      this.submitted.set(false);
    } catch (error) {
      const apiError = ApiError.from(error);
      if (!keepKeyAfter(apiError)) this.attempt = null;
      this.error.set(apiError);
    } finally {
      this.running.set(false);
    }
  }

  private async loadScheme(village: string | null, year: number | null): Promise<void> {
    if (!village || !year) {
      this.scheme.set(null);
      return;
    }
    try {
      this.scheme.set(await this.facade.schemeInForce(village, year));
    } catch (error) {
      this.scheme.set(null);
      this.error.set(ApiError.from(error));
    }
  }

  private async loadHouseholds(village: string | null): Promise<void> {
    this.selected.set(new Set());
    this.households.set([]);
    if (!village) return;
    this.loadingHouseholds.set(true);
    try {
      const list = await this.facade.villageHouseholds(village);
      if (this.villageCode() === village) this.households.set(list);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loadingHouseholds.set(false);
    }
  }
}
