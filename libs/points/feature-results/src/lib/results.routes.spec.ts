import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  CanActivateFn,
  provideRouter,
  Route,
  RouterStateSnapshot,
  UrlTree,
} from '@angular/router';
import { Permission, Role, roleHas, SessionFacade } from '@xiangzhi/identity/data-access';
import {
  POINTS_LISTS_ROUTES,
  POINTS_OBJECTIONS_ROUTES,
  POINTS_PUBLICATIONS_ROUTES,
  POINTS_RANKINGS_ROUTES,
  POINTS_YEAR_CLOSE_ROUTES,
} from './results.routes';

function guardResult(route: Route, role: Role | null): boolean | UrlTree {
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      {
        provide: SessionFacade,
        useValue: {
          isSignedIn: () => role !== null,
          role: () => role,
          can: (p: Permission) => roleHas(role, p),
        },
      },
    ],
  });
  const guard = (route.canActivate ?? [])[0] as CanActivateFn;
  return TestBed.runInInjectionContext(
    () => guard({} as ActivatedRouteSnapshot, { url: '/points' } as RouterStateSnapshot) as boolean | UrlTree,
  );
}

describe('points results routes', () => {
  it('every page is guarded and titled from the root nav texts', () => {
    const routes = [
      ...POINTS_PUBLICATIONS_ROUTES,
      ...POINTS_OBJECTIONS_ROUTES,
      ...POINTS_RANKINGS_ROUTES,
      ...POINTS_LISTS_ROUTES,
      ...POINTS_YEAR_CLOSE_ROUTES,
    ];
    for (const route of routes) expect(route.canActivate).toHaveLength(1);
    expect(POINTS_PUBLICATIONS_ROUTES[0].children?.map((c) => c.path)).toEqual(['', ':id']);
    expect(POINTS_YEAR_CLOSE_ROUTES[0].title).toBe('nav.pointsYearClose');
  });

  it('year close is for those who close the year; reading pages for any points reader', () => {
    expect(guardResult(POINTS_YEAR_CLOSE_ROUTES[0], 'TOWN_SUPERVISOR')).toBe(true);
    expect(guardResult(POINTS_YEAR_CLOSE_ROUTES[0], 'VILLAGE_ADMIN')).toBeInstanceOf(UrlTree);
    expect(guardResult(POINTS_RANKINGS_ROUTES[0], 'VILLAGE_REVIEWER')).toBe(true);
    expect(guardResult(POINTS_LISTS_ROUTES[0], 'SHOP_OPERATOR')).toBeInstanceOf(UrlTree);
    expect(guardResult(POINTS_OBJECTIONS_ROUTES[0], null)).toBeInstanceOf(UrlTree);
  });
});
