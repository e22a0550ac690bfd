import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicationDetail, PublicationsFacade } from '@xiangzhi/points/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { objectionOpen, periodText, todayIso } from './periods';

/** One board: its lines (masked names, neutral wording), its ranking, its hashes, and the printable A4 notice. */
@Component({
  selector: 'xz-points-publication-detail',
  imports: [RouterLink, TranslocoPipe, NzButtonModule, NzTableModule, NzTabsModule, NzTagModule, ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './publication-detail.component.html',
  styleUrl: './results-page.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class PublicationDetailComponent {
  private readonly facade = inject(PublicationsFacade);

  /** The publication id (route parameter). */
  readonly id = input.required<string>();

  protected readonly board = signal<PublicationDetail | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly today = todayIso();
  protected readonly periodText = periodText;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected isOpen(board: PublicationDetail): boolean {
    return objectionOpen(board.objectionUntil, this.today);
  }

  async load(id: string): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.board.set(await this.facade.detail(id));
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected print(): void {
    const board = this.board();
    if (board) this.facade.openNotice(board.id);
  }
}
