import { Route, Routes, UrlSegment, UrlSegmentGroup } from '@angular/router';
import { authGuard, guestGuard } from '@xiangzhi/identity/data-access';
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

  it('answers the link printed in the card QR code: /grid/h/<cardNumber>', async () => {
    const shell = appRoutes.find((r) => r.path === '') as Route;
    const main = shell.children?.find((r) => r.path === '') as Route;
    const pages = (await (main.loadChildren as () => Promise<Routes>)()) as Routes;
    const paths = pages.flatMap((r) => r.children ?? []).map((r) => r.path);
    expect(paths).toEqual(
      expect.arrayContaining(['', 'find', 'h/:cardNumber', 'households/:id', 'households/:id/record-points']),
    );
    // the points household page (with "记积分") answers the QR link first
    expect(paths.indexOf('h/:cardNumber')).toBeLessThan(paths.lastIndexOf('h/:cardNumber'));
  });

  it('serves the shop counter at /grid/shop and /grid/shop/:shopId to SHOP_REDEEM only, in its own chunk', async () => {
    const shell = appRoutes.find((r) => r.path === '') as Route;
    const shop = shell.children?.find((r) => r.path === GRID_APP_PATHS.shop) as Route;
    expect(shop.canActivate).toHaveLength(1);
    const pages = (await (shop.loadChildren as () => Promise<Routes>)()) as Routes;
    const counter = pages.flatMap((r) => r.children ?? [])[0];
    const match = (...paths: string[]) =>
      counter.matcher?.(
        paths.map((path) => new UrlSegment(path, {})),
        new UrlSegmentGroup([], {}),
        counter,
      ) ?? null;
    expect(match()?.posParams).toEqual({});
    expect(match('s1')?.posParams?.['shopId']?.path).toBe('s1');
    expect(match('s1', 'x')).toBeNull();
    expect((counter.component as { name: string }).name).toBe('ShopRedeemComponent');
  });
});
