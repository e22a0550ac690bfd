import { inject, Injectable, Injector } from '@angular/core';
import { SESSION_REFRESHER, SessionStore } from './session-store';

/**
 * Renews the session at most once at a time: concurrent callers (several queries failing together) share one
 * `refreshSession`. When renewal fails the session is cleared as expired.
 */
@Injectable({ providedIn: 'root' })
export class SessionRefresh {
  private readonly injector = inject(Injector);
  private readonly store = inject(SessionStore);
  private pending: Promise<boolean> | null = null;

  refresh(): Promise<boolean> {
    if (!this.store.session()) return Promise.resolve(false);
    this.pending ??= this.run().finally(() => (this.pending = null));
    return this.pending;
  }

  private async run(): Promise<boolean> {
    // resolved lazily: the refresher needs Apollo, and Apollo's link needs this service
    const refresher = this.injector.get(SESSION_REFRESHER, null);
    let renewed = false;
    try {
      renewed = refresher ? await refresher() : false;
    } catch {
      renewed = false;
    }
    if (!renewed) this.store.clear('expired');
    return renewed;
  }
}
