import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  HOUSEHOLD_ENTRIES_PAGE_SIZE,
  HouseholdPointsFacade,
  HouseholdStanding,
  knownBlock,
  PointsHousehold,
  signedLabel,
} from '@xiangzhi/points/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzStatisticModule } from 'ng-zorro-antd/statistic';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { entryStatusColor } from './entry-detail.component';

/** The translation key of an exchange block (unknown codes fall back to a generic text). */
export function blockKey(code: string): string {
  return knownBlock(code) ? `ledger.blocks.${code}` : 'ledger.blocks.OTHER';
}

/** Members with their individual points this year (members without points show 0). */
export function memberPoints(
  household: PointsHousehold | null,
  standing: HouseholdStanding | null,
): { id: string; name: string; participating: boolean; earned: number }[] {
  const earned = new Map((standing?.members ?? []).map((m) => [m.memberId, m.earned]));
  return (household?.members ?? [])
    .filter((m) => m.active)
    .map((m) => ({ id: m.id, name: m.name, participating: m.participating, earned: earned.get(m.id) ?? 0 }));
}

/** One household's points (staff): balance, what can be exchanged now and why not, family figures, rank, entries. */
@Component({
  selector: 'xz-household-points',
  imports: [
    DecimalPipe,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzSelectModule,
    NzSpinModule,
    NzStatisticModule,
    NzTableModule,
    NzTagModule,
    ErrorMessageComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './household-points.component.html',
  styleUrl: './ledger-pages.css',
})
export class HouseholdPointsComponent {
  private readonly facade = inject(HouseholdPointsFacade);

  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly pageSize = HOUSEHOLD_ENTRIES_PAGE_SIZE;
  protected readonly years = Array.from({ length: 5 }, (_, i) => new Date().getFullYear() - i);
  protected readonly year = signal(new Date().getFullYear());
  protected readonly household = this.facade.household;
  protected readonly standing = this.facade.standing;
  protected readonly rank = this.facade.rank;
  protected readonly entries = this.facade.entries;
  protected readonly entriesTotal = this.facade.entriesTotal;
  protected readonly pageIndex = this.facade.pageIndex;
  protected readonly loading = this.facade.loading;
  protected readonly error = this.facade.error;
  protected readonly rankLabel = computed(() => {
    const rank = this.rank();
    return rank ? `${rank.rank} / ${rank.of}` : '—';
  });
  protected readonly members = computed(() => memberPoints(this.household(), this.standing()));

  constructor() {
    effect(() => {
      const id = this.id();
      const year = this.year();
      untracked(() => void this.facade.load(id, year));
    });
  }

  protected blockKey(code: string): string {
    return blockKey(code);
  }

  protected signed(points: number): string {
    return signedLabel(points);
  }

  protected statusColor(status: string): string {
    return entryStatusColor(status);
  }

  protected changePage(pageIndex: number): void {
    void this.facade.loadEntries(this.id(), pageIndex);
  }

  protected print(): void {
    window.print();
  }
}
