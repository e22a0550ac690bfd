import { computed, inject, Injectable } from '@angular/core';
import { ApiError, AuthContext, SessionStore } from '@xiangzhi/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  AuthPayloadFieldsFragment,
  ChangePasswordGQL,
  LoginGQL,
  LogoutGQL,
  MeGQL,
  RefreshSessionGQL,
  SessionUserFragment,
} from './generated/graphql';
import { Permission, roleHas } from './permissions';

/** The signed-in user as the apps know it. */
export type SessionUser = SessionUserFragment;

const ANONYMOUS: { context: AuthContext } = { context: { anonymous: true, skipAuthRefresh: true } };

/** Sign-in state as signals; login, logout, password change and token renewal. Errors are thrown as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class SessionFacade {
  private readonly store = inject(SessionStore);
  private readonly apollo = inject(Apollo);
  private readonly loginGql = inject(LoginGQL);
  private readonly logoutGql = inject(LogoutGQL);
  private readonly refreshGql = inject(RefreshSessionGQL);
  private readonly changePasswordGql = inject(ChangePasswordGQL);
  private readonly meGql = inject(MeGQL);

  /** The signed-in user, or null. */
  readonly user = computed(() => (this.store.session()?.user as SessionUser | undefined) ?? null);
  readonly isSignedIn = computed(() => this.store.session() !== null);
  readonly role = computed(() => this.user()?.role ?? null);
  /** Increments when the server refused to renew the session. */
  readonly expired = this.store.expired;

  /** Whether the signed-in user's role holds `permission` (a UI hint; the server decides). */
  can(permission: Permission): boolean {
    return roleHas(this.role(), permission);
  }

  async login(username: string, password: string): Promise<SessionUser> {
    try {
      const result = await firstValueFrom(
        this.loginGql.mutate({ variables: { input: { username, password } }, ...ANONYMOUS }),
      );
      const payload = required(result.data?.login);
      await this.apollo.client.clearStore();
      this.keep(payload);
      return payload.user;
    } catch (error) {
      throw ApiError.from(error);
    }
  }

  /** Revokes the refresh token on the server (best effort) and forgets the session. */
  async logout(): Promise<void> {
    const refreshToken = this.store.session()?.refreshToken;
    try {
      if (refreshToken) {
        await firstValueFrom(
          this.logoutGql.mutate({ variables: { input: { refreshToken } }, context: { skipAuthRefresh: true } }),
        );
      }
    } catch {
      // signed out locally anyway: the refresh token expires on its own
    } finally {
      this.store.clear();
      await this.apollo.client.clearStore();
    }
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    try {
      await firstValueFrom(this.changePasswordGql.mutate({ variables: { input: { currentPassword, newPassword } } }));
    } catch (error) {
      throw ApiError.from(error);
    }
  }

  /** Renews the tokens with the refresh token; false when there is none or the server refuses. */
  async refresh(): Promise<boolean> {
    const refreshToken = this.store.session()?.refreshToken;
    if (!refreshToken) return false;
    try {
      const result = await firstValueFrom(
        this.refreshGql.mutate({ variables: { input: { refreshToken } }, ...ANONYMOUS }),
      );
      const payload = result.data?.refreshSession;
      if (!payload) return false;
      this.keep(payload);
      return true;
    } catch {
      return false;
    }
  }

  /** Reloads the signed-in user (role, region, grids may have changed). */
  async reloadUser(): Promise<void> {
    if (!this.isSignedIn()) return;
    try {
      const result = await firstValueFrom(this.meGql.fetch());
      if (result.data?.me) this.store.updateUser(result.data.me);
    } catch (error) {
      throw ApiError.from(error);
    }
  }

  private keep(payload: AuthPayloadFieldsFragment): void {
    this.store.set({
      accessToken: payload.accessToken,
      accessTokenExpiresAt: payload.accessTokenExpiresAt,
      refreshToken: payload.refreshToken,
      user: payload.user,
    });
  }
}

function required<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new ApiError('UNKNOWN');
  return value;
}
