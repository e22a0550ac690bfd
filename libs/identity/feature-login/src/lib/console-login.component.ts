import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { LOGIN_PATH, SessionFacade } from '@xiangzhi/identity/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { LOGIN_SCOPE } from './login-scope';
import { safeReturnUrl } from './return-url';

/** Sign-in page of the console (ng-zorro form). */
@Component({
  selector: 'xz-console-login',
  imports: [ReactiveFormsModule, TranslocoPipe, NzFormModule, NzInputModule, NzButtonModule, ErrorMessageComponent],
  providers: [provideTranslocoScope(LOGIN_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './console-login.component.html',
  styles: `
    :host {
      display: flex;
      min-height: 100vh;
      align-items: center;
      justify-content: center;
      background: linear-gradient(160deg, #f0f5ff, #fff0f6);
      padding: 16px;
    }
    .panel {
      width: 100%;
      max-width: 380px;
      padding: 32px 28px;
      border-radius: 8px;
      background: #fff;
      box-shadow: 0 6px 24px rgba(0, 0, 0, 0.08);
    }
    h1 {
      margin: 0;
      font-size: 24px;
    }
    p {
      margin: 4px 0 24px;
      color: rgba(0, 0, 0, 0.55);
    }
  `,
})
export class ConsoleLoginComponent {
  private readonly session = inject(SessionFacade);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly loginPath = inject(LOGIN_PATH);

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected async submitLogin(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      Object.values(this.form.controls).forEach((c) => c.updateValueAndValidity());
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const { username, password } = this.form.getRawValue();
    try {
      await this.session.login(username.trim(), password);
      await this.router.navigateByUrl(
        safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl'), this.loginPath),
      );
    } catch (error) {
      this.error.set(ApiError.from(error));
      this.form.controls.password.reset('');
    } finally {
      this.submitting.set(false);
    }
  }
}
