import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  HouseholdName,
  Listing,
  ListingsFacade,
  ListKind,
  ObjectionsFacade,
  PointsAccess,
  PublicationsFacade,
  SchemeInForce,
} from '@xiangzhi/points/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { HouseholdSearchComponent } from './household-search.component';
import { listingActive, ListingForm, listingFormErrors, listingInput, RED_TITLE_SUGGESTIONS } from './listing-rules';
import { householdText } from './objection-rules';
import { reasonText, todayIso } from './periods';
import { VillageChoice } from './village-choice';
import { VillagePickerComponent } from './village-picker.component';

const KINDS: readonly ListKind[] = ['RED', 'BLACK'];

/** Red list (红榜) and black list (黑榜) of a village: who is listed, add, revoke; the black list's effect on exchange. */
@Component({
  selector: 'xz-points-lists',
  imports: [
    FormsModule,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzInputModule,
    NzModalModule,
    NzTableModule,
    NzTabsModule,
    NzTagModule,
    ErrorMessageComponent,
    EmptyStateComponent,
    HouseholdSearchComponent,
    VillagePickerComponent,
  ],
  providers: [VillageChoice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lists.component.html',
  styleUrl: './results-page.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class ListsComponent {
  private readonly facade = inject(ListingsFacade);
  private readonly objections = inject(ObjectionsFacade);
  private readonly publications = inject(PublicationsFacade);
  private readonly access = inject(PointsAccess);
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);
  protected readonly choice = inject(VillageChoice);

  protected readonly kinds = KINDS;
  protected readonly today = todayIso();
  protected readonly suggestions = RED_TITLE_SUGGESTIONS;
  protected readonly canManage = computed(() => this.access.can('POINTS_LIST_MANAGE'));
  protected readonly kindIndex = signal(0);
  protected readonly kind = computed(() => KINDS[this.kindIndex()]);
  protected readonly items = signal<Listing[]>([]);
  protected readonly households = signal<ReadonlyMap<string, HouseholdName>>(new Map());
  protected readonly scheme = signal<SchemeInForce | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  // add
  protected readonly addOpen = signal(false);
  protected readonly form = signal<ListingForm>(this.emptyForm('RED'));
  protected readonly formErrors = computed(() => listingFormErrors(this.form()));
  protected readonly touched = signal(false);
  protected readonly saving = signal(false);
  protected readonly actionError = signal<ApiError | null>(null);

  // revoke
  protected readonly revoking = signal<Listing | null>(null);
  protected readonly revokeReason = signal('');
  protected readonly revokeValid = computed(() => reasonText(this.revokeReason()) !== null);

  constructor() {
    effect(() => {
      const village = this.choice.villageCode();
      const kind = this.kind();
      untracked(() => {
        this.items.set([]);
        if (village) void this.load(village, kind);
      });
    });
    effect(() => {
      const village = this.choice.villageCode();
      untracked(() => {
        this.scheme.set(null);
        if (village)
          void this.publications
            .schemeInForce(village, Number(this.today.slice(0, 4)))
            .then((s) => this.scheme.set(s))
            .catch(() => this.scheme.set(null));
      });
    });
  }

  async load(villageCode: string, kind: ListKind): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const items = await this.facade.list(villageCode, kind);
      if (villageCode !== this.choice.villageCode() || kind !== this.kind()) return;
      this.items.set(items);
      await Promise.all([...new Set(items.map((l) => l.householdId))].map((id) => this.ensureHousehold(id)));
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  private async ensureHousehold(id: string): Promise<void> {
    if (this.households().has(id)) return;
    try {
      const household = await this.objections.household(id);
      this.households.update((m) => new Map(m).set(id, household));
    } catch {
      // the row shows the id only
    }
  }

  protected household(listing: Listing): string {
    return householdText(this.households().get(listing.householdId), listing.householdId);
  }

  protected active(listing: Listing): boolean {
    return listingActive(listing, this.today);
  }

  private emptyForm(kind: ListKind): ListingForm {
    return { kind, householdId: null, title: '', note: '', fromDate: this.today, toDate: '' };
  }

  protected patch(patch: Partial<ListingForm>): void {
    this.form.update((f) => ({ ...f, ...patch }));
  }

  protected openAdd(): void {
    this.form.set(this.emptyForm(this.kind()));
    this.touched.set(false);
    this.actionError.set(null);
    this.addOpen.set(true);
  }

  async add(): Promise<void> {
    this.touched.set(true);
    const input = listingInput(this.form());
    if (!input) return;
    this.saving.set(true);
    this.actionError.set(null);
    try {
      await this.facade.add(input);
      this.addOpen.set(false);
      this.message.success(this.transloco.translate('pointsResults.lists.form.done'));
      const village = this.choice.villageCode();
      if (village) await this.load(village, this.kind());
    } catch (error) {
      this.actionError.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }

  protected openRevoke(listing: Listing): void {
    this.revokeReason.set('');
    this.touched.set(false);
    this.actionError.set(null);
    this.revoking.set(listing);
  }

  async revoke(): Promise<void> {
    const listing = this.revoking();
    const reason = reasonText(this.revokeReason());
    this.touched.set(true);
    if (!listing || !reason) return;
    this.saving.set(true);
    this.actionError.set(null);
    try {
      const updated = await this.facade.revoke(listing.id, reason);
      this.items.update((items) => items.map((l) => (l.id === updated.id ? updated : l)));
      this.revoking.set(null);
      this.message.success(this.transloco.translate('pointsResults.lists.revokeForm.done'));
    } catch (error) {
      this.actionError.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }
}
