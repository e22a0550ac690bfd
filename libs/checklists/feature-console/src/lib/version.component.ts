import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  checklistPosterPath,
  ChecklistConsolePosterSize,
  ChecklistsConsoleFacade,
  ConsoleChecklistDiff,
  ConsoleChecklistListType,
  ConsoleChecklistVersion,
} from '@xiangzhi/checklists/data-access';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { regionLevelOf, RegionsFacade } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCollapseModule } from 'ng-zorro-antd/collapse';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { STATUS_COLOURS } from './checklist-labels';
import { DiffViewComponent } from './diff-view.component';
import { ItemViewComponent } from './item-view.component';

/** Town code of a village code (the first nine digits). */
export function townOf(villageCode: string): string {
  return `${villageCode.slice(0, 9)}000`;
}

/**
 * 清单版本: the items with every field and their flow charts, the event history, poster downloads; for the town on a
 * village's submitted version the changes against the version in force, with approval or rejection.
 */
@Component({
  selector: 'xz-checklist-version',
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzButtonModule,
    NzCardModule,
    NzCollapseModule,
    NzInputModule,
    NzModalModule,
    NzTagModule,
    ErrorMessageComponent,
    DiffViewComponent,
    ItemViewComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './version.component.html',
  styleUrl: './checklist-pages.css',
})
export class ChecklistVersionComponent {
  private readonly facade = inject(ChecklistsConsoleFacade);
  private readonly regions = inject(RegionsFacade);
  private readonly session = inject(SessionFacade);

  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly version = signal<ConsoleChecklistVersion | null>(null);
  protected readonly type = signal<ConsoleChecklistListType | null>(null);
  protected readonly regionName = signal<string>('');
  protected readonly diff = signal<ConsoleChecklistDiff | null>(null);
  protected readonly diffBase = signal<ConsoleChecklistVersion | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly open = signal<ReadonlySet<string>>(new Set());
  protected readonly statusColours = STATUS_COLOURS;

  protected readonly deciding = signal<'APPROVE' | 'REJECT' | null>(null);
  protected readonly reason = signal('');
  protected readonly reasonMissing = signal(false);
  protected readonly busy = signal(false);
  protected readonly decisionError = signal<ApiError | null>(null);
  protected readonly posterError = signal<ApiError | null>(null);

  protected readonly isVillageVersion = computed(() => {
    const v = this.version();
    return !!v && regionLevelOf(v.regionCode) === 'VILLAGE';
  });
  /** The town decides on a village's submitted version. */
  protected readonly canDecide = computed(
    () => this.version()?.status === 'SUBMITTED' && this.isVillageVersion() && this.session.can('CHECKLIST_MANAGE'),
  );
  protected readonly canEdit = computed(() => {
    const v = this.version();
    if (v?.status !== 'DRAFT') return false;
    return this.session.can(this.isVillageVersion() ? 'CHECKLIST_EDIT' : 'CHECKLIST_MANAGE');
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  async load(id: string = this.id()): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    this.diff.set(null);
    this.diffBase.set(null);
    try {
      const v = await this.facade.version(id);
      this.version.set(v);
      this.open.set(new Set(v.items.slice(0, 1).map((i) => i.code)));
      const [types, region] = await Promise.all([
        this.facade.listTypes(v.regionCode),
        this.regions.region(v.regionCode).catch(() => null),
      ]);
      this.type.set(types.find((t) => t.code === v.listType) ?? null);
      this.regionName.set(region?.fullName ?? region?.name ?? v.regionCode);
      if (this.canDecide()) await this.loadDiff(v);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  /** The changes against the village's version in force, or against the town template it adapts when none is. */
  private async loadDiff(v: ConsoleChecklistVersion): Promise<void> {
    const inForce = await this.facade.inForce(v.regionCode, v.listType);
    const base = inForce ?? (v.basedOnId ? await this.facade.version(v.basedOnId).catch(() => null) : null);
    if (!base) return;
    this.diffBase.set(base);
    this.diff.set(await this.facade.diff(base.id, v.id));
  }

  protected toggleItem(code: string, active: boolean): void {
    this.open.update((set) => {
      const next = new Set(set);
      if (active) next.add(code);
      else next.delete(code);
      return next;
    });
  }

  protected posterPath(size: ChecklistConsolePosterSize): string {
    const v = this.version();
    return v ? checklistPosterPath(v.id, size) : '';
  }

  async downloadPoster(event: Event, size: ChecklistConsolePosterSize): Promise<void> {
    event.preventDefault();
    const v = this.version();
    if (!v) return;
    this.posterError.set(null);
    try {
      await this.facade.downloadPoster(v, this.type()?.nameZh ?? v.listType, size);
    } catch (error) {
      this.posterError.set(ApiError.from(error));
    }
  }

  protected openDecision(kind: 'APPROVE' | 'REJECT'): void {
    this.reason.set('');
    this.reasonMissing.set(false);
    this.decisionError.set(null);
    this.deciding.set(kind);
  }

  async decide(): Promise<void> {
    const v = this.version();
    const kind = this.deciding();
    if (!v || !kind) return;
    if (kind === 'REJECT' && !this.reason().trim()) {
      this.reasonMissing.set(true);
      return;
    }
    this.busy.set(true);
    this.decisionError.set(null);
    try {
      const next =
        kind === 'APPROVE'
          ? await this.facade.approve(v.id, this.reason())
          : await this.facade.reject(v.id, this.reason());
      this.deciding.set(null);
      this.version.set(next);
      this.diff.set(null);
    } catch (error) {
      this.decisionError.set(ApiError.from(error));
    } finally {
      this.busy.set(false);
    }
  }
}
