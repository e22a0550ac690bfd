import { ChangeDetectionStrategy, Component, computed, input, linkedSignal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicBoard, PublicBoardLine } from '@xiangzhi/points/data-access';
import { ObjectionFormComponent, ObjectionTarget } from './objection-form.component';
import { noticePdfUrl, objectionWindowOpen, periodLabel, signedPoints } from './points-format';
import { POINTS_PORTAL_STYLES } from './portal-styles';

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
        @for (line of current.lines; track line.lineNo) {
          <li data-testid="points-board-line">
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
              <span>
                {{ line.wording }}
                @if (line.reversalOf) {
                  <span class="tag">{{ 'pointsPortal.board.reversal' | transloco }}</span>
                }
              </span>
              <small class="muted">{{ 'pointsPortal.board.occurredOn' | transloco: { date: line.occurredOn } }}</small>
            </div>
            @if (selected() === line.entryId) {
              <xz-points-objection-form [target]="targetFor(line)" [today]="today()" (closed)="select(null)" />
            } @else {
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
          </li>
        } @empty {
          <li class="muted">{{ 'pointsPortal.board.noLines' | transloco }}</li>
        }
      </ul>
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
        @for (row of current.ranking; track $index) {
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
      <p class="hint hash">{{ 'pointsPortal.board.hash' | transloco }}: {{ current.hash }}</p>
    </section>
  `,
  styles: [
    POINTS_PORTAL_STYLES,
    `
      button.small {
        min-height: 36px;
        margin-top: 6px;
        padding: 4px 12px;
        font-size: 14px;
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
  protected readonly selected = linkedSignal<PublicBoard, string | null>({
    source: this.board,
    computation: () => null,
  });
  protected readonly missing = '__missing__';
  protected readonly period = computed(() => periodLabel(this.board()));
  protected readonly open = computed(() => objectionWindowOpen(this.board().objectionUntil, this.today()));
  protected readonly pdfUrl = computed(() => noticePdfUrl(this.board().id));
  protected readonly signed = signedPoints;

  protected select(id: string | null): void {
    this.selected.set(id);
  }

  protected targetFor(line: PublicBoardLine | null): ObjectionTarget {
    const board = this.board();
    return { publicationId: board.id, objectionUntil: board.objectionUntil, line };
  }
}
