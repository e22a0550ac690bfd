import { computed, inject, Injectable } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import { Permission, permissionGuard, roleHas, SessionFacade } from '@xiangzhi/identity/data-access';

/** What the ledger and scheme screens check (the identity mirror of the server's grant table; a UI hint only). */
export type LedgerGrant = Extract<
  Permission,
  | 'POINTS_READ'
  | 'POINTS_RECORD'
  | 'POINTS_REVIEW'
  | 'POINTS_APPROVE'
  | 'POINTS_SCHEME_MANAGE'
  | 'POINTS_SCHEME_ADAPT'
  | 'POINTS_SCHEME_EDIT'
  | 'FILE_UPLOAD'
>;

type Role = NonNullable<ReturnType<SessionFacade['role']>>;

/** Whether `role` holds `grant`. */
export function ledgerRoleHas(role: Role | null | undefined, grant: LedgerGrant): boolean {
  return roleHas(role, grant);
}

/** The signed-in user's ledger and scheme grants, and their id (to tell one's own entries). */
@Injectable({ providedIn: 'root' })
export class LedgerGrants {
  private readonly session = inject(SessionFacade);
  readonly role = computed(() => this.session.role());
  readonly userId = computed(() => this.session.user()?.id ?? null);

  can(grant: LedgerGrant): boolean {
    return this.session.can(grant);
  }
}

/** Route guard: signed in and holding `grant`, else back to the start page. */
export function ledgerGrantGuard(grant: LedgerGrant): CanActivateFn {
  return permissionGuard(grant);
}
