import { Route } from '@angular/router';
import { PORTAL_PATHS } from '@xiangzhi/registry/feature-portal';
import { appRoutes } from './app.routes';

describe('portal routes', () => {
  it('needs no sign-in and lazy-loads the portal pages', () => {
    const root = appRoutes.find((r) => r.path === '') as Route;
    expect(root.canActivate).toBeUndefined();
    expect(root.loadChildren).toBeDefined();
  });

  it('goes home → region chooser → village page', () => {
    expect(PORTAL_PATHS).toEqual({ home: '', regions: 'regions', village: 'v/:code' });
  });
});
