import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { ledgerGrantGuard } from '@xiangzhi/points/data-access';
import { ApprovalQueueComponent } from './approval-queue.component';
import { EntryDetailComponent } from './entry-detail.component';
import { HouseholdPointsComponent } from './household-points.component';
import { LEDGER_SCOPE } from './ledger-scope';
import { RecordPageComponent } from './record-page.component';
import { ReviewQueueComponent } from './review-queue.component';

/** Console paths of the ledger pages (each mounted at the top level of the shell). */
export const LEDGER_PATHS = {
  record: 'points/record',
  review: 'points/review',
  approval: 'points/approval',
  entries: 'points/entries',
  households: 'points/households',
} as const;

const scope = provideTranslocoScope(LEDGER_SCOPE);

/** 积分登记 (`/points/record`): single and bulk recording. */
export const LEDGER_RECORD_ROUTES: Routes = [
  {
    path: '',
    component: RecordPageComponent,
    providers: [scope],
    canActivate: [ledgerGrantGuard('POINTS_RECORD')],
    title: 'nav.pointsRecord',
  },
];

/** 月度审核 (`/points/review`). */
export const LEDGER_REVIEW_ROUTES: Routes = [
  {
    path: '',
    component: ReviewQueueComponent,
    providers: [scope],
    canActivate: [ledgerGrantGuard('POINTS_REVIEW')],
    title: 'nav.pointsReview',
  },
];

/** 镇级审定 (`/points/approval`). */
export const LEDGER_APPROVAL_ROUTES: Routes = [
  {
    path: '',
    component: ApprovalQueueComponent,
    providers: [scope],
    canActivate: [ledgerGrantGuard('POINTS_APPROVE')],
    title: 'nav.pointsApproval',
  },
];

/** The staff view of one entry (`/points/entries/:id`). */
export const LEDGER_ENTRY_ROUTES: Routes = [
  {
    path: ':id',
    component: EntryDetailComponent,
    providers: [scope],
    canActivate: [ledgerGrantGuard('POINTS_READ')],
    title: 'nav.pointsEntry',
  },
];

/** One household's points (`/points/households/:id`). */
export const LEDGER_HOUSEHOLD_ROUTES: Routes = [
  {
    path: ':id',
    component: HouseholdPointsComponent,
    providers: [scope],
    canActivate: [ledgerGrantGuard('POINTS_READ')],
    title: 'nav.pointsHousehold',
  },
];
