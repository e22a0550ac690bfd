import { Route } from '@angular/router';
import { authGuard, guestGuard } from '@xiangzhi/identity/data-access';
import { appRoutes, CONSOLE_PATHS } from './app.routes';

describe('console routes', () => {
  const shell = appRoutes.find((r) => r.path === '') as Route;

  it('keeps the sign-in page public and everything else behind the shell and authGuard', () => {
    const login = appRoutes.find((r) => r.path === CONSOLE_PATHS.login);
    expect(login?.canActivate).toEqual([guestGuard]);
    expect(shell.canActivate).toEqual([authGuard]);
    expect(shell.loadComponent).toBeDefined();
  });

  it('lazy-loads every feature page', () => {
    const children = shell.children ?? [];
    for (const path of [CONSOLE_PATHS.households, CONSOLE_PATHS.import, CONSOLE_PATHS.regions, CONSOLE_PATHS.users]) {
      const route = children.find((r) => r.path === path);
      expect(route).toBeDefined();
      expect(route?.loadChildren ?? route?.loadComponent).toBeDefined();
      expect(route?.component).toBeUndefined();
    }
  });

  it('lazy-loads the points shop pages under shop/', () => {
    const children = shell.children ?? [];
    for (const path of Object.values(CONSOLE_PATHS).filter((p) => p.startsWith('shop/'))) {
      const route = children.find((r) => r.path === path);
      expect(route?.loadChildren ?? route?.loadComponent).toBeDefined();
      expect(route?.component).toBeUndefined();
    }
    expect([CONSOLE_PATHS.shopShops, CONSOLE_PATHS.shopFunds, CONSOLE_PATHS.shopRounds]).toEqual([
      'shop/shops',
      'shop/funds',
      'shop/rounds',
    ]);
  });

  it('opens on the households page', () => {
    expect(shell.children?.find((r) => r.path === '')?.redirectTo).toBe(CONSOLE_PATHS.households);
  });
});
