import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicHouseholdPoints, PublicPointsFacade } from '@xiangzhi/points/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { cardCheckErrors, dateOf, normaliseCardNumber, signedPoints } from './points-format';
import { POINTS_PORTAL_STYLES } from './portal-styles';
import { VillageNavComponent } from './village-nav.component';

/**
 * 查询本户积分: after the card number and the last four digits of the head's phone, the household's own approved
 * entries and its objections with their states and the town's answer. The result is kept in memory only.
 */
@Component({
  selector: 'xz-household-points',
  imports: [TranslocoPipe, ErrorMessageComponent, VillageNavComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (code(); as village) {
      <xz-points-village-nav [code]="village" />
    }
    <h1>{{ 'pointsPortal.household.title' | transloco }}</h1>
    <p class="muted">{{ 'pointsPortal.household.intro' | transloco }}</p>
    <form class="card" (submit)="submit($event)" novalidate data-testid="points-household-form">
      <label for="household-card">{{ 'pointsPortal.household.cardNumber' | transloco }}</label>
      <input
        id="household-card"
        autocomplete="off"
        [value]="cardNumber()"
        (input)="cardNumber.set(value($event))"
        data-testid="points-household-card"
      />
      @if (shownErrors()?.card; as key) {
        <p class="field-error">{{ key | transloco }}</p>
      }
      <label for="household-phone">{{ 'pointsPortal.household.phoneLast4' | transloco }}</label>
      <input
        id="household-phone"
        inputmode="numeric"
        maxlength="4"
        autocomplete="off"
        [value]="phoneLast4()"
        (input)="phoneLast4.set(value($event))"
        data-testid="points-household-phone"
      />
      @if (shownErrors()?.phone; as key) {
        <p class="field-error">{{ key | transloco }}</p>
      }
      <xz-error-message [error]="error()" />
      <div class="actions">
        <button type="submit" [disabled]="loading()" data-testid="points-household-submit">
          {{ (loading() ? 'pointsPortal.household.checking' : 'pointsPortal.household.submit') | transloco }}
        </button>
      </div>
    </form>

    @if (result(); as found) {
      <section class="card" data-testid="points-household-result">
        <h2>
          {{ 'pointsPortal.household.result' | transloco: { household: found.household, village: found.villageName } }}
        </h2>
        <h3>{{ 'pointsPortal.household.entries' | transloco }}</h3>
        <ul class="list" data-testid="points-household-entries">
          @for (entry of found.entries; track entry.id) {
            <li>
              <div class="row">
                <span>
                  {{ entry.itemName }}
                  @if (entry.reversalOf) {
                    <span class="tag">{{ 'pointsPortal.household.reversal' | transloco }}</span>
                  }
                </span>
                <span [class]="entry.points < 0 ? 'minus' : 'plus'">{{ signed(entry.points) }}</span>
              </div>
              <div class="row">
                <small class="muted">{{ entry.occurredOn }}</small>
                <span class="tag">{{ 'pointsPortal.household.entryStatus.' + entry.status | transloco }}</span>
              </div>
            </li>
          } @empty {
            <li class="muted">{{ 'pointsPortal.household.noEntries' | transloco }}</li>
          }
        </ul>
        <h3>{{ 'pointsPortal.household.objections' | transloco }}</h3>
        <ul class="list" data-testid="points-household-objections">
          @for (objection of found.objections; track objection.id) {
            <li>
              <div class="row">
                <span>
                  {{
                    (objection.entryId ? 'pointsPortal.household.forEntry' : 'pointsPortal.household.forMissing')
                      | transloco
                  }}
                  ·
                  <small class="muted">{{
                    'pointsPortal.household.filedAt' | transloco: { date: date(objection.filedAt) }
                  }}</small>
                </span>
                <span class="tag" data-testid="points-household-objection-status">
                  {{ 'pointsPortal.household.objectionStatus.' + objection.status | transloco }}
                </span>
              </div>
              <p>{{ objection.content }}</p>
              @if (objection.decisionReason) {
                <p class="muted">
                  {{ 'pointsPortal.household.answer' | transloco: { reason: objection.decisionReason } }}
                </p>
              }
            </li>
          } @empty {
            <li class="muted">{{ 'pointsPortal.household.noObjections' | transloco }}</li>
          }
        </ul>
      </section>
    }
  `,
  styles: [POINTS_PORTAL_STYLES],
})
export class HouseholdPointsComponent {
  private readonly facade = inject(PublicPointsFacade);

  /** Route parameter `:code` (the village the resident came from), for the links back. */
  readonly code = input<string | undefined>(undefined);

  protected readonly cardNumber = signal('');
  protected readonly phoneLast4 = signal('');
  protected readonly touched = signal(false);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly result = signal<PublicHouseholdPoints | null>(null);
  private readonly errors = computed(() => cardCheckErrors(this.cardNumber(), this.phoneLast4()));
  protected readonly shownErrors = computed(() => (this.touched() ? this.errors() : null));
  protected readonly signed = signedPoints;
  protected readonly date = dateOf;

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.touched.set(true);
    if (this.errors() || this.loading()) return;
    this.loading.set(true);
    this.error.set(null);
    this.result.set(null);
    try {
      this.result.set(await this.facade.householdPoints(normaliseCardNumber(this.cardNumber()), this.phoneLast4()));
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }
}
