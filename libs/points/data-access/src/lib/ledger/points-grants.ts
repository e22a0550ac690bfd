import { computed, inject, Injectable } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { authGuard, SessionFacade } from '@xiangzhi/identity/data-access';

/**
 * What the ledger and scheme screens need (mirror of the server's grant table, libs/server/core auth/roles.ts).
 * The identity lib's `Permission` does not list the points permissions yet. A UI hint only: the server decides.
 */
export type LedgerGrant =
  | 'POINTS_READ'
  | 'POINTS_RECORD'
  | 'POINTS_REVIEW'
  | 'POINTS_APPROVE'
  | 'POINTS_SCHEME_MANAGE'
  | 'POINTS_SCHEME_ADAPT'
  | 'POINTS_SCHEME_EDIT'
  | 'FILE_UPLOAD';

type Role = NonNullable<ReturnType<SessionFacade['role']>>;

const ALL: readonly LedgerGrant[] = [
  'POINTS_READ',
  'POINTS_RECORD',
  'POINTS_REVIEW',
  'POINTS_APPROVE',
  'POINTS_SCHEME_MANAGE',
  'POINTS_SCHEME_ADAPT',
  'POINTS_SCHEME_EDIT',
  'FILE_UPLOAD',
];

const LEDGER_GRANTS: Readonly<Record<Role, readonly LedgerGrant[]>> = {
  SYSTEM_ADMIN: ALL,
  COUNTY_SUPERVISOR: ['POINTS_READ'],
  TOWN_SUPERVISOR: ['POINTS_READ', 'POINTS_APPROVE', 'POINTS_SCHEME_MANAGE', 'POINTS_SCHEME_EDIT'],
  VILLAGE_ADMIN: ['POINTS_READ', 'POINTS_RECORD', 'POINTS_SCHEME_ADAPT', 'POINTS_SCHEME_EDIT', 'FILE_UPLOAD'],
  VILLAGE_REVIEWER: ['POINTS_READ', 'POINTS_REVIEW'],
  OVERSIGHT: ['POINTS_READ'],
  GRID_WORKER: ['POINTS_READ', 'POINTS_RECORD', 'FILE_UPLOAD'],
  SHOP_OPERATOR: [],
};

/** Whether `role` holds `grant`. */
export function ledgerRoleHas(role: Role | null | undefined, grant: LedgerGrant): boolean {
  return role ? LEDGER_GRANTS[role].includes(grant) : false;
}

/** The signed-in user's ledger and scheme grants, and their id (to tell one's own entries). */
@Injectable({ providedIn: 'root' })
export class LedgerGrants {
  private readonly session = inject(SessionFacade);
  readonly role = computed(() => this.session.role());
  readonly userId = computed(() => this.session.user()?.id ?? null);

  can(grant: LedgerGrant): boolean {
    return ledgerRoleHas(this.session.role(), grant);
  }
}

/** Route guard: signed in and holding `grant`, else back to the start page. */
export function ledgerGrantGuard(grant: LedgerGrant): CanActivateFn {
  return (route, state) => {
    const session = inject(SessionFacade);
    if (!session.isSignedIn()) return authGuard(route, state);
    return ledgerRoleHas(session.role(), grant) ? true : inject(Router).createUrlTree(['/']);
  };
}
