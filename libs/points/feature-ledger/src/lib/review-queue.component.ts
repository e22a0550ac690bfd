import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  cleanReason,
  isOwnEntry,
  LedgerEntryRow,
  LedgerGrants,
  monthKey,
  parseMonthKey,
  QUEUE_PAGE_SIZE,
  ReviewQueueFacade,
  signedLabel,
} from '@xiangzhi/points/data-access';
import { RegionContext } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';

/** This month as `YYYY-MM`. */
function currentMonthKey(now = new Date()): string {
  return monthKey(now.getFullYear(), now.getMonth() + 1);
}

/** 月度审核: the village review group approves or rejects the month's recorded entries, one by one or in bulk. */
@Component({
  selector: 'xz-review-queue',
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzInputModule,
    NzModalModule,
    NzTableModule,
    NzTagModule,
    NzTooltipModule,
    ErrorMessageComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-queue.component.html',
  styleUrl: './ledger-pages.css',
})
export class ReviewQueueComponent {
  private readonly facade = inject(ReviewQueueFacade);
  private readonly context = inject(RegionContext);
  private readonly grants = inject(LedgerGrants);
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);

  protected readonly pageSize = QUEUE_PAGE_SIZE;
  protected readonly villageCode = this.context.villageCode;
  protected readonly region = this.context.current;
  protected readonly items = this.facade.items;
  protected readonly total = this.facade.total;
  protected readonly pageIndex = this.facade.pageIndex;
  protected readonly loading = this.facade.loading;
  protected readonly loadError = this.facade.error;
  protected readonly canReview = computed(() => this.grants.can('POINTS_REVIEW'));
  protected readonly userId = this.grants.userId;

  protected readonly month = signal(currentMonthKey());
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  /** The entries the reject dialog is about (null = closed). */
  protected readonly rejecting = signal<readonly string[] | null>(null);
  protected readonly reason = signal('');
  protected readonly reasonMissing = signal(false);

  protected readonly reviewable = computed(() => this.items().filter((e) => !this.own(e)));
  protected readonly allSelected = computed(
    () => this.reviewable().length > 0 && this.reviewable().every((e) => this.selected().has(e.id)),
  );
  protected readonly someSelected = computed(
    () => !this.allSelected() && this.reviewable().some((e) => this.selected().has(e.id)),
  );

  constructor() {
    effect(() => {
      const village = this.villageCode();
      const month = parseMonthKey(this.month());
      untracked(() => {
        this.selected.set(new Set());
        void this.facade.load(village && month ? { villageCode: village, ...month } : null, 1);
      });
    });
  }

  protected own(entry: LedgerEntryRow): boolean {
    return isOwnEntry(entry, this.userId());
  }

  protected signed(points: number): string {
    return signedLabel(points);
  }

  protected changePage(pageIndex: number): void {
    this.selected.set(new Set());
    void this.facade.load(undefined, pageIndex);
  }

  protected toggle(id: string, checked: boolean): void {
    const next = new Set(this.selected());
    if (checked) next.add(id);
    else next.delete(id);
    this.selected.set(next);
  }

  protected toggleAll(checked: boolean): void {
    this.selected.set(checked ? new Set(this.reviewable().map((e) => e.id)) : new Set());
  }

  protected approve(ids: readonly string[]): Promise<void> {
    return this.decide(ids, 'APPROVE', null);
  }

  protected openReject(ids: readonly string[]): void {
    this.reason.set('');
    this.reasonMissing.set(false);
    this.rejecting.set(ids);
  }

  protected async confirmReject(): Promise<void> {
    const ids = this.rejecting();
    if (!ids) return;
    if (!cleanReason(this.reason())) {
      this.reasonMissing.set(true);
      return;
    }
    await this.decide(ids, 'REJECT', this.reason());
    if (!this.error()) this.rejecting.set(null);
  }

  protected selectedIds(): string[] {
    return [...this.selected()];
  }

  private async decide(ids: readonly string[], decision: 'APPROVE' | 'REJECT', reason: string | null): Promise<void> {
    if (!ids.length) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const count = await this.facade.review(ids, decision, reason);
      this.selected.set(new Set());
      this.message.success(
        this.transloco.translate(decision === 'APPROVE' ? 'ledger.review.approved' : 'ledger.review.rejected', {
          count,
        }),
      );
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.busy.set(false);
    }
  }
}
