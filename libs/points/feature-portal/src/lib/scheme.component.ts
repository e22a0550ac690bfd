import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicPointsFacade, PublicScheme, PublicSchemeVersion } from '@xiangzhi/points/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { dateOf } from './points-format';
import { POINTS_PORTAL_STYLES } from './portal-styles';

type SchemeItem = PublicSchemeVersion['items'][number];

/** Items of a scheme grouped by category, in the scheme's order. */
export function itemsByCategory(items: readonly SchemeItem[]): { category: string; items: SchemeItem[] }[] {
  const groups = new Map<string, SchemeItem[]>();
  for (const item of items) groups.set(item.category, [...(groups.get(item.category) ?? []), item]);
  return [...groups].map(([category, list]) => ({ category, items: list }));
}

/** The scheme in force for the village this year (name, version, items) and its history of versions. */
@Component({
  selector: 'xz-points-scheme',
  imports: [TranslocoPipe, ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" data-testid="points-scheme">
      <h2>{{ 'pointsPortal.scheme.title' | transloco }}</h2>
      <xz-error-message [error]="error()" />
      @if (scheme()?.inForce; as current) {
        <p>
          <strong data-testid="points-scheme-name">{{ current.name }}</strong>
          <span class="tag">{{ 'pointsPortal.scheme.version' | transloco: { version: current.version } }}</span>
          <span class="tag">{{ 'pointsPortal.scheme.year' | transloco: { year: current.year } }}</span>
        </p>
        <p class="muted">
          @if (current.decidedAt) {
            {{ 'pointsPortal.scheme.decidedAt' | transloco: { date: date(current.decidedAt) } }} ·
          }
          {{ 'pointsPortal.scheme.basePoints' | transloco: { points: current.parameters.basePoints } }} ·
          {{ 'pointsPortal.scheme.objectionDays' | transloco: { days: current.parameters.objectionWindowDays } }}
        </p>
        <details>
          <summary>{{ 'pointsPortal.scheme.items' | transloco }} ({{ current.items.length }})</summary>
          @for (group of groups(); track group.category) {
            <h3>{{ group.category }}</h3>
            <ul class="list">
              @for (item of group.items; track item.code) {
                <li class="row" data-testid="points-scheme-item">
                  <span>
                    {{ item.name }}
                    @if (item.subject === 'INDIVIDUAL') {
                      <span class="tag">{{ 'pointsPortal.scheme.individual' | transloco }}</span>
                    }
                    @if (item.example) {
                      <span class="tag">{{ 'pointsPortal.scheme.example' | transloco }}</span>
                    }
                  </span>
                  <span [class]="item.kind === 'NEGATIVE' || item.kind === 'VETO' ? 'minus' : 'plus'">
                    {{ 'pointsPortal.board.kind.' + item.kind | transloco }}
                    @if (item.minPoints === item.maxPoints) {
                      {{ 'pointsPortal.scheme.fixed' | transloco: { points: item.minPoints } }}
                    } @else {
                      {{ 'pointsPortal.scheme.range' | transloco: { min: item.minPoints, max: item.maxPoints } }}
                    }
                    @if (item.capPerPeriod !== null && item.capPerPeriod !== undefined) {
                      <small class="muted">{{
                        'pointsPortal.scheme.cap' | transloco: { cap: item.capPerPeriod }
                      }}</small>
                    }
                  </span>
                </li>
              }
            </ul>
          }
        </details>
      } @else if (scheme()) {
        <p class="muted" data-testid="points-scheme-none">{{ 'pointsPortal.scheme.none' | transloco }}</p>
      }
      @if (scheme(); as current) {
        <h3>{{ 'pointsPortal.scheme.history' | transloco }}</h3>
        <ul class="list" data-testid="points-scheme-history">
          @for (version of current.history; track version.id) {
            <li>
              <div class="row">
                <span>
                  {{ version.name }} · {{ 'pointsPortal.scheme.year' | transloco: { year: version.year } }}
                  {{ 'pointsPortal.scheme.version' | transloco: { version: version.version } }}
                </span>
                <span class="tag">{{ 'pointsPortal.scheme.status.' + version.status | transloco }}</span>
              </div>
              @if (version.decidedAt || version.changeReason) {
                <small class="muted">
                  {{ date(version.decidedAt) }}
                  {{ version.changeReason }}
                </small>
              }
            </li>
          } @empty {
            <li class="muted">{{ 'pointsPortal.scheme.noHistory' | transloco }}</li>
          }
        </ul>
      }
    </section>
  `,
  styles: [POINTS_PORTAL_STYLES],
})
export class SchemeComponent {
  private readonly facade = inject(PublicPointsFacade);

  readonly villageCode = input.required<string>();

  protected readonly scheme = signal<PublicScheme | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly groups = computed(() => itemsByCategory(this.scheme()?.inForce?.items ?? []));
  protected readonly date = dateOf;

  constructor() {
    effect(() => {
      const code = this.villageCode();
      untracked(() => void this.load(code));
    });
  }

  private async load(villageCode: string): Promise<void> {
    this.error.set(null);
    try {
      this.scheme.set(await this.facade.scheme(villageCode));
    } catch (error) {
      this.scheme.set(null);
      this.error.set(ApiError.from(error));
    }
  }
}
