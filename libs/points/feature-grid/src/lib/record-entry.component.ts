import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  ENTRY_CHANNELS,
  GridEntry,
  GridPointsFacade,
  GridScheme,
  GridSchemeItem,
  isOfflineFailure,
  PointsEntryChannel,
} from '@xiangzhi/points/data-access';
import { HouseholdFacade } from '@xiangzhi/registry/data-access';
import { ApiError, newClientKey } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { POINTS_GRID_STYLES } from './grid-styles';
import {
  buildRecordInput,
  emptyRecordForm,
  isFixed,
  itemGroups,
  localToday,
  RecordForm,
  recordFormErrors,
  steppedPoints,
  withItem,
} from './record-form';

/** An evidence photo being uploaded or uploaded. */
interface Photo {
  key: number;
  name: string;
  previewUrl: string;
  fileId: string | null;
}

/**
 * 记积分: a grid worker records an entry for the household found by QR scan — an item of the scheme in force (grouped
 * by category; fixed points or a stepper within the range; a member for INDIVIDUAL items), the date, place, what
 * happened, the channel and photos. One idempotency key per form, kept across retries (R3). Offline, the form stays.
 */
@Component({
  selector: 'xz-record-points-entry',
  imports: [RouterLink, TranslocoPipe, ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './record-entry.component.html',
  styles: [
    POINTS_GRID_STYLES,
    `
      .stepper {
        display: grid;
        grid-template-columns: 56px 1fr 56px;
        gap: 8px;
      }
      .stepper input {
        text-align: center;
      }
      .photos {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin: 8px 0;
      }
      .photo {
        position: relative;
        width: 96px;
        height: 96px;
      }
      .photo img {
        width: 96px;
        height: 96px;
        object-fit: cover;
        border-radius: 6px;
      }
      .photo button {
        position: absolute;
        top: 2px;
        right: 2px;
        min-height: 28px;
        padding: 0 8px;
      }
      .photo .uploading {
        position: absolute;
        inset: 0;
        display: flex;
        align-items: center;
        justify-content: center;
        background: rgba(255, 255, 255, 0.7);
        font-size: 12px;
      }
      .file-input {
        position: absolute;
        width: 1px;
        height: 1px;
        opacity: 0;
      }
      .submit {
        margin-top: 20px;
      }
    `,
  ],
})
export class RecordEntryComponent {
  private readonly households = inject(HouseholdFacade);
  private readonly points = inject(GridPointsFacade);

  /** Route parameter `:id` (the household). */
  readonly id = input.required<string>();
  /** Today (YYYY-MM-DD) for tests; the phone's date when not given (the router sets unbound inputs to undefined). */
  readonly today = input<string | undefined>(undefined);
  protected readonly day = computed(() => this.today() ?? localToday());

  protected readonly household = computed(() => {
    const current = this.households.household();
    return current?.id === this.id() ? current : null;
  });
  protected readonly householdError = this.households.error;
  protected readonly scheme = signal<GridScheme | null>(null);
  protected readonly schemeLoaded = signal(false);
  protected readonly form = signal<RecordForm>(emptyRecordForm(localToday()));
  protected readonly photos = signal<Photo[]>([]);
  protected readonly touched = signal(false);
  protected readonly submitting = signal(false);
  protected readonly offline = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly recorded = signal<GridEntry | null>(null);

  protected readonly channels = ENTRY_CHANNELS;
  protected readonly groups = computed(() => itemGroups(this.scheme()?.items ?? []));
  protected readonly item = computed(() => this.scheme()?.items.find((i) => i.code === this.form().itemCode) ?? null);
  protected readonly fixed = computed(() => {
    const item = this.item();
    return item ? isFixed(item) : false;
  });
  protected readonly members = computed(() => (this.household()?.members ?? []).filter((m) => m.active !== false));
  protected readonly uploading = computed(() => this.photos().some((p) => p.fileId === null));
  protected readonly errors = computed(() => recordFormErrors(this.form(), this.item(), this.day()));
  protected readonly shown = computed(() => (this.touched() ? this.errors() : {}));

  /** One key per recording: kept across retries of the same form, renewed after a success. */
  private idempotencyKey = newClientKey();
  private photoKey = 0;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        if (this.households.household()?.id !== id) void this.households.load(id);
      });
    });
    effect(() => {
      const household = this.household();
      const year = Number(this.day().slice(0, 4));
      if (household) untracked(() => void this.loadScheme(household.village.code, year));
    });
    effect(() => {
      const today = this.day();
      untracked(() => this.form.update((f) => (f.description || f.itemCode ? f : { ...f, occurredOn: today })));
    });
    inject(DestroyRef).onDestroy(() => this.photos().forEach((p) => URL.revokeObjectURL(p.previewUrl)));
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
  }

  protected patch(patch: Partial<RecordForm>): void {
    this.form.update((f) => ({ ...f, ...patch }));
  }

  protected pickItem(code: string): void {
    const item = this.scheme()?.items.find((i) => i.code === code) ?? null;
    this.form.update((f) => withItem(f, item));
  }

  protected step(by: number): void {
    const item = this.item();
    if (item) this.patch({ points: steppedPoints(item, this.form().points, by) });
  }

  protected typePoints(text: string): void {
    const n = Number(text);
    this.patch({ points: text.trim() === '' || !Number.isFinite(n) ? null : n });
  }

  protected pickChannel(channel: string): void {
    this.patch({ channel: channel as PointsEntryChannel });
  }

  protected signOf(item: GridSchemeItem): string {
    return item.kind === 'NEGATIVE' || item.kind === 'VETO' ? '−' : '+';
  }

  protected async addPhotos(event: Event): Promise<void> {
    const inputElement = event.target as HTMLInputElement;
    const files = Array.from(inputElement.files ?? []);
    inputElement.value = '';
    await Promise.all(files.map((file) => this.upload(file)));
  }

  protected removePhoto(photo: Photo): void {
    URL.revokeObjectURL(photo.previewUrl);
    this.photos.update((list) => list.filter((p) => p.key !== photo.key));
    this.syncEvidence();
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.touched.set(true);
    const item = this.item();
    const household = this.household();
    if (!item || !household || Object.keys(this.errors()).length > 0 || this.uploading() || this.submitting()) return;
    this.error.set(null);
    this.offline.set(false);
    if (globalThis.navigator?.onLine === false) {
      this.offline.set(true);
      return;
    }
    this.submitting.set(true);
    try {
      const entry = await this.points.record(buildRecordInput(this.form(), item, household.id, this.idempotencyKey));
      this.recorded.set(entry);
      this.reset();
    } catch (error) {
      if (isOfflineFailure(error)) this.offline.set(true);
      else this.error.set(ApiError.from(error));
    } finally {
      this.submitting.set(false);
    }
  }

  protected another(): void {
    this.recorded.set(null);
  }

  private reset(): void {
    this.idempotencyKey = newClientKey();
    this.photos().forEach((p) => URL.revokeObjectURL(p.previewUrl));
    this.photos.set([]);
    this.form.set(emptyRecordForm(this.day()));
    this.touched.set(false);
  }

  private async upload(file: File): Promise<void> {
    const key = ++this.photoKey;
    this.photos.update((list) => [
      ...list,
      { key, name: file.name, previewUrl: URL.createObjectURL(file), fileId: null },
    ]);
    try {
      const uploaded = await this.points.uploadEvidence(file);
      this.photos.update((list) => list.map((p) => (p.key === key ? { ...p, fileId: uploaded.id } : p)));
      this.syncEvidence();
    } catch (error) {
      const photo = this.photos().find((p) => p.key === key);
      if (photo) this.removePhoto(photo);
      if (isOfflineFailure(error)) this.offline.set(true);
      else this.error.set(ApiError.from(error));
    }
  }

  private syncEvidence(): void {
    this.patch({ evidenceFileIds: this.photos().flatMap((p) => (p.fileId ? [p.fileId] : [])) });
  }

  private async loadScheme(villageCode: string, year: number): Promise<void> {
    this.error.set(null);
    try {
      this.scheme.set(await this.points.schemeInForce(villageCode, year));
    } catch (error) {
      this.scheme.set(null);
      if (isOfflineFailure(error)) this.offline.set(true);
      else this.error.set(ApiError.from(error));
    } finally {
      this.schemeLoaded.set(true);
    }
  }
}
