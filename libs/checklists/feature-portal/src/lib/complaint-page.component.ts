import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { newComplaintKey, PortalChecklistPublicFacade } from '@xiangzhi/checklists/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { CHECKLISTS_PORTAL_STYLES } from './checklists-portal-styles';
import { COMPLAINT_LIMITS, complaintProblems } from './portal-format';
import { VillageHeading } from './village-heading';

/**
 * A resident's complaint about a village's list work (`/complaint/<villageCode>`): subject, what happened and an
 * optional phone, checked as the server checks them; after sending, the complaint number to quote. One client key
 * per complaint, so a double tap or a retry after a lost answer gets the same number.
 */
@Component({
  selector: 'xz-complaint-page',
  imports: [RouterLink, TranslocoPipe, ErrorMessageComponent],
  providers: [VillageHeading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="links">
      <a [routerLink]="['/v', villageCode()]">← {{ 'checklistsPortal.nav.village' | transloco }}</a>
      <a [routerLink]="['/lists', villageCode()]" data-testid="complaint-lists-link">{{
        'checklistsPortal.nav.lists' | transloco
      }}</a>
    </nav>
    <h1 data-testid="complaint-title">
      @if (heading.name(); as name) {
        {{ 'checklistsPortal.complaint.village' | transloco: { village: name } }}
      } @else {
        {{ 'checklistsPortal.complaint.title' | transloco }}
      }
    </h1>
    @if (number(); as n) {
      <section class="card done" data-testid="complaint-done">
        <h2>{{ 'checklistsPortal.complaint.done' | transloco }}</h2>
        <p>
          {{ 'checklistsPortal.complaint.number' | transloco }}：<strong data-testid="complaint-number">{{ n }}</strong>
        </p>
        <p class="muted">{{ 'checklistsPortal.complaint.keepNumber' | transloco }}</p>
        <button type="button" class="secondary" (click)="another()" data-testid="complaint-new">
          {{ 'checklistsPortal.complaint.another' | transloco }}
        </button>
      </section>
    } @else {
      <p class="muted">{{ 'checklistsPortal.complaint.intro' | transloco }}</p>
      <form class="card" (submit)="send($event)" novalidate data-testid="complaint-form">
        <label for="complaint-subject">{{ 'checklistsPortal.complaint.subject' | transloco }}</label>
        <input
          id="complaint-subject"
          name="subject"
          [attr.maxlength]="limits.subject[1]"
          [value]="subject()"
          (input)="subject.set($any($event.target).value)"
          [placeholder]="'checklistsPortal.complaint.subjectPlaceholder' | transloco"
          [attr.aria-invalid]="shown().includes('subject')"
          data-testid="complaint-subject"
        />
        @if (shown().includes('subject')) {
          <p class="invalid" data-testid="complaint-subject-invalid">
            {{ 'checklistsPortal.complaint.subjectInvalid' | transloco }}
          </p>
        }
        <label for="complaint-text">{{ 'checklistsPortal.complaint.text' | transloco }}</label>
        <textarea
          id="complaint-text"
          name="text"
          rows="6"
          [attr.maxlength]="limits.text[1]"
          [value]="text()"
          (input)="text.set($any($event.target).value)"
          [placeholder]="'checklistsPortal.complaint.textPlaceholder' | transloco"
          [attr.aria-invalid]="shown().includes('text')"
          data-testid="complaint-text"
        ></textarea>
        @if (shown().includes('text')) {
          <p class="invalid" data-testid="complaint-text-invalid">
            {{ 'checklistsPortal.complaint.textInvalid' | transloco }}
          </p>
        }
        <label for="complaint-contact">{{ 'checklistsPortal.complaint.contact' | transloco }}</label>
        <input
          id="complaint-contact"
          name="contact"
          type="tel"
          inputmode="tel"
          autocomplete="tel"
          maxlength="20"
          [value]="contact()"
          (input)="contact.set($any($event.target).value)"
          [placeholder]="'checklistsPortal.complaint.contactPlaceholder' | transloco"
          [attr.aria-invalid]="shown().includes('contact')"
          data-testid="complaint-contact"
        />
        @if (shown().includes('contact')) {
          <p class="invalid" data-testid="complaint-contact-invalid">
            {{ 'checklistsPortal.complaint.contactInvalid' | transloco }}
          </p>
        }
        <xz-error-message [error]="error()" />
        <button type="submit" [disabled]="sending()" data-testid="complaint-submit">
          {{ (sending() ? 'checklistsPortal.complaint.sending' : 'checklistsPortal.complaint.submit') | transloco }}
        </button>
      </form>
    }
  `,
  styles: [
    CHECKLISTS_PORTAL_STYLES,
    `
      form {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      label {
        margin-top: 8px;
        font-weight: 500;
      }
      input,
      textarea {
        width: 100%;
        min-height: 44px;
        padding: 8px 10px;
        border: 1px solid #d9d9d9;
        border-radius: 6px;
        font: inherit;
      }
      [aria-invalid='true'] {
        border-color: #cf1322;
      }
      .invalid {
        margin: 0;
        color: #cf1322;
        font-size: 14px;
      }
      button {
        min-height: 44px;
        margin-top: 12px;
        padding: 0 16px;
        border: 0;
        border-radius: 6px;
        background: #c41d7f;
        color: #fff;
        font: inherit;
      }
      button:disabled {
        opacity: 0.6;
      }
      button.secondary {
        border: 1px solid #c41d7f;
        background: #fff;
        color: #c41d7f;
      }
      .done strong {
        font-size: 20px;
        letter-spacing: 0.5px;
      }
    `,
  ],
})
export class ComplaintPageComponent {
  private readonly facade = inject(PortalChecklistPublicFacade);
  protected readonly heading = inject(VillageHeading);
  protected readonly limits = COMPLAINT_LIMITS;

  /** Route parameter `:villageCode`. */
  readonly villageCode = input.required<string>();

  protected readonly subject = signal('');
  protected readonly text = signal('');
  protected readonly contact = signal('');
  protected readonly sending = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly number = signal<string | null>(null);
  /** Problems show once the resident has tried to send. */
  private readonly tried = signal(false);
  private key = newComplaintKey();
  /** What was last sent with `key`: changed content after a failed send is a new complaint with a new key. */
  private sentWithKey: string | null = null;

  private readonly problems = computed(() =>
    complaintProblems({ subject: this.subject(), text: this.text(), contact: this.contact() }),
  );
  protected readonly shown = computed(() => (this.tried() ? this.problems() : []));

  constructor() {
    effect(() => {
      const code = this.villageCode();
      untracked(() => this.heading.load(code));
    });
  }

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    this.tried.set(true);
    if (this.problems().length > 0 || this.sending()) return;
    this.sending.set(true);
    this.error.set(null);
    const content = JSON.stringify([this.subject().trim(), this.text().trim(), this.contact().trim()]);
    if (this.sentWithKey !== null && this.sentWithKey !== content) this.key = newComplaintKey();
    this.sentWithKey = content;
    try {
      const number = await this.facade.complain({
        villageCode: this.villageCode(),
        subject: this.subject(),
        text: this.text(),
        contact: this.contact(),
        clientKey: this.key,
      });
      this.number.set(number);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.sending.set(false);
    }
  }

  protected another(): void {
    this.key = newComplaintKey();
    this.sentWithKey = null;
    this.subject.set('');
    this.text.set('');
    this.contact.set('');
    this.tried.set(false);
    this.error.set(null);
    this.number.set(null);
  }
}
