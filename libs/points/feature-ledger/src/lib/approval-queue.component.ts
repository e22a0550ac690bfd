import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ApprovalQueueFacade, LedgerGrants, QUEUE_PAGE_SIZE, signedLabel } from '@xiangzhi/points/data-access';
import { RegionContext, RegionNode } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';

/** The town whose queue the header's region means: the town itself, or a village's town. */
export function townOf(region: Pick<RegionNode, 'code' | 'level' | 'parentCode'> | null): string | null {
  if (!region) return null;
  if (region.level === 'TOWN') return region.code;
  if (region.level === 'VILLAGE') return region.parentCode ?? null;
  return null;
}

/** 镇级审定: the town approval group approves the reviewed entries of its villages (in bulk). */
@Component({
  selector: 'xz-approval-queue',
  imports: [
    DatePipe,
    RouterLink,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzPopconfirmModule,
    NzTableModule,
    ErrorMessageComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './approval-queue.component.html',
  styleUrl: './ledger-pages.css',
})
export class ApprovalQueueComponent {
  private readonly facade = inject(ApprovalQueueFacade);
  private readonly context = inject(RegionContext);
  private readonly grants = inject(LedgerGrants);
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);

  protected readonly pageSize = QUEUE_PAGE_SIZE;
  protected readonly region = this.context.current;
  protected readonly townCode = computed(() => townOf(this.context.current()));
  protected readonly items = this.facade.items;
  protected readonly total = this.facade.total;
  protected readonly pageIndex = this.facade.pageIndex;
  protected readonly loading = this.facade.loading;
  protected readonly loadError = this.facade.error;
  protected readonly canApprove = computed(() => this.grants.can('POINTS_APPROVE'));

  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly allSelected = computed(
    () => this.items().length > 0 && this.items().every((e) => this.selected().has(e.id)),
  );
  protected readonly someSelected = computed(
    () => !this.allSelected() && this.items().some((e) => this.selected().has(e.id)),
  );

  constructor() {
    effect(() => {
      const town = this.townCode();
      untracked(() => {
        this.selected.set(new Set());
        void this.facade.load(town, 1);
      });
    });
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
    this.selected.set(checked ? new Set(this.items().map((e) => e.id)) : new Set());
  }

  protected selectedIds(): string[] {
    return [...this.selected()];
  }

  protected async approve(ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const count = await this.facade.approve(ids);
      this.selected.set(new Set());
      this.message.success(this.transloco.translate('ledger.approval.approved', { count }));
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.busy.set(false);
    }
  }
}
