import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApiError, SESSION_STORAGE_KEY } from '@xiangzhi/shared/data-access';
import { Apollo } from 'apollo-angular';
import { of, throwError } from 'rxjs';
import { ChangePasswordGQL, LoginGQL, LogoutGQL, MeGQL, RefreshSessionGQL } from './generated/graphql';
import { SessionFacade } from './session.facade';

const user = {
  id: 'u1',
  username: 'admin',
  displayName: '张三',
  role: 'VILLAGE_ADMIN' as const,
  regionCode: '150102001001',
  gridCodes: [],
  region: null,
};
const payload = (token: string) => ({
  accessToken: token,
  accessTokenExpiresAt: '2030-01-01T00:00:00Z',
  refreshToken: `refresh-${token}`,
  user,
});

describe('SessionFacade', () => {
  const login = { mutate: jest.fn() };
  const refresh = { mutate: jest.fn() };
  const logout = { mutate: jest.fn(() => of({ data: { logout: true } })) };
  const clearStore = jest.fn(async () => []);

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        { provide: Apollo, useValue: { client: { clearStore } } },
        { provide: LoginGQL, useValue: login },
        { provide: RefreshSessionGQL, useValue: refresh },
        { provide: LogoutGQL, useValue: logout },
        { provide: ChangePasswordGQL, useValue: { mutate: jest.fn() } },
        { provide: MeGQL, useValue: { fetch: jest.fn() } },
      ],
    });
  });

  it('signs in, exposes the user and role, and keeps the tokens under xz.session', async () => {
    login.mutate.mockReturnValue(of({ data: { login: payload('t1') } }));
    const session = TestBed.inject(SessionFacade);
    expect(session.isSignedIn()).toBe(false);

    await session.login('admin', 'secret');

    expect(login.mutate).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: { input: { username: 'admin', password: 'secret' } },
        context: { anonymous: true, skipAuthRefresh: true },
      }),
    );
    expect(session.isSignedIn()).toBe(true);
    expect(session.role()).toBe('VILLAGE_ADMIN');
    expect(session.can('HOUSEHOLD_IMPORT')).toBe(true);
    expect(session.can('REGION_MANAGE')).toBe(false);
    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? '{}').accessToken).toBe('t1');
  });

  it('turns a refused sign-in into an ApiError with the server code', async () => {
    const refused = new CombinedGraphQLErrors({
      errors: [{ message: 'no', extensions: { code: 'AUTH_INVALID_CREDENTIALS', kind: 'UNAUTHENTICATED' } }],
    });
    login.mutate.mockReturnValue(throwError(() => refused));
    const session = TestBed.inject(SessionFacade);
    await expect(session.login('admin', 'wrong')).rejects.toEqual(
      expect.objectContaining({ code: 'AUTH_INVALID_CREDENTIALS' }),
    );
    await expect(session.login('admin', 'wrong')).rejects.toBeInstanceOf(ApiError);
    expect(session.isSignedIn()).toBe(false);
  });

  it('renews the tokens with the refresh token', async () => {
    login.mutate.mockReturnValue(of({ data: { login: payload('t1') } }));
    refresh.mutate.mockReturnValue(of({ data: { refreshSession: payload('t2') } }));
    const session = TestBed.inject(SessionFacade);
    await session.login('admin', 'secret');

    expect(await session.refresh()).toBe(true);
    expect(refresh.mutate).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { input: { refreshToken: 'refresh-t1' } } }),
    );
    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? '{}').accessToken).toBe('t2');

    refresh.mutate.mockReturnValue(throwError(() => new Error('refused')));
    expect(await session.refresh()).toBe(false);
  });

  it('signs out: revokes the refresh token, forgets the session and the cache', async () => {
    login.mutate.mockReturnValue(of({ data: { login: payload('t1') } }));
    const session = TestBed.inject(SessionFacade);
    await session.login('admin', 'secret');
    await session.logout();
    expect(logout.mutate).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { input: { refreshToken: 'refresh-t1' } } }),
    );
    expect(session.isSignedIn()).toBe(false);
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(clearStore).toHaveBeenCalled();
  });
});
