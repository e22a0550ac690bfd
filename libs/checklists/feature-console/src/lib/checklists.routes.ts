import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { permissionGuard } from '@xiangzhi/identity/data-access';
import { provideEchartsCore } from 'ngx-echarts';
import { CHECKLIST_CONSOLE_SCOPE } from './checklist-console-scope';
import { ChecklistEditorComponent } from './editor.component';
import { ChecklistListsComponent } from './lists.component';
import { ChecklistVersionComponent } from './version.component';

/**
 * Lazy routes of the console's lists (under `/checklists/lists`): the lists of the region, one version, a draft in
 * the editor. ECharts (graph series only) loads with the first chart drawn.
 */
export const CHECKLIST_LISTS_ROUTES: Routes = [
  {
    path: '',
    providers: [
      provideTranslocoScope(CHECKLIST_CONSOLE_SCOPE),
      provideEchartsCore({ echarts: () => import('./echarts-setup').then((m) => m.echarts) }),
    ],
    canActivate: [permissionGuard('CHECKLIST_READ')],
    children: [
      { path: '', component: ChecklistListsComponent, title: 'checklistConsole.lists.title' },
      { path: 'versions/:id', component: ChecklistVersionComponent, title: 'checklistConsole.version.title' },
      { path: 'versions/:id/edit', component: ChecklistEditorComponent, title: 'checklistConsole.editor.title' },
    ],
  },
];
