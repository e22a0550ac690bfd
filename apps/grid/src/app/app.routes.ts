import { Routes } from '@angular/router';
import { authGuard, guestGuard, permissionGuard } from '@xiangzhi/identity/data-access';

/** Top-level paths of the grid app (served under /grid/). Card QR codes link to `/grid/h/<cardNumber>`. */
export const GRID_APP_PATHS = { login: 'login', shop: 'shop' } as const;

export const appRoutes: Routes = [
  {
    path: GRID_APP_PATHS.login,
    canActivate: [guestGuard],
    loadComponent: () => import('./login.entry').then((m) => m.GridLoginComponent),
    title: 'app.grid',
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./shell/grid-shell.component').then((m) => m.GridShellComponent),
    children: [
      // 积分兑换 at the shop counter (/grid/shop, /grid/shop/:shopId): its own chunk, for SHOP_REDEEM only
      {
        path: GRID_APP_PATHS.shop,
        canActivate: [permissionGuard('SHOP_REDEEM')],
        loadChildren: () => import('@xiangzhi/shop/feature-redeem').then((m) => m.SHOP_REDEEM_ROUTES),
      },
      {
        path: '',
        // the points pages first: their household pages add the household's points and "记积分" to the registry's card
        loadChildren: () =>
          Promise.all([import('@xiangzhi/points/feature-grid'), import('@xiangzhi/registry/feature-grid')]).then(
            ([points, registry]) => [...points.POINTS_GRID_ROUTES, ...registry.GRID_ROUTES],
          ),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
