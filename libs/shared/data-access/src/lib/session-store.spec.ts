import { TestBed } from '@angular/core/testing';
import { SESSION_REFRESHER, SESSION_STORAGE_KEY, SessionStore } from './session-store';
import { SessionRefresh } from './session-refresh.service';

const session = {
  accessToken: 'a',
  accessTokenExpiresAt: '2030-01-01T00:00:00Z',
  refreshToken: 'r',
  user: { id: '1' },
};

describe('SessionStore and SessionRefresh', () => {
  afterEach(() => localStorage.clear());

  it('persists the session in localStorage under xz.session and reads it back', () => {
    TestBed.configureTestingModule({});
    TestBed.inject(SessionStore).set(session);
    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? '{}')).toEqual(session);

    TestBed.resetTestingModule();
    TestBed.configureTestingModule({});
    const store = TestBed.inject(SessionStore);
    expect(store.accessToken()).toBe('a');
    store.clear();
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(store.expired()).toBe(0);
  });

  it('shares one renewal between concurrent callers and expires the session when it fails', async () => {
    let resolve: (renewed: boolean) => void = () => undefined;
    const refresher = jest.fn(() => new Promise<boolean>((r) => (resolve = r)));
    TestBed.configureTestingModule({ providers: [{ provide: SESSION_REFRESHER, useValue: refresher }] });
    const store = TestBed.inject(SessionStore);
    store.set(session);
    const renewal = TestBed.inject(SessionRefresh);
    const first = renewal.refresh();
    const second = renewal.refresh();
    resolve(false);
    expect(await first).toBe(false);
    expect(await second).toBe(false);
    expect(refresher).toHaveBeenCalledTimes(1);
    expect(store.session()).toBeNull();
    expect(store.expired()).toBe(1);
  });
});
