import { computed, inject, Injectable } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import { Permission, permissionGuard, Role, roleHas, SessionFacade } from '@xiangzhi/identity/data-access';

/** The points permissions the results screens check (the identity mirror of the server's grant table). */
export type PointsPermission = Extract<
  Permission,
  | 'POINTS_READ'
  | 'POINTS_RECORD'
  | 'POINTS_REVIEW'
  | 'POINTS_APPROVE'
  | 'POINTS_PUBLISH'
  | 'POINTS_LIST_MANAGE'
  | 'POINTS_YEAR_CLOSE'
>;

/** Whether `role` holds the points permission `permission`. */
export function pointsRoleHas(role: Role | null | undefined, permission: PointsPermission): boolean {
  return roleHas(role, permission);
}

/** The signed-in user's points permissions, as signals. */
@Injectable({ providedIn: 'root' })
export class PointsAccess {
  private readonly session = inject(SessionFacade);
  readonly role = computed(() => this.session.role());

  can(permission: PointsPermission): boolean {
    return this.session.can(permission);
  }
}

/** Route guard: signed in and holding the points permission, else back to the start page. */
export function pointsPermissionGuard(permission: PointsPermission): CanActivateFn {
  return permissionGuard(permission);
}
