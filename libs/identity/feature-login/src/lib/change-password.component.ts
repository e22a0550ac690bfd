import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { LOGIN_SCOPE, MIN_PASSWORD_LENGTH } from './login-scope';

/** Whether the confirmation matches the new password. */
export function passwordsMatch(group: AbstractControl): ValidationErrors | null {
  const value = group.value as { newPassword?: string; confirm?: string };
  return value.confirm && value.newPassword !== value.confirm ? { mismatch: true } : null;
}

/** The signed-in user changes their own password (console). */
@Component({
  selector: 'xz-change-password',
  imports: [ReactiveFormsModule, TranslocoPipe, NzFormModule, NzInputModule, NzButtonModule, ErrorMessageComponent],
  providers: [provideTranslocoScope(LOGIN_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './change-password.component.html',
  styles: `
    :host {
      display: block;
      max-width: 420px;
    }
    .done {
      color: #389e0d;
    }
  `,
})
export class ChangePasswordComponent {
  private readonly session = inject(SessionFacade);
  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', Validators.required],
      newPassword: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
      confirm: ['', Validators.required],
    },
    { validators: passwordsMatch },
  );
  protected readonly submitting = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected async submitChange(): Promise<void> {
    this.done.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      Object.values(this.form.controls).forEach((c) => {
        c.markAsDirty();
        c.updateValueAndValidity();
      });
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const { currentPassword, newPassword } = this.form.getRawValue();
    try {
      await this.session.changePassword(currentPassword, newPassword);
      this.form.reset();
      this.done.set(true);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.submitting.set(false);
    }
  }
}
