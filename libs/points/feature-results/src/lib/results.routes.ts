import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { pointsPermissionGuard } from '@xiangzhi/points/data-access';
import { ObjectionsComponent } from './objections.component';
import { PublicationDetailComponent } from './publication-detail.component';
import { PublicationsListComponent } from './publications-list.component';
import { POINTS_RESULTS_SCOPE } from './results-scope';

/** Lazy routes of the boards (console, under `/points/publications`): list and one board. */
export const POINTS_PUBLICATIONS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(POINTS_RESULTS_SCOPE)],
    canActivate: [pointsPermissionGuard('POINTS_READ')],
    children: [
      { path: '', component: PublicationsListComponent, title: 'nav.pointsPublications' },
      { path: ':id', component: PublicationDetailComponent, title: 'nav.pointsPublications' },
    ],
  },
];

/** Lazy routes of the objections queue (console, under `/points/objections`). */
export const POINTS_OBJECTIONS_ROUTES: Routes = [
  {
    path: '',
    component: ObjectionsComponent,
    providers: [provideTranslocoScope(POINTS_RESULTS_SCOPE)],
    canActivate: [pointsPermissionGuard('POINTS_READ')],
    title: 'nav.pointsObjections',
  },
];
