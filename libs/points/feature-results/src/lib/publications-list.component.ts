import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  ChainCheck,
  PointsAccess,
  PublicationsFacade,
  PublicationSummary,
  SchemeInForce,
} from '@xiangzhi/points/data-access';
import type { Period } from '@xiangzhi/points/util';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import {
  defaultPeriod,
  objectionOpen,
  periodKey,
  periodText,
  recentYears,
  shortHash,
  startedPeriods,
  todayIso,
} from './periods';
import { VillageChoice } from './village-choice';
import { VillagePickerComponent } from './village-picker.component';

/** The state of a board's chain link: verified by the API, broken, or not (yet) checked. */
export type ChainMark = 'verified' | 'broken' | 'unchecked';

/** The chain mark of a board from the API's chain check. */
export function chainMark(board: Pick<PublicationSummary, 'seq'>, chain: readonly ChainCheck[]): ChainMark {
  const link = chain.find((c) => c.seq === board.seq);
  if (!link) return 'unchecked';
  return link.valid ? 'verified' : 'broken';
}

/** A village's boards (一季一公示), their chain check, and publishing the current period (village or whole town). */
@Component({
  selector: 'xz-points-publications',
  imports: [
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzModalModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    ErrorMessageComponent,
    EmptyStateComponent,
    VillagePickerComponent,
  ],
  providers: [VillageChoice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './publications-list.component.html',
  styleUrl: './results-page.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class PublicationsListComponent {
  private readonly facade = inject(PublicationsFacade);
  private readonly access = inject(PointsAccess);
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);
  protected readonly choice = inject(VillageChoice);

  protected readonly today = todayIso();
  protected readonly years = recentYears(this.today);
  protected readonly boards = signal<PublicationSummary[]>([]);
  protected readonly chain = signal<ChainCheck[]>([]);
  protected readonly scheme = signal<SchemeInForce | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly canPublish = computed(() => this.access.can('POINTS_PUBLISH'));
  protected readonly chainValid = computed(() => this.chain().every((c) => c.valid));

  // publishing
  protected readonly publishOpen = signal(false);
  protected readonly confirmOpen = signal(false);
  protected readonly publishing = signal(false);
  protected readonly publishError = signal<ApiError | null>(null);
  protected readonly publishYear = signal(Number(this.today.slice(0, 4)));
  protected readonly publishScheme = signal<SchemeInForce | null>(null);
  protected readonly publishFromMonth = signal<number | null>(null);
  protected readonly publishedKeys = computed(() =>
    this.choice.isTown() ? new Set<string>() : new Set(this.boards().map((b) => periodKey(b))),
  );
  protected readonly periodOptions = computed<Period[]>(() => {
    const scheme = this.publishScheme();
    return scheme ? startedPeriods(this.publishYear(), scheme.parameters.publicationCadenceMonths, this.today) : [];
  });
  protected readonly chosenPeriod = computed(
    () => this.periodOptions().find((p) => p.fromMonth === this.publishFromMonth()) ?? null,
  );
  /** The region published: the whole town under a town, else the village. */
  protected readonly publishRegion = this.choice.region;

  protected readonly periodText = periodText;
  protected readonly shortHash = shortHash;
  protected readonly periodKey = periodKey;

  constructor() {
    effect(() => {
      const village = this.choice.villageCode();
      untracked(() => {
        this.boards.set([]);
        this.chain.set([]);
        this.scheme.set(null);
        if (village) void this.load(village);
      });
    });
  }

  protected isOpen(board: PublicationSummary): boolean {
    return objectionOpen(board.objectionUntil, this.today);
  }

  protected mark(board: PublicationSummary): ChainMark {
    return chainMark(board, this.chain());
  }

  async load(villageCode: string): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const year = Number(this.today.slice(0, 4));
      const [boards, scheme] = await Promise.all([
        this.facade.list(villageCode),
        this.facade.schemeInForce(villageCode, year),
      ]);
      if (villageCode !== this.choice.villageCode()) return;
      this.boards.set(boards);
      this.scheme.set(scheme);
      this.chain.set(await this.facade.chain(villageCode).catch(() => []));
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  /** Opens the period picker, aligned to the cadence of the scheme in force for the chosen year. */
  async openPublish(): Promise<void> {
    this.publishError.set(null);
    this.publishOpen.set(true);
    await this.changePublishYear(this.publishYear());
  }

  async changePublishYear(year: number): Promise<void> {
    this.publishYear.set(year);
    this.publishFromMonth.set(null);
    const village = this.choice.villageCode();
    const scheme = village ? await this.facade.schemeInForce(village, year).catch(() => null) : null;
    this.publishScheme.set(scheme);
    this.publishFromMonth.set(defaultPeriod(this.periodOptions(), this.publishedKeys())?.fromMonth ?? null);
  }

  /** Step two: the confirmation that says a board cannot be undone. */
  askConfirm(): void {
    if (!this.chosenPeriod()) return;
    this.publishOpen.set(false);
    this.confirmOpen.set(true);
  }

  async publish(): Promise<void> {
    const region = this.publishRegion();
    const period = this.chosenPeriod();
    if (!region || !period) return;
    this.publishing.set(true);
    this.publishError.set(null);
    try {
      const boards = await this.facade.publish(region.code, period.year, period.fromMonth);
      this.confirmOpen.set(false);
      if (boards.length) {
        this.message.success(
          this.transloco.translate('pointsResults.publications.publish.done', { count: boards.length }),
        );
      } else {
        this.message.info(this.transloco.translate('pointsResults.publications.publish.noneDone'));
      }
      const village = this.choice.villageCode();
      if (village) await this.load(village);
    } catch (error) {
      this.publishError.set(ApiError.from(error));
    } finally {
      this.publishing.set(false);
    }
  }

  protected cancelConfirm(): void {
    this.confirmOpen.set(false);
  }
}
