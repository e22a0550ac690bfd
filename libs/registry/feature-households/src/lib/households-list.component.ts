import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import {
  CardPrintFacade,
  GridsFacade,
  HouseholdRow,
  HouseholdsFacade,
  RegionContext,
  Residency,
} from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';

/** Households of the header's region: server-side paging, filters, search; card printing and Excel export. */
@Component({
  selector: 'xz-households-list',
  imports: [
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzTableModule,
    NzButtonModule,
    NzInputModule,
    NzSelectModule,
    NzTagModule,
    NzTooltipModule,
    ErrorMessageComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './households-list.component.html',
  styleUrl: './households-list.component.css',
})
export class HouseholdsListComponent {
  private readonly households = inject(HouseholdsFacade);
  private readonly gridsFacade = inject(GridsFacade);
  private readonly cards = inject(CardPrintFacade);
  private readonly context = inject(RegionContext);
  private readonly session = inject(SessionFacade);
  private readonly router = inject(Router);

  protected readonly items = this.households.items;
  protected readonly total = this.households.total;
  protected readonly loading = this.households.loading;
  protected readonly error = this.households.error;
  protected readonly query = this.households.query;
  protected readonly region = this.context.current;
  protected readonly villageCode = this.context.villageCode;
  protected readonly grids = computed(() => {
    const village = this.villageCode();
    return village && this.gridsFacade.villageCode() === village ? this.gridsFacade.items() : [];
  });
  protected readonly printing = this.cards.printing;
  protected readonly printError = this.cards.error;
  protected readonly canWrite = computed(() => this.session.can('HOUSEHOLD_WRITE'));
  protected readonly canPrint = computed(() => this.session.can('CARD_PRINT'));
  protected readonly residencies: Residency[] = ['LOCAL_HUKOU', 'NON_LOCAL'];

  protected readonly search = signal(this.households.query().search);
  protected readonly selectedIds = signal<ReadonlySet<string>>(new Set());
  protected readonly exportError = signal<ApiError | null>(null);
  protected readonly allOnPageSelected = computed(
    () => this.items().length > 0 && this.items().every((h) => this.selectedIds().has(h.id)),
  );
  protected readonly someOnPageSelected = computed(
    () => !this.allOnPageSelected() && this.items().some((h) => this.selectedIds().has(h.id)),
  );

  constructor() {
    // the header's region drives the list; a village also offers its grids as a filter
    effect(() => {
      const region = this.context.current();
      const village = this.context.villageCode();
      untracked(() => {
        if (!region) return;
        const sameRegion = this.households.query().regionCode === region.code;
        void this.households.load(sameRegion ? {} : { regionCode: region.code, gridCode: null });
        if (village) void this.gridsFacade.load(village);
        if (!sameRegion) this.selectedIds.set(new Set());
      });
    });
  }

  protected submitSearch(): void {
    void this.households.load({ search: this.search() });
  }

  protected filterGrid(gridCode: string | null): void {
    void this.households.load({ gridCode });
  }

  protected filterResidency(residency: Residency | null): void {
    void this.households.load({ residency });
  }

  protected filterParticipating(participating: boolean | null): void {
    void this.households.load({ participating });
  }

  protected changePage(pageIndex: number): void {
    void this.households.load({ pageIndex });
  }

  protected changePageSize(pageSize: number): void {
    void this.households.load({ pageSize });
  }

  protected openHousehold(household: HouseholdRow): void {
    void this.router.navigate(['/households', household.id]);
  }

  protected toggleRow(id: string, checked: boolean): void {
    const next = new Set(this.selectedIds());
    if (checked) next.add(id);
    else next.delete(id);
    this.selectedIds.set(next);
  }

  protected togglePage(checked: boolean): void {
    const next = new Set(this.selectedIds());
    for (const household of this.items()) {
      if (checked) next.add(household.id);
      else next.delete(household.id);
    }
    this.selectedIds.set(next);
  }

  protected printSelected(): void {
    void this.cards.print({ householdIds: [...this.selectedIds()] });
  }

  protected printVillage(): void {
    const villageCode = this.villageCode();
    if (villageCode) void this.cards.print({ villageCode });
  }

  protected async exportRegister(): Promise<void> {
    const region = this.region();
    if (!region) return;
    this.exportError.set(null);
    try {
      await this.households.exportXlsx(region.code);
    } catch (error) {
      this.exportError.set(ApiError.from(error));
    }
  }
}
