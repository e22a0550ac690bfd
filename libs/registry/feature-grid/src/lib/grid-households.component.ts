import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { HouseholdsFacade } from '@xiangzhi/registry/data-access';
import { EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { HouseholdListComponent } from './household-list.component';
import { PAGE_STYLES } from './page-styles';

const PAGE_SIZE = 50;

/** The households of one grid, 50 at a time. */
@Component({
  selector: 'xz-grid-households',
  imports: [RouterLink, TranslocoPipe, EmptyStateComponent, ErrorMessageComponent, HouseholdListComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="/">← {{ 'grid.household.back' | transloco }}</a>
    </p>
    <h1>{{ 'grid.gridHouseholds.title' | transloco }}</h1>
    <xz-error-message [error]="error()" />
    @if (items().length) {
      <p class="muted">{{ 'grid.gridHouseholds.count' | transloco: { total: total() } }}</p>
      <xz-grid-household-list [households]="items()" testId="grid-households" />
      @if (items().length < total()) {
        <button type="button" class="secondary block" [disabled]="loading()" (click)="loadMore()">
          {{ 'grid.gridHouseholds.more' | transloco }}
        </button>
      }
    } @else if (loading()) {
      <p class="loading">{{ 'common.loading' | transloco }}</p>
    } @else {
      <xz-empty-state [text]="'grid.gridHouseholds.empty' | transloco" />
    }
  `,
  styles: [PAGE_STYLES],
})
export class GridHouseholdsComponent {
  private readonly households = inject(HouseholdsFacade);

  /** Route parameter `:gridCode`. */
  readonly gridCode = input.required<string>();

  protected readonly items = this.households.items;
  protected readonly total = this.households.total;
  protected readonly loading = this.households.loading;
  protected readonly error = this.households.error;
  protected readonly pageSize = signal(PAGE_SIZE);

  constructor() {
    effect(() => {
      const gridCode = this.gridCode();
      untracked(() => {
        this.pageSize.set(PAGE_SIZE);
        void this.households.load({
          regionCode: null,
          gridCode,
          search: '',
          residency: null,
          participating: null,
          pageIndex: 1,
          pageSize: PAGE_SIZE,
        });
      });
    });
  }

  /** Loads a longer first page (simpler than stitching pages together on a phone). */
  protected loadMore(): void {
    this.pageSize.update((n) => Math.min(n + PAGE_SIZE, 100));
    void this.households.load({ pageIndex: 1, pageSize: this.pageSize() });
  }
}
