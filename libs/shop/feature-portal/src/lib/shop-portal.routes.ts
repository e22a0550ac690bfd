import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { SHOP_PORTAL_SCOPE } from './shop-portal-scope';
import { ShopPortalPageComponent } from './shop-portal-page.component';
import { ShopVillagePickerComponent } from './shop-village-picker.component';

/** Route paths of the portal's points-shop pages. */
export const SHOP_PORTAL_PATHS = {
  picker: 'shop',
  village: 'shop/:villageCode',
  /** Beside the village's other pages (`v/:code/points`): the same shops page. */
  underVillage: 'v/:code/shop',
} as const;

/** The portal's points-shop pages (no sign-in): choose a village, then its shops and funds. */
export const SHOP_PORTAL_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(SHOP_PORTAL_SCOPE)],
    children: [
      { path: SHOP_PORTAL_PATHS.picker, component: ShopVillagePickerComponent, title: 'app.portal' },
      { path: SHOP_PORTAL_PATHS.village, component: ShopPortalPageComponent, title: 'app.portal' },
      { path: SHOP_PORTAL_PATHS.underVillage, redirectTo: 'shop/:code' },
    ],
  },
];
