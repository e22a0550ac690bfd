import { Routes } from '@angular/router';
import { authGuard, guestGuard, permissionGuard } from '@xiangzhi/identity/data-access';

/** Top-level paths of the console (served under /console/). */
export const CONSOLE_PATHS = {
  login: 'login',
  households: 'households',
  import: 'import',
  regions: 'regions',
  users: 'users',
  changePassword: 'account/password',
  pointsSchemes: 'points/schemes',
  pointsRecord: 'points/record',
  pointsReview: 'points/review',
  pointsApproval: 'points/approval',
  pointsEntries: 'points/entries',
  pointsHouseholds: 'points/households',
  pointsPublications: 'points/publications',
  pointsObjections: 'points/objections',
  pointsRankings: 'points/rankings',
  pointsLists: 'points/lists',
  pointsYearClose: 'points/year-close',
  shopShops: 'shop/shops',
  shopFunds: 'shop/funds',
  shopRounds: 'shop/rounds',
  checklistLists: 'checklists/lists',
  checklistCases: 'checklists/cases',
  checklistOversight: 'checklists/oversight',
} as const;

export const appRoutes: Routes = [
  {
    path: CONSOLE_PATHS.login,
    canActivate: [guestGuard],
    loadComponent: () => import('@xiangzhi/identity/feature-login').then((m) => m.ConsoleLoginComponent),
    title: 'app.console',
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./shell/console-shell.component').then((m) => m.ConsoleShellComponent),
    children: [
      { path: '', pathMatch: 'full', redirectTo: CONSOLE_PATHS.households },
      {
        path: CONSOLE_PATHS.households,
        canActivate: [permissionGuard('HOUSEHOLD_READ')],
        loadChildren: () => import('@xiangzhi/registry/feature-households').then((m) => m.HOUSEHOLDS_ROUTES),
      },
      {
        path: CONSOLE_PATHS.import,
        loadChildren: () => import('@xiangzhi/registry/feature-households').then((m) => m.HOUSEHOLD_IMPORT_ROUTES),
      },
      {
        path: CONSOLE_PATHS.regions,
        canActivate: [permissionGuard('REGION_READ')],
        loadChildren: () => import('@xiangzhi/registry/feature-regions').then((m) => m.REGIONS_ROUTES),
      },
      {
        path: CONSOLE_PATHS.users,
        canActivate: [permissionGuard('USER_READ')],
        loadComponent: () => import('@xiangzhi/identity/feature-users').then((m) => m.UsersPageComponent),
        title: 'nav.users',
      },
      {
        path: CONSOLE_PATHS.pointsSchemes,
        loadChildren: () => import('@xiangzhi/points/feature-schemes').then((m) => m.POINTS_SCHEMES_ROUTES),
      },
      {
        path: CONSOLE_PATHS.pointsRecord,
        loadChildren: () => import('@xiangzhi/points/feature-ledger').then((m) => m.LEDGER_RECORD_ROUTES),
      },
      {
        path: CONSOLE_PATHS.pointsReview,
        loadChildren: () => import('@xiangzhi/points/feature-ledger').then((m) => m.LEDGER_REVIEW_ROUTES),
      },
      {
        path: CONSOLE_PATHS.pointsApproval,
        loadChildren: () => import('@xiangzhi/points/feature-ledger').then((m) => m.LEDGER_APPROVAL_ROUTES),
      },
      {
        path: CONSOLE_PATHS.pointsEntries,
        loadChildren: () => import('@xiangzhi/points/feature-ledger').then((m) => m.LEDGER_ENTRY_ROUTES),
      },
      {
        path: CONSOLE_PATHS.pointsHouseholds,
        loadChildren: () => import('@xiangzhi/points/feature-ledger').then((m) => m.LEDGER_HOUSEHOLD_ROUTES),
      },
      {
        path: CONSOLE_PATHS.pointsPublications,
        loadChildren: () => import('@xiangzhi/points/feature-results').then((m) => m.POINTS_PUBLICATIONS_ROUTES),
      },
      {
        path: CONSOLE_PATHS.pointsObjections,
        loadChildren: () => import('@xiangzhi/points/feature-results').then((m) => m.POINTS_OBJECTIONS_ROUTES),
      },
      {
        path: CONSOLE_PATHS.pointsRankings,
        loadChildren: () => import('@xiangzhi/points/feature-results').then((m) => m.POINTS_RANKINGS_ROUTES),
      },
      {
        path: CONSOLE_PATHS.pointsLists,
        loadChildren: () => import('@xiangzhi/points/feature-results').then((m) => m.POINTS_LISTS_ROUTES),
      },
      {
        path: CONSOLE_PATHS.pointsYearClose,
        loadChildren: () => import('@xiangzhi/points/feature-results').then((m) => m.POINTS_YEAR_CLOSE_ROUTES),
      },
      {
        path: CONSOLE_PATHS.shopShops,
        loadChildren: () => import('@xiangzhi/shop/feature-shops').then((m) => m.SHOP_CONSOLE_ROUTES),
      },
      {
        path: CONSOLE_PATHS.shopFunds,
        loadChildren: () => import('@xiangzhi/shop/feature-shops').then((m) => m.SHOP_FUNDS_ROUTES),
      },
      {
        path: CONSOLE_PATHS.shopRounds,
        loadChildren: () => import('@xiangzhi/shop/feature-shops').then((m) => m.SHOP_ROUNDS_ROUTES),
      },
      {
        path: CONSOLE_PATHS.checklistCases,
        canActivate: [permissionGuard('CHECKLIST_READ')],
        loadChildren: () => import('@xiangzhi/checklists/feature-cases').then((m) => m.CHECKLIST_CASES_ROUTES),
      },
      {
        path: CONSOLE_PATHS.checklistOversight,
        canActivate: [permissionGuard('CHECKLIST_OVERSIGHT')],
        loadChildren: () => import('@xiangzhi/checklists/feature-cases').then((m) => m.CHECKLIST_OVERSIGHT_ROUTES),
      },
      {
        path: CONSOLE_PATHS.checklistLists,
        canActivate: [permissionGuard('CHECKLIST_READ')],
        loadChildren: () => import('@xiangzhi/checklists/feature-console').then((m) => m.CHECKLIST_LISTS_ROUTES),
      },
      {
        path: CONSOLE_PATHS.changePassword,
        loadComponent: () => import('@xiangzhi/identity/feature-login').then((m) => m.ChangePasswordComponent),
        title: 'nav.changePassword',
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
