import { Routes } from '@angular/router';
import { RegionsPageComponent } from './regions-page.component';

/** Lazy routes of the regions feature (console). */
export const REGIONS_ROUTES: Routes = [{ path: '', component: RegionsPageComponent, title: 'nav.regions' }];
