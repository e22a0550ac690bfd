import { ChangeDetectionStrategy, Component, effect, inject, input, model, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { HouseholdOption, ListingsFacade } from '@xiangzhi/points/data-access';
import { NzSelectModule } from 'ng-zorro-antd/select';

/** The label of a household in pickers: head of household and card number. */
export function householdLabel(household: Pick<HouseholdOption, 'cardNumber' | 'head'>): string {
  return household.head ? `${household.head.name}（${household.cardNumber}）` : household.cardNumber;
}

/** Picks a taking-part household of a village by head's name or card number (server search). */
@Component({
  selector: 'xz-results-household-search',
  imports: [FormsModule, TranslocoPipe, NzSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-select
      class="control"
      nzShowSearch
      nzServerSearch
      nzAllowClear
      [nzId]="inputId()"
      [nzPlaceHolder]="'pointsResults.lists.form.searchHousehold' | transloco"
      [nzLoading]="searching()"
      [ngModel]="value()"
      (ngModelChange)="value.set($event)"
      (nzOnSearch)="search($event)"
      [attr.data-testid]="testId()"
    >
      @for (option of options(); track option.id) {
        <nz-option [nzValue]="option.id" [nzLabel]="label(option)" />
      }
    </nz-select>
  `,
  styles: `
    .control {
      width: 100%;
    }
  `,
})
export class HouseholdSearchComponent {
  private readonly listings = inject(ListingsFacade);

  readonly villageCode = input.required<string | null>();
  readonly inputId = input('household-search');
  readonly testId = input('household-search');
  /** The chosen household id. */
  readonly value = model<string | null>(null);

  protected readonly options = signal<HouseholdOption[]>([]);
  protected readonly searching = signal(false);
  protected readonly label = householdLabel;
  private requestId = 0;

  constructor() {
    effect(() => {
      const village = this.villageCode();
      untracked(() => {
        this.options.set([]);
        this.value.set(null);
        if (village) void this.search('');
      });
    });
  }

  async search(text: string): Promise<void> {
    const village = this.villageCode();
    if (!village) return;
    const id = ++this.requestId;
    this.searching.set(true);
    try {
      const found = await this.listings.searchHouseholds(village, text);
      if (id === this.requestId) this.options.set(found);
    } catch {
      if (id === this.requestId) this.options.set([]);
    } finally {
      if (id === this.requestId) this.searching.set(false);
    }
  }
}
