import {
  effect,
  EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
  untracked,
} from '@angular/core';
import { Router } from '@angular/router';
import { SESSION_REFRESHER } from '@xiangzhi/shared/data-access';
import { LOGIN_PATH } from './auth.guard';
import { SessionFacade } from './session.facade';

export interface IdentityOptions {
  /** Route of the sign-in page. Default `/login`. */
  loginPath?: string;
}

/** Session renewal for the Apollo link and file API, and a redirect to sign-in when the session expires. */
export function provideIdentity(options: IdentityOptions = {}): EnvironmentProviders {
  const loginPath = options.loginPath ?? '/login';
  return makeEnvironmentProviders([
    { provide: LOGIN_PATH, useValue: loginPath },
    {
      provide: SESSION_REFRESHER,
      useFactory: () => {
        const session = inject(SessionFacade);
        return () => session.refresh();
      },
    },
    provideEnvironmentInitializer(() => {
      const session = inject(SessionFacade);
      const router = inject(Router);
      effect(() => {
        if (session.expired() === 0) return;
        untracked(() => {
          const returnUrl = router.url.startsWith(loginPath) ? undefined : router.url;
          void router.navigate([loginPath], { queryParams: { returnUrl } });
        });
      });
    }),
  ]);
}
