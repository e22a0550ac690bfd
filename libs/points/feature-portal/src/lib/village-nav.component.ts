import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** Links between a village's public page, its points board and the household lookup. */
@Component({
  selector: 'xz-points-village-nav',
  imports: [RouterLink, RouterLinkActive, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="tabs" [attr.aria-label]="'pointsPortal.entry.title' | transloco">
      <a [routerLink]="['/v', code()]" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }">
        {{ 'pointsPortal.nav.village' | transloco }}
      </a>
      <a
        [routerLink]="['/v', code(), 'points']"
        routerLinkActive="active"
        [routerLinkActiveOptions]="{ exact: false }"
        data-testid="points-nav-board"
      >
        {{ 'pointsPortal.nav.board' | transloco }}
      </a>
      <a [routerLink]="['/v', code(), 'household-points']" routerLinkActive="active" data-testid="points-nav-household">
        {{ 'pointsPortal.nav.household' | transloco }}
      </a>
    </nav>
  `,
  styles: `
    .tabs {
      display: flex;
      gap: 4px;
      margin: 4px 0 8px;
      border-bottom: 1px solid #eee;
      overflow-x: auto;
    }
    .tabs a {
      flex: 0 0 auto;
      padding: 12px 10px;
      color: #555;
      text-decoration: none;
      white-space: nowrap;
    }
    .tabs a.active {
      border-bottom: 2px solid #c41d7f;
      color: #c41d7f;
      font-weight: 600;
    }
  `,
})
export class VillageNavComponent {
  readonly code = input.required<string>();
}
