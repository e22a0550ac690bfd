import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import {
  CreateUserGQL,
  ResetUserPasswordGQL,
  UpdateUserGQL,
  UserChildRegionsGQL,
  UserRootRegionsGQL,
  UsersGQL,
  UserVillageGridsGQL,
} from './generated/graphql';
import { SessionFacade } from './session.facade';
import { UsersFacade } from './users.facade';

describe('UsersFacade', () => {
  const users = { fetch: jest.fn(() => of({ data: { users: { items: [], total: 45 } } })) };
  const update = { mutate: jest.fn(() => of({ data: { updateUser: { id: 'u2' } } })) };

  beforeEach(() => {
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        { provide: SessionFacade, useValue: { role: () => 'TOWN_SUPERVISOR' } },
        { provide: UsersGQL, useValue: users },
        { provide: UpdateUserGQL, useValue: update },
        { provide: CreateUserGQL, useValue: { mutate: jest.fn() } },
        { provide: ResetUserPasswordGQL, useValue: { mutate: jest.fn() } },
        { provide: UserRootRegionsGQL, useValue: { fetch: jest.fn() } },
        { provide: UserChildRegionsGQL, useValue: { fetch: jest.fn() } },
        { provide: UserVillageGridsGQL, useValue: { fetch: jest.fn() } },
      ],
    });
  });

  it('pages on the server and goes back to page 1 when a filter changes', async () => {
    const facade = TestBed.inject(UsersFacade);
    await facade.load({ pageIndex: 3 });
    expect(users.fetch).toHaveBeenLastCalledWith({
      variables: { regionCode: null, search: null, role: null, first: 20, offset: 40 },
    });
    expect(facade.total()).toBe(45);

    await facade.load({ search: ' 王 ', role: 'GRID_WORKER' });
    expect(users.fetch).toHaveBeenLastCalledWith({
      variables: { regionCode: null, search: '王', role: 'GRID_WORKER', first: 20, offset: 0 },
    });
  });

  it('offers only the roles the signed-in role may manage', () => {
    expect(TestBed.inject(UsersFacade).manageableRoles()).not.toContain('COUNTY_SUPERVISOR');
  });

  it('disables a user through updateUser and reloads the page', async () => {
    const facade = TestBed.inject(UsersFacade);
    await facade.setActive('u2', false);
    expect(update.mutate).toHaveBeenCalledWith({ variables: { input: { id: 'u2', active: false } } });
    expect(users.fetch).toHaveBeenCalledTimes(1);
  });
});
