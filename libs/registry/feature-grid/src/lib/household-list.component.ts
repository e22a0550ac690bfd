import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { HouseholdRow } from '@xiangzhi/registry/data-access';
import { PAGE_STYLES } from './page-styles';

/** A tappable list of households (head, card number, address). */
@Component({
  selector: 'xz-grid-household-list',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="list" [attr.data-testid]="testId()">
      @for (household of households(); track household.id) {
        <li>
          <a class="item" [routerLink]="['/households', household.id]" data-testid="grid-household-item">
            <strong>{{ household.head?.name ?? household.cardNumber }}</strong>
            <small>{{ household.cardNumber }} · {{ household.address }}</small>
          </a>
        </li>
      }
    </ul>
  `,
  styles: [PAGE_STYLES],
})
export class HouseholdListComponent {
  readonly households = input.required<readonly HouseholdRow[]>();
  readonly testId = input('household-list');
}
