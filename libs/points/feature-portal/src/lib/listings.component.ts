import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicListing, PublicPointsFacade } from '@xiangzhi/points/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { POINTS_PORTAL_STYLES } from './portal-styles';

/** The village's red list (红榜) and black list (黑榜) today: masked names, title and dates only. */
@Component({
  selector: 'xz-points-listings',
  imports: [TranslocoPipe, ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" data-testid="points-listings">
      <h2>{{ 'pointsPortal.listings.title' | transloco }}</h2>
      <xz-error-message [error]="error()" />
      <div class="lists">
        @for (group of groups(); track group.kind) {
          <div [attr.data-testid]="'points-listing-' + group.kind">
            <h3 [class]="group.kind === 'RED' ? 'plus' : 'minus'">
              {{ (group.kind === 'RED' ? 'pointsPortal.listings.red' : 'pointsPortal.listings.black') | transloco }}
            </h3>
            <ul class="list">
              @for (listing of group.items; track $index) {
                <li>
                  <div class="row">
                    <strong>{{ listing.household }}</strong>
                    <span>{{ listing.title }}</span>
                  </div>
                  <small class="muted">
                    @if (listing.toDate) {
                      {{ 'pointsPortal.listings.range' | transloco: { from: listing.fromDate, to: listing.toDate } }}
                    } @else {
                      {{ 'pointsPortal.listings.since' | transloco: { from: listing.fromDate } }}
                    }
                  </small>
                </li>
              } @empty {
                <li class="muted">{{ 'pointsPortal.listings.none' | transloco }}</li>
              }
            </ul>
          </div>
        }
      </div>
    </section>
  `,
  styles: [
    POINTS_PORTAL_STYLES,
    `
      .lists {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
        gap: 0 16px;
      }
    `,
  ],
})
export class ListingsComponent {
  private readonly facade = inject(PublicPointsFacade);

  readonly villageCode = input.required<string>();

  protected readonly listings = signal<PublicListing[]>([]);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly groups = computed(() =>
    (['RED', 'BLACK'] as const).map((kind) => ({ kind, items: this.listings().filter((l) => l.kind === kind) })),
  );

  constructor() {
    effect(() => {
      const code = this.villageCode();
      untracked(() => void this.load(code));
    });
  }

  private async load(villageCode: string): Promise<void> {
    this.error.set(null);
    try {
      this.listings.set(await this.facade.listings(villageCode));
    } catch (error) {
      this.listings.set([]);
      this.error.set(ApiError.from(error));
    }
  }
}
