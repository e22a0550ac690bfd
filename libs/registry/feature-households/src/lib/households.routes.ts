import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { permissionGuard } from '@xiangzhi/identity/data-access';
import { REGISTRY_SCOPE } from '@xiangzhi/registry/ui';
import { HouseholdDetailComponent } from './household-detail.component';
import { HouseholdFormComponent } from './household-form.component';
import { HouseholdImportComponent } from './household-import.component';
import { HouseholdsListComponent } from './households-list.component';
import { HOUSEHOLDS_SCOPE } from './households-scope';

/** Route paths of the households feature (under `/households`). */
export const HOUSEHOLD_PATHS = { list: '', create: 'new', detail: ':id', edit: ':id/edit' } as const;

/** Lazy routes of the households feature (console): list, create, detail, edit. */
export const HOUSEHOLDS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(HOUSEHOLDS_SCOPE, REGISTRY_SCOPE)],
    children: [
      { path: HOUSEHOLD_PATHS.list, component: HouseholdsListComponent, title: 'nav.households' },
      {
        path: HOUSEHOLD_PATHS.create,
        component: HouseholdFormComponent,
        canActivate: [permissionGuard('HOUSEHOLD_WRITE')],
        title: 'nav.households',
      },
      { path: HOUSEHOLD_PATHS.detail, component: HouseholdDetailComponent, title: 'nav.households' },
      {
        path: HOUSEHOLD_PATHS.edit,
        component: HouseholdFormComponent,
        canActivate: [permissionGuard('HOUSEHOLD_WRITE')],
        title: 'nav.households',
      },
    ],
  },
];

/** Lazy routes of the household import page (console). */
export const HOUSEHOLD_IMPORT_ROUTES: Routes = [
  {
    path: '',
    component: HouseholdImportComponent,
    providers: [provideTranslocoScope(HOUSEHOLDS_SCOPE, REGISTRY_SCOPE)],
    canActivate: [permissionGuard('HOUSEHOLD_IMPORT')],
    title: 'nav.import',
  },
];
