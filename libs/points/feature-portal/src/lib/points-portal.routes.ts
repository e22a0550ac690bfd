import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { PORTAL_SCOPE } from '@xiangzhi/registry/feature-portal';
import { HouseholdPointsComponent } from './household-points.component';
import { POINTS_PORTAL_SCOPE } from './points-portal-scope';
import { PointsVillagePageComponent } from './points-village-page.component';
import { VillagePointsComponent } from './village-points.component';

/** Route paths of the portal's points pages (under the village page `v/:code`). */
export const POINTS_PORTAL_PATHS = {
  village: 'v/:code',
  board: 'v/:code/points',
  pastBoard: 'v/:code/points/:boardId',
  household: 'v/:code/household-points',
} as const;

/**
 * The portal's points pages (no sign-in). Placed before the registry's portal routes, `v/:code` shows the village page
 * with the way into the points board.
 */
export const POINTS_PORTAL_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(PORTAL_SCOPE, POINTS_PORTAL_SCOPE)],
    children: [
      { path: POINTS_PORTAL_PATHS.village, component: PointsVillagePageComponent, title: 'app.portal' },
      { path: POINTS_PORTAL_PATHS.board, component: VillagePointsComponent, title: 'app.portal' },
      { path: POINTS_PORTAL_PATHS.pastBoard, component: VillagePointsComponent, title: 'app.portal' },
      { path: POINTS_PORTAL_PATHS.household, component: HouseholdPointsComponent, title: 'app.portal' },
    ],
  },
];
