import { Route, Routes } from '@angular/router';
import { appRoutes } from './app.routes';

describe('portal routes', () => {
  const root = appRoutes.find((r) => r.path === '') as Route;

  it('needs no sign-in and lazy-loads the portal pages', () => {
    expect(root.canActivate).toBeUndefined();
    expect(root.loadChildren).toBeDefined();
  });

  it('goes home → region chooser → village page', async () => {
    const pages = (await (root.loadChildren as () => Promise<Routes>)()) as Routes;
    expect(pages.flatMap((r) => r.children ?? []).map((r) => r.path)).toEqual(['', 'regions', 'v/:code']);
  });
});
