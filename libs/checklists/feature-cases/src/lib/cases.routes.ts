import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { permissionGuard } from '@xiangzhi/identity/data-access';
import { CaseDetailComponent } from './case-detail.component';
import { CasesPageComponent } from './cases-page.component';
import { CHECKLIST_CASES_SCOPE } from './cases-scope';
import { OversightPageComponent } from './oversight-page.component';

/** Lazy routes of the console's cases (under `/checklists/cases`): the page with its tabs, and one case. */
export const CHECKLIST_CASES_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(CHECKLIST_CASES_SCOPE)],
    canActivate: [permissionGuard('CHECKLIST_READ')],
    children: [
      { path: '', component: CasesPageComponent, title: 'checklistCases.page.title' },
      { path: ':id', component: CaseDetailComponent, title: 'checklistCases.page.title' },
    ],
  },
];

/** Lazy routes of the oversight page (under `/checklists/oversight`). */
export const CHECKLIST_OVERSIGHT_ROUTES: Routes = [
  {
    path: '',
    component: OversightPageComponent,
    providers: [provideTranslocoScope(CHECKLIST_CASES_SCOPE)],
    canActivate: [permissionGuard('CHECKLIST_OVERSIGHT')],
    title: 'checklistCases.page.oversightTitle',
  },
];
