import { SHOP_CONSOLE_ROUTES } from './shop.routes';

describe('shop console routes', () => {
  it('guards the pages with SHOP_READ, provides the scope and has a list and a detail', () => {
    const [root] = SHOP_CONSOLE_ROUTES;
    expect(root.canActivate).toHaveLength(1);
    expect(root.providers?.length).toBeGreaterThan(0);
    expect(root.children?.map((r) => r.path)).toEqual(['', ':id']);
    expect(root.children?.every((r) => typeof r.title === 'string' && r.title.startsWith('shopConsole.'))).toBe(true);
  });
});
