import { Route, Routes } from '@angular/router';
import { appRoutes } from './app.routes';

describe('portal routes', () => {
  const root = appRoutes.find((r) => r.path === '') as Route;

  it('needs no sign-in and lazy-loads the portal pages', () => {
    expect(root.canActivate).toBeUndefined();
    expect(root.loadChildren).toBeDefined();
  });

  it('goes home → region chooser → village page → its points board and the household lookup', async () => {
    const pages = (await (root.loadChildren as () => Promise<Routes>)()) as Routes;
    const paths = pages.flatMap((r) => r.children ?? []).map((r) => r.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '',
        'regions',
        'v/:code',
        'v/:code/points',
        'v/:code/points/:boardId',
        'v/:code/household-points',
      ]),
    );
    // the points pages' village page (with the way into the board) answers `v/:code` first
    expect(paths.indexOf('v/:code/points')).toBeLessThan(paths.lastIndexOf('v/:code'));
  });

  it("has the points shops: a village picker and a village's shops and funds", async () => {
    const pages = (await (root.loadChildren as () => Promise<Routes>)()) as Routes;
    const paths = pages.flatMap((r) => r.children ?? []).map((r) => r.path);
    expect(paths).toEqual(expect.arrayContaining(['shop', 'shop/:villageCode', 'v/:code/shop']));
    // no sign-in on any group of pages
    expect(pages.every((r) => r.canActivate === undefined && r.canMatch === undefined)).toBe(true);
  });

  it("has the checklist pages: a village's lists in force", async () => {
    const pages = (await (root.loadChildren as () => Promise<Routes>)()) as Routes;
    const paths = pages.flatMap((r) => r.children ?? []).map((r) => r.path);
    expect(paths).toEqual(expect.arrayContaining(['lists/:villageCode', 'v/:code/lists']));
  });
});
