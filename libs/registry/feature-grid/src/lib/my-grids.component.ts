import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { GridItem, GridsFacade } from '@xiangzhi/registry/data-access';
import { EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { PAGE_STYLES } from './page-styles';

/** The grids the signed-in grid worker looks after. */
@Component({
  selector: 'xz-my-grids',
  imports: [RouterLink, TranslocoPipe, EmptyStateComponent, ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'grid.myGrids.title' | transloco }}</h1>
    <xz-error-message [error]="error()" />
    @if (loading()) {
      <p class="loading">{{ 'common.loading' | transloco }}</p>
    } @else if (grids().length) {
      <ul class="list" data-testid="my-grids">
        @for (grid of grids(); track grid.code) {
          <li>
            <a class="item" [routerLink]="['/grids', grid.code]" data-testid="my-grid">
              <strong>{{ grid.name }}</strong>
              @if (grid.leaderName) {
                <small>{{ 'grid.myGrids.leader' | transloco: { name: grid.leaderName } }}</small>
              }
            </a>
          </li>
        }
      </ul>
    } @else {
      <xz-empty-state [text]="'grid.myGrids.empty' | transloco" />
    }
  `,
  styles: [PAGE_STYLES],
})
export class MyGridsComponent implements OnInit {
  private readonly session = inject(SessionFacade);
  private readonly gridsFacade = inject(GridsFacade);

  protected readonly grids = signal<GridItem[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = this.gridsFacade.error;

  async ngOnInit(): Promise<void> {
    const user = this.session.user();
    // a grid worker belongs to a village (or to one of its grids: the village is the first 12 digits)
    const villageCode = user?.regionCode.slice(0, 12) ?? '';
    const isVillage = villageCode.length === 12 && !villageCode.endsWith('000');
    this.grids.set(isVillage ? await this.gridsFacade.assigned(villageCode, user?.gridCodes ?? []) : []);
    this.loading.set(false);
  }
}
