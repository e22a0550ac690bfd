import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SHOP_PORTAL_ROUTES } from './shop-portal.routes';

@Component({ selector: 'xz-test-stub', template: '' })
class StubComponent {}

describe('shop portal routes', () => {
  const children = SHOP_PORTAL_ROUTES[0].children ?? [];

  it('has the village picker and a village page, with no sign-in', () => {
    expect(children.map((r) => r.path)).toEqual(['shop', 'shop/:villageCode', 'v/:code/shop']);
    expect(SHOP_PORTAL_ROUTES.every((r) => !r.canActivate && !r.canMatch)).toBe(true);
  });

  it('sends /v/<code>/shop to /shop/<code>', async () => {
    // the same paths with stub pages: only the redirect is under test
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: '',
            children: children.map((r) => (r.component ? { ...r, component: StubComponent } : r)),
          },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/v/150102001001/shop');
    expect(TestBed.inject(Router).url).toBe('/shop/150102001001');
  });
});
