import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { FindHouseholdComponent } from './find-household.component';
import { GridHouseholdComponent } from './grid-household.component';
import { GridHouseholdsComponent } from './grid-households.component';
import { GRID_SCOPE } from './grid-scope';
import { MyGridsComponent } from './my-grids.component';

/** Route paths of the grid app. `h/:cardNumber` is what the QR code on a points card links to. */
export const GRID_PATHS = {
  myGrids: '',
  gridHouseholds: 'grids/:gridCode',
  find: 'find',
  byCard: 'h/:cardNumber',
  byId: 'households/:id',
} as const;

/** Lazy routes of the grid app pages (inside its signed-in shell). */
export const GRID_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(GRID_SCOPE)],
    children: [
      { path: GRID_PATHS.myGrids, component: MyGridsComponent, title: 'nav.myGrids' },
      { path: GRID_PATHS.gridHouseholds, component: GridHouseholdsComponent, title: 'nav.myGrids' },
      { path: GRID_PATHS.find, component: FindHouseholdComponent, title: 'nav.find' },
      { path: GRID_PATHS.byCard, component: GridHouseholdComponent, title: 'nav.find' },
      { path: GRID_PATHS.byId, component: GridHouseholdComponent, title: 'nav.find' },
    ],
  },
];
