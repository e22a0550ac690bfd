import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicBoardLine, PublicObjection, PublicPointsFacade } from '@xiangzhi/points/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { cardCheckErrors, normaliseCardNumber, objectionContentValid, objectionWindowOpen } from './points-format';
import { POINTS_PORTAL_STYLES } from './portal-styles';

/** What the objection is about: a board and one of its lines, or nothing on it (a missing entry). */
export interface ObjectionTarget {
  publicationId: string;
  objectionUntil: string;
  line: PublicBoardLine | null;
}

/**
 * A resident's objection to a board line, or to an entry missing from the board (提出异议). The household proves itself
 * with its card number and the last four digits of the head's phone; nothing else about it is asked or shown.
 */
@Component({
  selector: 'xz-points-objection-form',
  imports: [TranslocoPipe, ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" data-testid="points-objection-form">
      <h3>
        @if (target().line; as line) {
          {{ 'pointsPortal.objection.about' | transloco: { lineNo: line.lineNo, wording: line.wording } }}
        } @else {
          {{ 'pointsPortal.objection.aboutMissing' | transloco }}
        }
      </h3>
      <p class="muted">{{ 'pointsPortal.objection.until' | transloco: { date: target().objectionUntil } }}</p>
      @if (filed()) {
        <p class="notice-ok" role="status" data-testid="points-objection-filed">
          {{ 'pointsPortal.objection.filed' | transloco }}
        </p>
        <div class="actions">
          <button type="button" class="secondary" (click)="closed.emit()">{{ 'common.close' | transloco }}</button>
        </div>
      } @else {
        <form (submit)="submit($event)" novalidate>
          <label for="objection-card">{{ 'pointsPortal.objection.cardNumber' | transloco }}</label>
          <input
            id="objection-card"
            autocomplete="off"
            [value]="cardNumber()"
            (input)="cardNumber.set(value($event))"
            data-testid="points-objection-card"
          />
          <p class="hint">{{ 'pointsPortal.objection.cardHint' | transloco }}</p>
          @if (shownErrors()?.card; as key) {
            <p class="field-error">{{ key | transloco }}</p>
          }
          <label for="objection-phone">{{ 'pointsPortal.objection.phoneLast4' | transloco }}</label>
          <input
            id="objection-phone"
            inputmode="numeric"
            maxlength="4"
            autocomplete="off"
            [value]="phoneLast4()"
            (input)="phoneLast4.set(value($event))"
            data-testid="points-objection-phone"
          />
          @if (shownErrors()?.phone; as key) {
            <p class="field-error">{{ key | transloco }}</p>
          }
          <label for="objection-content">{{ 'pointsPortal.objection.content' | transloco }}</label>
          <textarea
            id="objection-content"
            rows="4"
            maxlength="1000"
            [value]="content()"
            (input)="content.set(value($event))"
            data-testid="points-objection-content"
          ></textarea>
          <p class="hint">{{ 'pointsPortal.objection.contentHint' | transloco }}</p>
          @if (touched() && !contentValid()) {
            <p class="field-error">{{ 'pointsPortal.objection.invalidContent' | transloco }}</p>
          }
          <xz-error-message [error]="error()" />
          <div class="actions">
            <button type="submit" [disabled]="submitting() || !open()" data-testid="points-objection-submit">
              {{ (submitting() ? 'pointsPortal.objection.submitting' : 'pointsPortal.objection.submit') | transloco }}
            </button>
            <button type="button" class="secondary" (click)="closed.emit()">
              {{ 'pointsPortal.objection.cancel' | transloco }}
            </button>
          </div>
        </form>
      }
    </section>
  `,
  styles: [POINTS_PORTAL_STYLES],
})
export class ObjectionFormComponent {
  private readonly facade = inject(PublicPointsFacade);

  readonly target = input.required<ObjectionTarget>();
  /** Today (YYYY-MM-DD); the device's date unless given. */
  readonly today = input<string | undefined>(undefined);
  readonly filedObjection = output<PublicObjection>();
  readonly closed = output<void>();

  protected readonly cardNumber = signal('');
  protected readonly phoneLast4 = signal('');
  protected readonly content = signal('');
  protected readonly touched = signal(false);
  protected readonly submitting = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly filed = signal(false);

  protected readonly open = computed(() => objectionWindowOpen(this.target().objectionUntil, this.today()));
  private readonly cardErrors = computed(() => cardCheckErrors(this.cardNumber(), this.phoneLast4()));
  protected readonly contentValid = computed(() => objectionContentValid(this.content()));
  protected readonly shownErrors = computed(() => (this.touched() ? this.cardErrors() : null));

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.touched.set(true);
    if (this.cardErrors() || !this.contentValid() || !this.open() || this.submitting()) return;
    const target = this.target();
    this.submitting.set(true);
    this.error.set(null);
    try {
      const objection = await this.facade.fileObjection({
        publicationId: target.publicationId,
        entryId: target.line?.entryId ?? null,
        cardNumber: normaliseCardNumber(this.cardNumber()),
        phoneLast4: this.phoneLast4().trim(),
        content: this.content(),
      });
      this.filed.set(true);
      this.filedObjection.emit(objection);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.submitting.set(false);
    }
  }
}
