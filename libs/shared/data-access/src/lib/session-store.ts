import { computed, Injectable, InjectionToken, signal } from '@angular/core';

/** localStorage key of the session (tokens and the signed-in user). */
export const SESSION_STORAGE_KEY = 'xz.session';

/** What a sign-in leaves behind. `user` is owned by the identity domain; this store only keeps it. */
export interface StoredSession<TUser = unknown> {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: TUser;
}

/**
 * Renews the session with the refresh token; resolves `true` when new tokens are stored.
 * Provided by the identity domain (`provideIdentity()`), used by the Apollo link and the file API.
 */
export const SESSION_REFRESHER = new InjectionToken<() => Promise<boolean>>('SESSION_REFRESHER');

/** Holds the session tokens, persisted in localStorage under `xz.session`. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly state = signal<StoredSession | null>(readStoredSession());
  private readonly expiredCount = signal(0);

  /** The current session, or null when signed out. */
  readonly session = this.state.asReadonly();
  /** The bearer token to send, or null. */
  readonly accessToken = computed(() => this.state()?.accessToken ?? null);
  /** Counts the times the session ended because it could not be renewed (the app sends the user to sign in). */
  readonly expired = this.expiredCount.asReadonly();

  set(session: StoredSession): void {
    this.state.set(session);
    writeStoredSession(session);
  }

  /** Replaces the stored user (after `me` or a profile change), keeping the tokens. */
  updateUser(user: unknown): void {
    const current = this.state();
    if (current) this.set({ ...current, user });
  }

  /** Signs out locally; `expired` tells the app the server refused to renew the session. */
  clear(reason: 'signed-out' | 'expired' = 'signed-out'): void {
    this.state.set(null);
    writeStoredSession(null);
    if (reason === 'expired') this.expiredCount.update((n) => n + 1);
  }
}

function readStoredSession(): StoredSession | null {
  try {
    const raw = localStorage.getItem(SESSION_STORAGE_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<StoredSession>;
    return typeof value.accessToken === 'string' && typeof value.refreshToken === 'string'
      ? (value as StoredSession)
      : null;
  } catch {
    return null;
  }
}

function writeStoredSession(session: StoredSession | null): void {
  try {
    if (session) localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    else localStorage.removeItem(SESSION_STORAGE_KEY);
  } catch {
    // storage unavailable: the session lasts for this page only
  }
}
