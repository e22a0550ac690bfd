import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicBoard, PublicBoardSummary, PublicPointsFacade } from '@xiangzhi/points/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { BoardViewComponent } from './board-view.component';
import { ChainStatusComponent } from './chain-status.component';
import { ListingsComponent } from './listings.component';
import { periodLabel } from './points-format';
import { POINTS_PORTAL_STYLES } from './portal-styles';
import { SchemeComponent } from './scheme.component';
import { VillageNavComponent } from './village-nav.component';

/** Past boards per page. */
export const BOARDS_PAGE_SIZE = 8;

/**
 * A village's points board (`/v/<code>/points`, or one past board at `/v/<code>/points/<boardId>`): the board, past
 * boards, the verified chain, the red and black lists and the scheme in force with its history.
 */
@Component({
  selector: 'xz-village-points',
  imports: [
    RouterLink,
    TranslocoPipe,
    EmptyStateComponent,
    ErrorMessageComponent,
    BoardViewComponent,
    ChainStatusComponent,
    ListingsComponent,
    SchemeComponent,
    VillageNavComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xz-points-village-nav [code]="code()" />
    <h1>{{ 'pointsPortal.board.title' | transloco }}</h1>
    <xz-error-message [error]="error()" />
    @if (board(); as current) {
      <xz-points-board-view [board]="current" />
    } @else if (loading()) {
      <p class="muted">{{ 'common.loading' | transloco }}</p>
    } @else if (!error()) {
      <xz-empty-state [text]="'pointsPortal.board.none' | transloco" />
    }

    @if (total() > 0) {
      <section class="card" data-testid="points-past-boards">
        <h2>{{ 'pointsPortal.board.past' | transloco }}</h2>
        <ul class="list">
          @for (item of boards(); track item.id) {
            <li class="row">
              <span>
                {{ label(item).key | transloco: label(item).params }}
                <small class="muted">{{ item.publishedOn }}</small>
              </span>
              @if (item.id === board()?.id) {
                <span class="tag">{{ 'pointsPortal.board.showing' | transloco }}</span>
              } @else {
                <a [routerLink]="['/v', code(), 'points', item.id]" data-testid="points-past-board-link">
                  {{ 'pointsPortal.board.open' | transloco }}
                </a>
              }
            </li>
          }
        </ul>
        @if (pages() > 1) {
          <div class="actions">
            <button type="button" class="secondary" [disabled]="pageIndex() <= 1" (click)="goTo(pageIndex() - 1)">
              {{ 'pointsPortal.board.prev' | transloco }}
            </button>
            <span class="muted pager">
              {{ 'pointsPortal.board.page' | transloco: { page: pageIndex(), pages: pages() } }}
            </span>
            <button
              type="button"
              class="secondary"
              [disabled]="pageIndex() >= pages()"
              (click)="goTo(pageIndex() + 1)"
              data-testid="points-past-next"
            >
              {{ 'pointsPortal.board.next' | transloco }}
            </button>
          </div>
        }
      </section>
    }

    <xz-points-chain-status [villageCode]="code()" />
    <xz-points-listings [villageCode]="code()" />
    <xz-points-scheme [villageCode]="code()" />
  `,
  styles: [
    POINTS_PORTAL_STYLES,
    `
      .pager {
        align-self: center;
      }
    `,
  ],
})
export class VillagePointsComponent {
  private readonly facade = inject(PublicPointsFacade);

  /** Route parameter `:code` (the village). */
  readonly code = input.required<string>();
  /** Route parameter `:boardId` (a past board), else the newest board is shown. */
  readonly boardId = input<string | undefined>(undefined);

  protected readonly board = signal<PublicBoard | null>(null);
  protected readonly boards = signal<PublicBoardSummary[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(1);
  protected readonly loading = signal(true);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / BOARDS_PAGE_SIZE)));
  protected readonly label = periodLabel;
  private loadedCode: string | null = null;

  constructor() {
    effect(() => {
      const code = this.code();
      const boardId = this.boardId();
      untracked(() => void this.load(code, boardId ?? null));
    });
  }

  protected async goTo(pageIndex: number): Promise<void> {
    try {
      await this.loadPage(this.code(), pageIndex);
    } catch (error) {
      this.error.set(ApiError.from(error));
    }
  }

  private async load(code: string, boardId: string | null): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      // a new village starts at the first page; another board of the same village keeps the page
      await this.loadPage(code, code === this.loadedCode ? this.pageIndex() : 1);
      this.loadedCode = code;
      const id = boardId ?? this.boards()[0]?.id ?? null;
      const board = id ? await this.facade.board(id) : null;
      // a board of another village is never shown under this one
      this.board.set(board && board.villageCode === code ? board : null);
    } catch (error) {
      this.board.set(null);
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  private async loadPage(code: string, pageIndex: number): Promise<void> {
    const page = await this.facade.boards(code, BOARDS_PAGE_SIZE, (pageIndex - 1) * BOARDS_PAGE_SIZE);
    this.boards.set(page.items);
    this.total.set(page.total);
    this.pageIndex.set(pageIndex);
  }
}
