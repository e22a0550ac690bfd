import { shopLinkFor } from './shop-link';

describe('shopLinkFor', () => {
  it('keeps the village being viewed, from its page, its points pages or its shops', () => {
    expect(shopLinkFor('/v/150102001001')).toEqual(['/shop', '150102001001']);
    expect(shopLinkFor('/v/150102001001/points/p1?x=1')).toEqual(['/shop', '150102001001']);
    expect(shopLinkFor('/shop/150102001001?year=2025')).toEqual(['/shop', '150102001001']);
  });

  it('leads to the village picker elsewhere', () => {
    expect(shopLinkFor('/')).toEqual(['/shop']);
    expect(shopLinkFor('/regions?path=150102000000')).toEqual(['/shop']);
    expect(shopLinkFor('/v/1501')).toEqual(['/shop']);
    expect(shopLinkFor('/shop')).toEqual(['/shop']);
  });
});
