import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEchartsCore } from 'ngx-echarts';
import { ChecklistListsPageComponent } from './checklist-lists-page.component';
import { CHECKLISTS_PORTAL_SCOPE } from './checklists-portal-scope';
import { loadFlowEcharts } from './flow-echarts';

/** Route paths of the portal's checklist pages. */
export const CHECKLISTS_PORTAL_PATHS = {
  lists: 'lists/:villageCode',
  /** Beside the village's other pages (`v/:code/points`): the same lists page. */
  underVillage: 'v/:code/lists',
} as const;

/** The portal's checklist pages (no sign-in): a village's lists in force with their flow charts. */
export const CHECKLISTS_PORTAL_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(CHECKLISTS_PORTAL_SCOPE), provideEchartsCore({ echarts: loadFlowEcharts })],
    children: [
      { path: CHECKLISTS_PORTAL_PATHS.lists, component: ChecklistListsPageComponent, title: 'app.portal' },
      { path: CHECKLISTS_PORTAL_PATHS.underVillage, redirectTo: 'lists/:code' },
    ],
  },
];
