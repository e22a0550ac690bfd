import { ChangeDetectionStrategy, Component, computed, input, linkedSignal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicBoard, PublicBoardLine } from '@xiangzhi/points/data-access';
import { ObjectionFormComponent, ObjectionTarget } from './objection-form.component';
import { groupedHash, noticePdfUrl, objectionWindowOpen, periodLabel, signedPoints } from './points-format';
import { POINTS_PORTAL_STYLES } from './portal-styles';

/** Lines and ranking rows shown before "show all" (a phone screen stays short). */
export const LINES_SHOWN = 20;
export const RANKING_SHOWN = 10;

/**
 * One published board (一季一公示): its period, the entries with masked names and neutral wording, the ranking, the
 * printable notice, and the objection buttons while the window is open (disabled with the reason after it).
 */
@Component({
  selector: 'xz-points-board-view',
  imports: [TranslocoPipe, ObjectionFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = board();
    <section class="card" data-testid="points-board">
      <div class="row">
        <h2 data-testid="points-board-period">{{ period().key | transloco: period().params }}</h2>
        <span class="tag">{{ 'pointsPortal.board.seq' | transloco: { seq: current.seq } }}</span>
      </div>
      <p class="muted">
        {{ current.villageName }} · {{ 'pointsPortal.board.publishedOn' | transloco: { date: current.publishedOn } }} ·
        <strong>{{ 'pointsPortal.board.objectionUntil' | transloco: { date: current.objectionUntil } }}</strong>
      </p>
      @if (open()) {
        <p class="muted">{{ 'pointsPortal.board.objectionOpen' | transloco }}</p>
      } @else {
        <p class="notice-warn" data-testid="points-objection-closed">
          {{ 'pointsPortal.board.objectionClosed' | transloco: { date: current.objectionUntil } }}
        </p>
      }
      <div class="actions">
        <a class="button secondary" [href]="pdfUrl()" target="_blank" rel="noopener" data-testid="points-board-pdf">
          {{ 'pointsPortal.board.notice' | transloco }}
        </a>
      </div>

      <h3>{{ 'pointsPortal.board.lines' | transloco }}</h3>
      <ul class="list" data-testid="points-board-lines">
        @for (line of shownLines(); track line.lineNo) {
          <li data-testid="points-board-line" [attr.data-line-no]="line.lineNo">
            <div class="row">
              <span>
                <span class="muted">{{ line.lineNo }}.</span>
                <strong>{{ line.household }}</strong>
                @if (line.member) {
                  · {{ line.member }}
                }
              </span>
              <span [class]="line.points < 0 ? 'minus' : 'plus'" data-testid="points-board-line-points">
                {{ signed(line.points) }}
              </span>
            </div>
            <div class="row">
              <small>
                {{ line.wording }}
                @if (line.reversalOf) {
                  <span class="tag">{{ 'pointsPortal.board.reversal' | transloco }}</span>
                }
                <span class="muted">{{ line.occurredOn }}</span>
              </small>
              @if (selected() !== line.entryId) {
                <button
                  type="button"
                  class="secondary small"
                  [disabled]="!open()"
                  [attr.title]="
                    open() ? null : ('pointsPortal.board.objectionClosed' | transloco: { date: current.objectionUntil })
                  "
                  (click)="select(line.entryId)"
                  data-testid="points-board-object"
                >
                  {{ 'pointsPortal.board.object' | transloco }}
                </button>
              }
            </div>
            @if (selected() === line.entryId) {
              <xz-points-objection-form [target]="targetFor(line)" [today]="today()" (closed)="select(null)" />
            }
          </li>
        } @empty {
          <li class="muted">{{ 'pointsPortal.board.noLines' | transloco }}</li>
        }
      </ul>
      @if (current.lines.length > shownLines().length) {
        <button type="button" class="secondary more" (click)="allLines.set(true)" data-testid="points-board-all-lines">
          {{ 'pointsPortal.board.showAllLines' | transloco: { total: current.lines.length } }}
        </button>
      }
      @if (selected() === missing) {
        <xz-points-objection-form [target]="targetFor(null)" [today]="today()" (closed)="select(null)" />
      } @else {
        <div class="actions">
          <button
            type="button"
            class="secondary"
            [disabled]="!open()"
            (click)="select(missing)"
            data-testid="points-board-object-missing"
          >
            {{ 'pointsPortal.board.objectMissing' | transloco }}
          </button>
        </div>
      }

      <h3>{{ 'pointsPortal.board.ranking' | transloco }}</h3>
      <ol class="list" data-testid="points-board-ranking">
        @for (row of shownRanking(); track $index) {
          <li class="row">
            <span>
              <span class="tag">{{ 'pointsPortal.board.rank' | transloco: { rank: row.rank } }}</span>
              {{ row.household }}
            </span>
            <strong>{{ 'pointsPortal.board.points' | transloco: { value: row.value } }}</strong>
          </li>
        } @empty {
          <li class="muted">{{ 'pointsPortal.board.noRanking' | transloco }}</li>
        }
      </ol>
      @if (current.ranking.length > shownRanking().length) {
        <button
          type="button"
          class="secondary more"
          (click)="allRanking.set(true)"
          data-testid="points-board-all-ranking"
        >
          {{ 'pointsPortal.board.showAllRanking' | transloco: { total: current.ranking.length } }}
        </button>
      }
      <p class="hint hash">{{ 'pointsPortal.board.hash' | transloco }}: {{ grouped(current.hash) }}</p>
    </section>
  `,
  styles: [
    POINTS_PORTAL_STYLES,
    `
      button.small {
        min-height: 36px;
        padding: 2px 10px;
        font-size: 14px;
      }
      button.more {
        width: 100%;
        margin-top: 8px;
      }
      .hash {
        word-break: break-all;
      }
    `,
  ],
})
export class BoardViewComponent {
  readonly board = input.required<PublicBoard>();
  /** Today (YYYY-MM-DD); the device's date unless given. */
  readonly today = input<string | undefined>(undefined);

  /** The entry objected to, `missing` for a missing entry, or null. */
  protected readonly allLines = linkedSignal<PublicBoard, boolean>({ source: this.board, computation: () => false });
  protected readonly allRanking = linkedSignal<PublicBoard, boolean>({ source: this.board, computation: () => false });
  protected readonly shownLines = computed(() =>
    this.allLines() ? this.board().lines : this.board().lines.slice(0, LINES_SHOWN),
  );
  protected readonly shownRanking = computed(() =>
    this.allRanking() ? this.board().ranking : this.board().ranking.slice(0, RANKING_SHOWN),
  );
  protected readonly selected = linkedSignal<PublicBoard, string | null>({
    source: this.board,
    computation: () => null,
  });
  protected readonly missing = '__missing__';
  protected readonly period = computed(() => periodLabel(this.board()));
  protected readonly open = computed(() => objectionWindowOpen(this.board().objectionUntil, this.today()));
  protected readonly pdfUrl = computed(() => noticePdfUrl(this.board().id));
  protected readonly signed = signedPoints;
  protected readonly grouped = groupedHash;

  protected select(id: string | null): void {
    this.selected.set(id);
  }

  protected targetFor(line: PublicBoardLine | null): ObjectionTarget {
    const board = this.board();
    return { publicationId: board.id, objectionUntil: board.objectionUntil, line };
  }
}
