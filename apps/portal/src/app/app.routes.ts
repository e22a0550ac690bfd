import { Routes } from '@angular/router';
import { PortalShellComponent } from './shell/portal-shell.component';

/** The public site (served at /): home → region chooser → village page. No sign-in. */
export const appRoutes: Routes = [
  {
    path: '',
    component: PortalShellComponent,
    loadChildren: () => import('@xiangzhi/registry/feature-portal').then((m) => m.PORTAL_ROUTES),
  },
  { path: '**', redirectTo: '' },
];
