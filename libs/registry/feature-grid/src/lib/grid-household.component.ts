import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { HouseholdFacade } from '@xiangzhi/registry/data-access';
import { HouseholdCardComponent } from '@xiangzhi/registry/ui';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { PAGE_STYLES } from './page-styles';

/** A household's points card, opened by id (from a list) or by card number (QR link `/grid/h/<cardNumber>`). */
@Component({
  selector: 'xz-grid-household',
  imports: [RouterLink, TranslocoPipe, ErrorMessageComponent, HouseholdCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="/find">← {{ 'grid.household.back' | transloco }}</a>
    </p>
    <xz-error-message [error]="error()" />
    @if (household(); as current) {
      <xz-household-card [household]="current" />
    } @else if (loading()) {
      <p class="loading">{{ 'common.loading' | transloco }}</p>
    }
  `,
  styles: [PAGE_STYLES],
})
export class GridHouseholdComponent {
  private readonly facade = inject(HouseholdFacade);

  /** Route parameter `:id` (from a list). */
  readonly id = input<string | undefined>(undefined);
  /** Route parameter `:cardNumber` (from a QR code or typed). */
  readonly cardNumber = input<string | undefined>(undefined);

  protected readonly household = this.facade.household;
  protected readonly loading = this.facade.loading;
  protected readonly error = this.facade.error;

  constructor() {
    effect(() => {
      const id = this.id();
      const cardNumber = this.cardNumber();
      untracked(() => {
        if (id) void this.facade.load(id);
        else if (cardNumber) void this.facade.loadByCard(cardNumber);
      });
    });
  }
}
