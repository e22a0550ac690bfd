import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { PortalHomeComponent } from './portal-home.component';
import { PORTAL_SCOPE } from './portal-scope';
import { RegionChooserComponent } from './region-chooser.component';
import { VillagePageComponent } from './village-page.component';

/** Route paths of the portal. */
export const PORTAL_PATHS = { home: '', regions: 'regions', village: 'v/:code' } as const;

/** Routes of the public portal (no sign-in). */
export const PORTAL_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(PORTAL_SCOPE)],
    children: [
      { path: PORTAL_PATHS.home, component: PortalHomeComponent, title: 'app.portal' },
      { path: PORTAL_PATHS.regions, component: RegionChooserComponent, title: 'app.portal' },
      { path: PORTAL_PATHS.village, component: VillagePageComponent, title: 'app.portal' },
    ],
  },
];
