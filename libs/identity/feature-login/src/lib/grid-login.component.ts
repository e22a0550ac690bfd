import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { LOGIN_PATH, SessionFacade } from '@xiangzhi/identity/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent, LanguageSwitchComponent } from '@xiangzhi/shared/ui';
import { LOGIN_SCOPE } from './login-scope';
import { safeReturnUrl } from './return-url';

/** Sign-in page of the phone app: plain HTML and CSS, no UI library, no forms module. */
@Component({
  selector: 'xz-grid-login',
  imports: [TranslocoPipe, ErrorMessageComponent, LanguageSwitchComponent],
  providers: [provideTranslocoScope(LOGIN_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './grid-login.component.html',
  styleUrl: './grid-login.component.css',
})
export class GridLoginComponent {
  private readonly session = inject(SessionFacade);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly loginPath = inject(LOGIN_PATH);

  protected readonly username = signal('');
  protected readonly password = signal('');
  protected readonly submitted = signal(false);
  protected readonly submitting = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected setUsername(event: Event): void {
    this.username.set((event.target as HTMLInputElement).value);
  }

  protected setPassword(event: Event): void {
    this.password.set((event.target as HTMLInputElement).value);
  }

  protected async submitLogin(event: Event): Promise<void> {
    event.preventDefault();
    this.submitted.set(true);
    const username = this.username().trim();
    const password = this.password();
    if (!username || !password || this.submitting()) return;
    this.submitting.set(true);
    this.error.set(null);
    try {
      await this.session.login(username, password);
      await this.router.navigateByUrl(
        safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl'), this.loginPath),
      );
    } catch (error) {
      this.error.set(ApiError.from(error));
      this.password.set('');
    } finally {
      this.submitting.set(false);
    }
  }
}
