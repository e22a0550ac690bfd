import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CASES_MAX_PAGE_SIZE,
  ChecklistCasesFacade,
  type CaseRow,
  type ChecklistCaseStatusValue,
} from '@xiangzhi/checklists/data-access';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { CaseOpenComponent } from './case-open.component';
import { caseReminders, daysLeft, deadlineColor, deadlineState, formatCst } from './case-rules';
import { CaseVillageSelect } from './village-select';

/** 办件: the region's cases with status and overdue filters, reminders, and 受理新办件. */
@Component({
  selector: 'xz-cases-list',
  imports: [
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzModalModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    ErrorMessageComponent,
    CaseOpenComponent,
  ],
  providers: [CaseVillageSelect],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cases-list.component.html',
  styleUrl: './cases-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class CasesListComponent {
  private readonly facade = inject(ChecklistCasesFacade);
  private readonly session = inject(SessionFacade);
  private readonly router = inject(Router);
  protected readonly choice = inject(CaseVillageSelect);

  protected readonly canOpen = computed(() => this.session.can('CHECKLIST_CASE'));
  protected readonly status = signal<ChecklistCaseStatusValue | null>(null);
  protected readonly overdueOnly = signal(false);
  protected readonly items = signal<CaseRow[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly maxPageSize = CASES_MAX_PAGE_SIZE;
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly opening = signal(false);
  protected readonly now = signal(new Date());
  protected readonly reminders = computed(() => caseReminders(this.items(), this.now()));
  protected readonly deadlineState = (row: CaseRow) => deadlineState(row, this.now());
  protected readonly deadlineColor = deadlineColor;
  protected readonly daysLeft = (row: CaseRow) => daysLeft(row.dueAt, this.now());
  protected readonly formatCst = formatCst;
  private requestId = 0;

  constructor() {
    effect(() => {
      const region = this.choice.region();
      untracked(() => {
        this.pageIndex.set(1);
        if (region) void this.load();
      });
    });
  }

  async load(): Promise<void> {
    const region = this.choice.region();
    if (!region) return;
    const id = ++this.requestId;
    this.loading.set(true);
    this.error.set(null);
    this.now.set(new Date());
    try {
      const page = await this.facade.cases({
        regionCode: region.code,
        status: this.status(),
        overdue: this.overdueOnly() ? true : null,
        pageIndex: this.pageIndex(),
        pageSize: this.pageSize(),
      });
      if (id !== this.requestId) return;
      this.items.set(page.items);
      this.total.set(page.total);
    } catch (error) {
      if (id === this.requestId) this.error.set(ApiError.from(error));
    } finally {
      if (id === this.requestId) this.loading.set(false);
    }
  }

  protected filterStatus(status: ChecklistCaseStatusValue | null): void {
    this.status.set(status);
    this.pageIndex.set(1);
    void this.load();
  }

  protected filterOverdue(only: boolean): void {
    this.overdueOnly.set(only);
    this.pageIndex.set(1);
    void this.load();
  }

  protected changePage(index: number): void {
    this.pageIndex.set(index);
    void this.load();
  }

  protected changePageSize(size: number): void {
    this.pageSize.set(Math.min(size, CASES_MAX_PAGE_SIZE));
    this.pageIndex.set(1);
    void this.load();
  }

  protected startOpen(): void {
    this.opening.set(true);
  }

  protected async opened(row: CaseRow): Promise<void> {
    this.opening.set(false);
    await this.router.navigate(['/checklists/cases', row.id]);
  }
}
