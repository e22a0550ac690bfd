import { computed, inject, Injectable } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { authGuard, Role, SessionFacade } from '@xiangzhi/identity/data-access';

/**
 * Points permissions (mirror of the server's grant table, libs/server/core auth/roles.ts).
 * The identity lib's `Permission` mirror does not list the points permissions yet; until it does, the points
 * screens read them here. A UI hint only: the server decides.
 */
export type PointsPermission =
  | 'POINTS_READ'
  | 'POINTS_RECORD'
  | 'POINTS_REVIEW'
  | 'POINTS_APPROVE'
  | 'POINTS_PUBLISH'
  | 'POINTS_LIST_MANAGE'
  | 'POINTS_YEAR_CLOSE';

const ALL: readonly PointsPermission[] = [
  'POINTS_READ',
  'POINTS_RECORD',
  'POINTS_REVIEW',
  'POINTS_APPROVE',
  'POINTS_PUBLISH',
  'POINTS_LIST_MANAGE',
  'POINTS_YEAR_CLOSE',
];

const POINTS_ROLE_PERMISSIONS: Readonly<Record<Role, readonly PointsPermission[]>> = {
  SYSTEM_ADMIN: ALL,
  COUNTY_SUPERVISOR: ['POINTS_READ'],
  TOWN_SUPERVISOR: ['POINTS_READ', 'POINTS_APPROVE', 'POINTS_PUBLISH', 'POINTS_LIST_MANAGE', 'POINTS_YEAR_CLOSE'],
  VILLAGE_ADMIN: ['POINTS_READ', 'POINTS_RECORD', 'POINTS_PUBLISH', 'POINTS_LIST_MANAGE'],
  VILLAGE_REVIEWER: ['POINTS_READ', 'POINTS_REVIEW'],
  OVERSIGHT: ['POINTS_READ'],
  GRID_WORKER: ['POINTS_READ', 'POINTS_RECORD'],
  SHOP_OPERATOR: [],
};

/** Whether `role` holds the points permission `permission`. */
export function pointsRoleHas(role: Role | null | undefined, permission: PointsPermission): boolean {
  return role ? POINTS_ROLE_PERMISSIONS[role].includes(permission) : false;
}

/** The signed-in user's points permissions, as signals. */
@Injectable({ providedIn: 'root' })
export class PointsAccess {
  private readonly session = inject(SessionFacade);
  readonly role = computed(() => this.session.role());

  can(permission: PointsPermission): boolean {
    return pointsRoleHas(this.session.role(), permission);
  }
}

/** Route guard: signed in and holding the points permission, else back to the start page. */
export function pointsPermissionGuard(permission: PointsPermission): CanActivateFn {
  return (route, state) => {
    const session = inject(SessionFacade);
    if (!session.isSignedIn()) return authGuard(route, state);
    return pointsRoleHas(session.role(), permission) ? true : inject(Router).createUrlTree(['/']);
  };
}
