import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { ledgerGrantGuard } from '@xiangzhi/points/data-access';
import { SchemeDiffComponent } from './scheme-diff.component';
import { SchemeEditorComponent } from './scheme-editor.component';
import { SchemesListComponent } from './schemes-list.component';
import { SCHEMES_SCOPE } from './schemes-scope';

/** Paths under `/points/schemes`. */
export const SCHEME_PATHS = { list: '', compare: 'compare', version: ':id' } as const;

/** Lazy routes of the scheme pages (console, under `/points/schemes`): versions, compare, one version. */
export const POINTS_SCHEMES_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(SCHEMES_SCOPE)],
    canActivate: [ledgerGrantGuard('POINTS_READ')],
    children: [
      { path: SCHEME_PATHS.list, component: SchemesListComponent, title: 'nav.pointsSchemes' },
      { path: SCHEME_PATHS.compare, component: SchemeDiffComponent, title: 'nav.pointsSchemes' },
      { path: SCHEME_PATHS.version, component: SchemeEditorComponent, title: 'nav.pointsSchemes' },
    ],
  },
];
