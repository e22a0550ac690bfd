import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { GRID_SCOPE } from '@xiangzhi/registry/feature-grid';
import { POINTS_GRID_SCOPE } from './points-grid-scope';
import { PointsGridHouseholdComponent } from './points-grid-household.component';
import { RecordEntryComponent } from './record-entry.component';

/** Route paths of the grid app's points pages. `h/:cardNumber` is what the QR code on a points card links to. */
export const POINTS_GRID_PATHS = {
  byCard: 'h/:cardNumber',
  byId: 'households/:id',
  record: 'households/:id/record-points',
} as const;

/**
 * The grid app's points pages (inside its signed-in shell). Placed before the registry's grid routes: the household
 * pages then show the household's points and the "记积分" action under the registry's card.
 */
export const POINTS_GRID_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(GRID_SCOPE, POINTS_GRID_SCOPE)],
    children: [
      { path: POINTS_GRID_PATHS.byCard, component: PointsGridHouseholdComponent, title: 'nav.find' },
      { path: POINTS_GRID_PATHS.byId, component: PointsGridHouseholdComponent, title: 'nav.find' },
      { path: POINTS_GRID_PATHS.record, component: RecordEntryComponent, title: 'nav.find' },
    ],
  },
];
