import { Routes } from '@angular/router';
import { PortalShellComponent } from './shell/portal-shell.component';

/**
 * The public site (served at /): home → region chooser → village page → its points board; the points shops at
 * `shop` (village picker) and `shop/:villageCode`; the checklist pages (清单制) at `lists/:villageCode` (the lists in
 * force), `verify/:serial`, `cases/:villageCode` and `complaint/:villageCode`. No sign-in.
 * The points pages come first: their `v/:code` shows the village page with the way into the board.
 */
export const appRoutes: Routes = [
  {
    path: '',
    component: PortalShellComponent,
    loadChildren: () =>
      Promise.all([
        import('@xiangzhi/points/feature-portal'),
        import('@xiangzhi/shop/feature-portal'),
        import('@xiangzhi/registry/feature-portal'),
        import('@xiangzhi/checklists/feature-portal'),
      ]).then(([points, shop, registry, checklists]) => [
        ...points.POINTS_PORTAL_ROUTES,
        ...shop.SHOP_PORTAL_ROUTES,
        ...checklists.CHECKLISTS_PORTAL_ROUTES,
        ...registry.PORTAL_ROUTES,
      ]),
  },
  { path: '**', redirectTo: '' },
];
