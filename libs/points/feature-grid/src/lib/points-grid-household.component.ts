import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { HouseholdFacade } from '@xiangzhi/registry/data-access';
import { GridHouseholdComponent } from '@xiangzhi/registry/feature-grid';
import { HouseholdPointsPanelComponent } from './household-points-panel.component';

/**
 * The household page of the grid app (QR link `/grid/h/<cardNumber>`, or from a list `/households/<id>`): the
 * registry's points card, then the household's points with the "记积分" action.
 */
@Component({
  selector: 'xz-points-grid-household',
  imports: [GridHouseholdComponent, HouseholdPointsPanelComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xz-grid-household [id]="id()" [cardNumber]="cardNumber()" />
    @if (household(); as current) {
      <xz-household-points-panel [householdId]="current.id" />
    }
  `,
})
export class PointsGridHouseholdComponent {
  private readonly facade = inject(HouseholdFacade);

  /** Route parameter `:id` (from a list). */
  readonly id = input<string | undefined>(undefined);
  /** Route parameter `:cardNumber` (from a QR code or typed). */
  readonly cardNumber = input<string | undefined>(undefined);

  /** The household the registry page loaded, once it matches the route. */
  protected readonly household = computed(() => {
    const current = this.facade.household();
    if (!current) return null;
    const id = this.id();
    const cardNumber = this.cardNumber();
    if (id) return current.id === id ? current : null;
    return cardNumber && current.cardNumber === cardNumber ? current : null;
  });
}
