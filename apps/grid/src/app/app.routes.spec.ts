import { Route } from '@angular/router';
import { authGuard, guestGuard } from '@xiangzhi/identity/data-access';
import { GRID_PATHS } from '@xiangzhi/registry/feature-grid';
import { appRoutes, GRID_APP_PATHS } from './app.routes';

describe('grid app routes', () => {
  it('signs in on a light page and keeps the rest behind authGuard', async () => {
    const login = appRoutes.find((r) => r.path === GRID_APP_PATHS.login) as Route;
    expect(login.canActivate).toEqual([guestGuard]);
    const component = await (login.loadComponent as () => Promise<unknown>)();
    expect((component as { name: string }).name).toBe('GridLoginComponent');
    const shell = appRoutes.find((r) => r.path === '') as Route;
    expect(shell.canActivate).toEqual([authGuard]);
  });

  it('answers the link printed in the card QR code: /grid/h/<cardNumber>', () => {
    expect(GRID_PATHS.byCard).toBe('h/:cardNumber');
  });
});
