import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  LedgerGrants,
  SchemePresetKey,
  SchemesFacade,
  schemeStatusColor,
  SchemeVersionSummary,
} from '@xiangzhi/points/data-access';
import { PRESET_KEYS, PRESETS } from '@xiangzhi/points/util';
import { RegionContext } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ParameterSummaryComponent } from './parameter-summary.component';

/** `null` = a copy of the version in force. */
export type DraftSource = SchemePresetKey | null;

/** 积分方案: the versions of the header's town or village per year; a new draft from a preset, a copy or adaptation. */
@Component({
  selector: 'xz-schemes-list',
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzInputModule,
    NzModalModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    ErrorMessageComponent,
    ParameterSummaryComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './schemes-list.component.html',
  styleUrl: './schemes-pages.css',
})
export class SchemesListComponent {
  private readonly facade = inject(SchemesFacade);
  private readonly context = inject(RegionContext);
  private readonly grants = inject(LedgerGrants);
  private readonly router = inject(Router);

  protected readonly presetKeys = PRESET_KEYS;
  protected readonly presets = PRESETS;
  protected readonly years = Array.from({ length: 4 }, (_, i) => new Date().getFullYear() + 1 - i);
  protected readonly year = signal(new Date().getFullYear());
  protected readonly region = this.context.current;
  protected readonly isTown = computed(() => this.region()?.level === 'TOWN');
  protected readonly isVillage = computed(() => this.region()?.level === 'VILLAGE');
  protected readonly canCreate = computed(() => this.isTown() && this.grants.can('POINTS_SCHEME_MANAGE'));
  protected readonly canAdapt = computed(() => this.isVillage() && this.grants.can('POINTS_SCHEME_ADAPT'));
  protected readonly versions = this.facade.versions;
  protected readonly loading = this.facade.versionsLoading;
  protected readonly loadError = this.facade.versionsError;
  protected readonly inForce = signal<SchemeVersionSummary | null>(null);
  protected readonly townVersions = signal<SchemeVersionSummary[]>([]);

  protected readonly picking = signal(false);
  protected readonly source = signal<DraftSource | undefined>(undefined);
  protected readonly adapting = signal(false);
  protected readonly reason = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly compareFrom = signal<string | null>(null);
  protected readonly compareTo = signal<string | null>(null);
  /** Every version the diff can compare: this region's and, for a village, its town's. */
  protected readonly comparable = computed(() => [...this.versions(), ...this.townVersions()]);

  constructor() {
    effect(() => {
      const region = this.region();
      const year = this.year();
      untracked(() => void this.load(region?.code ?? null, region?.level ?? null, region?.parentCode ?? null, year));
    });
  }

  protected statusColor(status: SchemeVersionSummary['status']): string {
    return schemeStatusColor(status);
  }

  protected openPicker(): void {
    this.source.set(undefined);
    this.reason.set('');
    this.error.set(null);
    this.picking.set(true);
  }

  protected async createDraft(): Promise<void> {
    const region = this.region();
    const source = this.source();
    if (!region || source === undefined) return;
    await this.run(() => this.facade.create(region.code, this.year(), source, this.reason()));
  }

  protected openAdapt(): void {
    this.reason.set('');
    this.error.set(null);
    this.adapting.set(true);
  }

  protected async adapt(): Promise<void> {
    const region = this.region();
    if (!region) return;
    await this.run(() => this.facade.adapt(region.code, this.year(), this.reason()));
  }

  protected compare(): void {
    const from = this.compareFrom();
    const to = this.compareTo();
    if (from && to && from !== to)
      void this.router.navigate(['/points/schemes/compare'], { queryParams: { from, to } });
  }

  private async run(write: () => Promise<{ id: string }>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const draft = await write();
      this.picking.set(false);
      this.adapting.set(false);
      await this.router.navigate(['/points/schemes', draft.id]);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(code: string | null, level: string | null, parent: string | null, year: number): Promise<void> {
    this.inForce.set(null);
    this.townVersions.set([]);
    if (!code || (level !== 'TOWN' && level !== 'VILLAGE')) return;
    await this.facade.loadVersions(code, year);
    if (level === 'VILLAGE') {
      try {
        this.inForce.set(await this.facade.inForce(code, year));
        if (parent) this.townVersions.set(await this.facade.listVersions(parent, year));
      } catch {
        // the list shows the village's own versions anyway
      }
    }
  }
}
