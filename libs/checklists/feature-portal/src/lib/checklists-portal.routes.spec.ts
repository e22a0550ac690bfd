import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CHECKLISTS_PORTAL_ROUTES } from './checklists-portal.routes';

@Component({ selector: 'xz-test-stub', template: '' })
class StubComponent {}

describe('checklist portal routes', () => {
  const children = CHECKLISTS_PORTAL_ROUTES[0].children ?? [];

  it('has the lists, verification, case results and complaint pages, with no sign-in', () => {
    expect(children.map((r) => r.path)).toEqual([
      'lists/:villageCode',
      'v/:code/lists',
      'verify/:serial',
      'verify',
      'cases/:villageCode',
      'complaint/:villageCode',
    ]);
    expect(CHECKLISTS_PORTAL_ROUTES.every((r) => !r.canActivate && !r.canMatch)).toBe(true);
  });

  it('sends /v/<code>/lists to /lists/<code>', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', children: children.map((r) => (r.component ? { ...r, component: StubComponent } : r)) },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/v/150626101201/lists');
    expect(TestBed.inject(Router).url).toBe('/lists/150626101201');
  });
});
