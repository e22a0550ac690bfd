import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { REGISTRY_SCOPE } from './registry-scope';

/** One step of a region path. */
export interface RegionCrumb {
  code: string;
  name: string;
}

/** The path from a scope root down to a region; every step but the last can be chosen. */
@Component({
  selector: 'xz-region-breadcrumb',
  imports: [TranslocoPipe],
  providers: [provideTranslocoScope(REGISTRY_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="crumbs" [attr.aria-label]="'registry.breadcrumb.label' | transloco" data-testid="region-breadcrumb">
      <ol>
        @if (rootLabel(); as root) {
          <li>
            <button type="button" (click)="selected.emit(null)">{{ root }}</button>
          </li>
        }
        @for (crumb of path(); track crumb.code; let last = $last) {
          <li>
            @if (last) {
              <span aria-current="page">{{ crumb.name }}</span>
            } @else {
              <button type="button" (click)="selected.emit(crumb.code)">{{ crumb.name }}</button>
            }
          </li>
        }
      </ol>
    </nav>
  `,
  styles: `
    ol {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li + li::before {
      content: '/';
      margin-right: 4px;
      color: rgba(0, 0, 0, 0.35);
    }
    button {
      padding: 0;
      border: 0;
      background: none;
      color: #1677ff;
      font: inherit;
      cursor: pointer;
    }
    span[aria-current] {
      font-weight: 600;
    }
  `,
})
export class RegionBreadcrumbComponent {
  readonly path = input.required<readonly RegionCrumb[]>();
  /** Optional first step before the path (e.g. "Home"); choosing it emits null. */
  readonly rootLabel = input<string | null>(null);
  /** The chosen step's code (null for the root step). */
  readonly selected = output<string | null>();
}
