import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  groupItemsByCategory,
  isDeduction,
  keepKeyAfter,
  LEDGER_CHANNELS,
  LedgerEntryChannel,
  LedgerEntryRow,
  LedgerGrants,
  LedgerHousehold,
  LedgerHouseholdWithMembers,
  LedgerItem,
  LedgerRecordFacade,
  LedgerSchemeInForce,
  pointsProblem,
  signedLabel,
  todayIso,
  toRecordInput,
} from '@xiangzhi/points/data-access';
import { RegionContext } from '@xiangzhi/registry/data-access';
import { ApiError, newClientKey } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { EvidenceUploadComponent } from './evidence-upload.component';

/** Recording one entry for a household (or one of its members): 一日一记录. */
@Component({
  selector: 'xz-record-entry',
  imports: [
    FormsModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzFormModule,
    NzInputModule,
    NzSelectModule,
    NzTagModule,
    ErrorMessageComponent,
    EvidenceUploadComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './record-entry.component.html',
  styleUrl: './ledger-pages.css',
})
export class RecordEntryComponent {
  private readonly facade = inject(LedgerRecordFacade);
  private readonly context = inject(RegionContext);
  private readonly grants = inject(LedgerGrants);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly channels = LEDGER_CHANNELS;
  protected readonly villageCode = this.context.villageCode;
  protected readonly region = this.context.current;
  protected readonly canUpload = computed(() => this.grants.can('FILE_UPLOAD'));
  protected readonly today = todayIso();

  protected readonly form = this.fb.group({
    itemCode: this.fb.control<string | null>(null, Validators.required),
    memberId: this.fb.control<string | null>(null),
    points: this.fb.control<number | null>(null, Validators.required),
    occurredOn: this.fb.control(todayIso(), Validators.required),
    place: this.fb.control(''),
    description: this.fb.control('', [Validators.required, Validators.maxLength(1000)]),
    channel: this.fb.control<LedgerEntryChannel>('ON_SITE'),
    declaredByResident: this.fb.control(false),
  });
  private readonly formValue = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });

  protected readonly search = signal('');
  protected readonly searching = signal(false);
  protected readonly results = signal<LedgerHousehold[] | null>(null);
  protected readonly household = signal<LedgerHouseholdWithMembers | null>(null);
  protected readonly scheme = signal<LedgerSchemeInForce | null>(null);
  protected readonly schemeLoaded = signal(false);
  protected readonly evidenceIds = signal<readonly string[]>([]);
  protected readonly uploading = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly recorded = signal<LedgerEntryRow | null>(null);
  protected readonly submitted = signal(false);
  private attemptKey: string | null = null;

  protected readonly groups = computed(() => groupItemsByCategory(this.scheme()?.items ?? []));
  protected readonly item = computed<LedgerItem | null>(() => {
    const code = this.formValue().itemCode;
    return this.scheme()?.items.find((i) => i.code === code) ?? null;
  });
  protected readonly members = computed(() =>
    (this.household()?.members ?? []).filter((m) => m.active && m.participating),
  );
  protected readonly pointsError = computed(() => {
    const points = this.formValue().points;
    return pointsProblem(this.item(), points === null || points === undefined ? null : Number(points));
  });
  protected readonly memberMissing = computed(
    () => this.item()?.subject === 'INDIVIDUAL' && !this.formValue().memberId,
  );
  protected readonly evidenceMissing = computed(
    () => !!this.item()?.evidenceRequired && this.evidenceIds().length === 0,
  );
  protected readonly deduction = computed(() => {
    const item = this.item();
    return item ? isDeduction(item.kind) : false;
  });

  constructor() {
    // the scheme in force of the village for the year of the entry
    const year = computed(() => Number((this.formValue().occurredOn ?? this.today).slice(0, 4)) || null);
    effect(() => {
      const village = this.villageCode();
      const y = year();
      untracked(() => void this.loadScheme(village, y));
    });
    // a new village: start over
    effect(() => {
      this.villageCode();
      untracked(() => {
        this.household.set(null);
        this.results.set(null);
      });
    });
    // a fixed-points item fills the points in
    effect(() => {
      const item = this.item();
      untracked(() => {
        if (item && item.minPoints === item.maxPoints) this.form.controls.points.setValue(item.minPoints);
        if (item?.subject !== 'INDIVIDUAL') this.form.controls.memberId.setValue(null);
      });
    });
  }

  protected async findHouseholds(): Promise<void> {
    const village = this.villageCode();
    const text = this.search().trim();
    if (!village || !text) return;
    this.searching.set(true);
    this.error.set(null);
    try {
      let found = await this.facade.search(village, text);
      if (!found.length) {
        const byCard = await this.facade.byCard(text);
        found = byCard ? [byCard] : [];
      }
      this.results.set(found);
      if (found.length === 1) await this.pick(found[0]);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.searching.set(false);
    }
  }

  protected async pick(household: LedgerHousehold): Promise<void> {
    this.error.set(null);
    try {
      this.household.set(await this.facade.withMembers(household.id));
      this.form.controls.memberId.setValue(null);
    } catch (error) {
      this.error.set(ApiError.from(error));
    }
  }

  protected clearHousehold(): void {
    this.household.set(null);
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    const household = this.household();
    const item = this.item();
    if (
      !household ||
      !item ||
      this.form.invalid ||
      this.pointsError() ||
      this.memberMissing() ||
      this.evidenceMissing() ||
      this.uploading()
    ) {
      this.form.markAllAsTouched();
      return;
    }
    const raw = this.form.getRawValue();
    this.attemptKey ??= newClientKey();
    const input = toRecordInput(
      { ...raw, points: Number(raw.points), householdId: household.id },
      item,
      this.evidenceIds(),
      this.attemptKey,
    );
    this.saving.set(true);
    this.error.set(null);
    try {
      const entry = await this.facade.record(input);
      this.attemptKey = null;
      this.recorded.set(entry);
      this.submitted.set(false);
      // the next entry: same day, channel and item kind of work; new household, text and evidence
      this.form.patchValue({ memberId: null, place: '', description: '', declaredByResident: false });
      this.evidenceIds.set([]);
      this.household.set(null);
      this.results.set(null);
      this.search.set('');
    } catch (error) {
      const apiError = ApiError.from(error);
      if (!keepKeyAfter(apiError)) this.attemptKey = null;
      this.error.set(apiError);
    } finally {
      this.saving.set(false);
    }
  }

  protected signed(points: number): string {
    return signedLabel(points);
  }

  private async loadScheme(village: string | null, year: number | null): Promise<void> {
    this.schemeLoaded.set(false);
    if (!village || !year) {
      this.scheme.set(null);
      return;
    }
    try {
      const scheme = await this.facade.schemeInForce(village, year);
      if (this.villageCode() !== village) return;
      this.scheme.set(scheme);
      if (scheme && !scheme.items.some((i) => i.code === this.form.controls.itemCode.value)) {
        this.form.controls.itemCode.setValue(null);
      }
    } catch (error) {
      this.scheme.set(null);
      this.error.set(ApiError.from(error));
    } finally {
      this.schemeLoaded.set(true);
    }
  }
}
