import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { pointsPermissionGuard } from '@xiangzhi/points/data-access';
import { ListsComponent } from './lists.component';
import { ObjectionsComponent } from './objections.component';
import { PublicationDetailComponent } from './publication-detail.component';
import { PublicationsListComponent } from './publications-list.component';
import { RankingsComponent } from './rankings.component';
import { POINTS_RESULTS_SCOPE } from './results-scope';
import { YearCloseComponent } from './year-close.component';

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

/** Lazy routes of the village rankings (console, under `/points/rankings`). */
export const POINTS_RANKINGS_ROUTES: Routes = [
  {
    path: '',
    component: RankingsComponent,
    providers: [provideTranslocoScope(POINTS_RESULTS_SCOPE)],
    canActivate: [pointsPermissionGuard('POINTS_READ')],
    title: 'nav.pointsRankings',
  },
];

/** Lazy routes of the red and black lists (console, under `/points/lists`). */
export const POINTS_LISTS_ROUTES: Routes = [
  {
    path: '',
    component: ListsComponent,
    providers: [provideTranslocoScope(POINTS_RESULTS_SCOPE)],
    canActivate: [pointsPermissionGuard('POINTS_READ')],
    title: 'nav.pointsLists',
  },
];

/** Lazy routes of the year close (console, under `/points/year-close`). */
export const POINTS_YEAR_CLOSE_ROUTES: Routes = [
  {
    path: '',
    component: YearCloseComponent,
    providers: [provideTranslocoScope(POINTS_RESULTS_SCOPE)],
    canActivate: [pointsPermissionGuard('POINTS_YEAR_CLOSE')],
    title: 'nav.pointsYearClose',
  },
];
