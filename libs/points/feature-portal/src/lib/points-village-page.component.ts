import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { VillagePageComponent } from '@xiangzhi/registry/feature-portal';
import { POINTS_PORTAL_STYLES } from './portal-styles';
import { VillageNavComponent } from './village-nav.component';

/** The village page (`/v/<code>`) with the way into its points board and the household lookup. */
@Component({
  selector: 'xz-points-village-page',
  imports: [RouterLink, TranslocoPipe, VillagePageComponent, VillageNavComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xz-points-village-nav [code]="code()" />
    <section class="card entry" data-testid="points-entry">
      <h2>{{ 'pointsPortal.entry.title' | transloco }}</h2>
      <p class="muted">{{ 'pointsPortal.entry.text' | transloco }}</p>
      <div class="actions">
        <a class="button" [routerLink]="['/v', code(), 'points']" data-testid="points-entry-board">
          {{ 'pointsPortal.entry.open' | transloco }}
        </a>
        <a class="button secondary" [routerLink]="['/v', code(), 'household-points']">
          {{ 'pointsPortal.entry.household' | transloco }}
        </a>
      </div>
    </section>
    <xz-village-page [code]="code()" />
  `,
  styles: [POINTS_PORTAL_STYLES],
})
export class PointsVillagePageComponent {
  /** Route parameter `:code`. */
  readonly code = input.required<string>();
}
