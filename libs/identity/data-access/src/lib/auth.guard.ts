import { inject, InjectionToken } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Permission } from './permissions';
import { SessionFacade } from './session.facade';

/** The route of the sign-in page (`provideIdentity({ loginPath })`). */
export const LOGIN_PATH = new InjectionToken<string>('LOGIN_PATH', { providedIn: 'root', factory: () => '/login' });

/** Lets signed-in users through; sends others to the sign-in page with `returnUrl`. */
export const authGuard: CanActivateFn = (_route, state) => {
  if (inject(SessionFacade).isSignedIn()) return true;
  return inject(Router).createUrlTree([inject(LOGIN_PATH)], { queryParams: { returnUrl: state.url } });
};

/** Keeps signed-in users away from the sign-in page. */
export const guestGuard: CanActivateFn = () => {
  if (!inject(SessionFacade).isSignedIn()) return true;
  return inject(Router).createUrlTree(['/']);
};

/** Lets through only users whose role holds `permission` (others go to the start page). */
export function permissionGuard(permission: Permission): CanActivateFn {
  return (route, state) => {
    const session = inject(SessionFacade);
    if (!session.isSignedIn()) return authGuard(route, state);
    return session.can(permission) ? true : inject(Router).createUrlTree(['/']);
  };
}
