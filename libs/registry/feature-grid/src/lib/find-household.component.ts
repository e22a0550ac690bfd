import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { HouseholdsFacade } from '@xiangzhi/registry/data-access';
import { EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { parseCardPayload } from './card-payload';
import { HouseholdListComponent } from './household-list.component';
import { PAGE_STYLES } from './page-styles';
import { QrScannerComponent } from './qr-scanner.component';

/** Find a household: by name (search), by scanning the card's QR code, or by typing the card number. */
@Component({
  selector: 'xz-find-household',
  imports: [TranslocoPipe, EmptyStateComponent, ErrorMessageComponent, HouseholdListComponent, QrScannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './find-household.component.html',
  styles: [
    PAGE_STYLES,
    `
      section + section {
        margin-top: 20px;
      }
      h2 {
        margin: 0 0 8px;
        font-size: 16px;
      }
    `,
  ],
})
export class FindHouseholdComponent {
  private readonly households = inject(HouseholdsFacade);
  private readonly router = inject(Router);

  protected readonly query = signal('');
  protected readonly searched = signal(false);
  protected readonly scanning = signal(false);
  protected readonly cardNumber = signal('');
  protected readonly cardInvalid = signal(false);
  protected readonly items = this.households.items;
  protected readonly loading = this.households.loading;
  protected readonly error = this.households.error;

  protected setQuery(event: Event): void {
    this.query.set((event.target as HTMLInputElement).value);
  }

  protected setCardNumber(event: Event): void {
    this.cardNumber.set((event.target as HTMLInputElement).value);
    this.cardInvalid.set(false);
  }

  protected submitSearch(event: Event): void {
    event.preventDefault();
    const search = this.query().trim();
    if (!search) return;
    this.searched.set(true);
    void this.households.load({
      search,
      regionCode: null,
      gridCode: null,
      residency: null,
      participating: null,
      pageIndex: 1,
      pageSize: 20,
    });
  }

  protected startScan(): void {
    this.scanning.set(true);
  }

  protected stopScan(): void {
    this.scanning.set(false);
  }

  protected openScanned(cardNumber: string): void {
    this.scanning.set(false);
    void this.router.navigate(['/h', cardNumber]);
  }

  protected submitCardNumber(event: Event): void {
    event.preventDefault();
    const cardNumber = parseCardPayload(this.cardNumber());
    if (!cardNumber) {
      this.cardInvalid.set(true);
      return;
    }
    void this.router.navigate(['/h', cardNumber]);
  }
}
