import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { permissionGuard } from '@xiangzhi/identity/data-access';
import { FundsComponent } from './funds.component';
import { RoundsComponent } from './rounds.component';
import { ShopDetailComponent } from './shop-detail.component';
import { SHOP_CONSOLE_SCOPE } from './shop-scope';
import { ShopsListComponent } from './shops-list.component';

/** Lazy routes of the console's points shops (under `/shop/shops`): the list and one shop with its tabs. */
export const SHOP_CONSOLE_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(SHOP_CONSOLE_SCOPE)],
    canActivate: [permissionGuard('SHOP_READ')],
    children: [
      { path: '', component: ShopsListComponent, title: 'shopConsole.list.title' },
      { path: ':id', component: ShopDetailComponent, title: 'shopConsole.detail.title' },
    ],
  },
];

/** Lazy routes of a village's funds ledger (under `/shop/funds`). */
export const SHOP_FUNDS_ROUTES: Routes = [
  {
    path: '',
    component: FundsComponent,
    providers: [provideTranslocoScope(SHOP_CONSOLE_SCOPE)],
    canActivate: [permissionGuard('SHOP_READ')],
    title: 'shopConsole.funds.title',
  },
];

/** Lazy routes of a town's exchange rounds (under `/shop/rounds`). */
export const SHOP_ROUNDS_ROUTES: Routes = [
  {
    path: '',
    component: RoundsComponent,
    providers: [provideTranslocoScope(SHOP_CONSOLE_SCOPE)],
    canActivate: [permissionGuard('SHOP_READ')],
    title: 'shopConsole.rounds.title',
  },
];
