import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ErrorCodeLike, ErrorTextPipe } from '@xiangzhi/shared/i18n';

/** A translated server error (by `extensions.code`), announced to screen readers. Renders nothing without an error. */
@Component({
  selector: 'xz-error-message',
  imports: [ErrorTextPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as current) {
      <div class="xz-error-message" role="alert" data-testid="error-message">{{ current | xzErrorText }}</div>
    }
  `,
  styles: `
    .xz-error-message {
      margin: 8px 0;
      padding: 8px 12px;
      border: 1px solid #ffccc7;
      border-radius: 6px;
      background: #fff2f0;
      color: #a8071a;
      line-height: 1.5;
    }
  `,
})
export class ErrorMessageComponent {
  /** The error to show, or null. */
  readonly error = input<ErrorCodeLike | null | undefined>(null);
}
