import { Routes } from '@angular/router';
import { authGuard, guestGuard } from '@xiangzhi/identity/data-access';

/** Top-level paths of the grid app (served under /grid/). Card QR codes link to `/grid/h/<cardNumber>`. */
export const GRID_APP_PATHS = { login: 'login' } as const;

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
    loadChildren: () => import('@xiangzhi/registry/feature-grid').then((m) => m.GRID_ROUTES),
  },
  { path: '**', redirectTo: '' },
];
