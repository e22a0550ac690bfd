import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEchartsCore } from 'ngx-echarts';
import { CertificateVerifyPageComponent } from './certificate-verify-page.component';
import { ChecklistListsPageComponent } from './checklist-lists-page.component';
import { CHECKLISTS_PORTAL_SCOPE } from './checklists-portal-scope';
import { ComplaintPageComponent } from './complaint-page.component';
import { loadFlowEcharts } from './flow-echarts';
import { PublicCasesPageComponent } from './public-cases-page.component';

/** Route paths of the portal's checklist pages. */
export const CHECKLISTS_PORTAL_PATHS = {
  lists: 'lists/:villageCode',
  /** The page a certificate's QR code opens; `verify` alone asks for a serial. */
  verify: 'verify/:serial',
  verifyForm: 'verify',
  cases: 'cases/:villageCode',
  complaint: 'complaint/:villageCode',
  /** Beside the village's other pages (`v/:code/points`): the same lists page. */
  underVillage: 'v/:code/lists',
} as const;

/**
 * The portal's checklist pages (no sign-in): a village's lists in force with their flow charts, certificate
 * verification, the disclosed case results and the complaint form.
 */
export const CHECKLISTS_PORTAL_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(CHECKLISTS_PORTAL_SCOPE), provideEchartsCore({ echarts: loadFlowEcharts })],
    children: [
      { path: CHECKLISTS_PORTAL_PATHS.lists, component: ChecklistListsPageComponent, title: 'app.portal' },
      { path: CHECKLISTS_PORTAL_PATHS.underVillage, redirectTo: 'lists/:code' },
      { path: CHECKLISTS_PORTAL_PATHS.verify, component: CertificateVerifyPageComponent, title: 'app.portal' },
      { path: CHECKLISTS_PORTAL_PATHS.verifyForm, component: CertificateVerifyPageComponent, title: 'app.portal' },
      { path: CHECKLISTS_PORTAL_PATHS.cases, component: PublicCasesPageComponent, title: 'app.portal' },
      { path: CHECKLISTS_PORTAL_PATHS.complaint, component: ComplaintPageComponent, title: 'app.portal' },
    ],
  },
];
