import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  cleanReason,
  LedgerEntryDetail,
  LedgerEntryFacade,
  LedgerGrants,
  signedLabel,
} from '@xiangzhi/points/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { EvidenceThumbComponent } from './evidence-thumb.component';

/** The tag colour of an entry status. */
export function entryStatusColor(status: string): string {
  switch (status) {
    case 'RECORDED':
      return 'gold';
    case 'REVIEWED':
      return 'blue';
    case 'APPROVED':
      return 'green';
    case 'PUBLISHED':
      return 'cyan';
    case 'REJECTED':
      return 'red';
    default:
      return 'default';
  }
}

/** Whether staff may still reverse an entry: approved or published, not itself a reversal, not reversed yet. */
export function canBeReversed(entry: Pick<LedgerEntryDetail, 'status' | 'reversed' | 'reversalOf'>): boolean {
  return (entry.status === 'APPROVED' || entry.status === 'PUBLISHED') && !entry.reversed && !entry.reversalOf;
}

/** The name of whoever did a step: the recorder, reviewer or approver when the id matches, else null. */
export function actorName(entry: LedgerEntryDetail, actorId: string): string | null {
  for (const actor of [entry.recorder, entry.reviewer, entry.approver]) {
    if (actor && actor.id === actorId) return actor.displayName;
  }
  return null;
}

/** The staff view of an entry (T2): evidence, recorder, reviewer, approver, every step and every reversal. */
@Component({
  selector: 'xz-entry-detail',
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzButtonModule,
    NzDescriptionsModule,
    NzInputModule,
    NzModalModule,
    NzSpinModule,
    NzTagModule,
    NzTimelineModule,
    ErrorMessageComponent,
    EvidenceThumbComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './entry-detail.component.html',
  styleUrl: './ledger-pages.css',
})
export class EntryDetailComponent {
  private readonly facade = inject(LedgerEntryFacade);
  private readonly grants = inject(LedgerGrants);

  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly entry = this.facade.entry;
  protected readonly loading = this.facade.loading;
  protected readonly error = this.facade.error;
  protected readonly reversible = computed(() => {
    const entry = this.entry();
    return !!entry && this.grants.can('POINTS_APPROVE') && canBeReversed(entry);
  });
  protected readonly reversing = signal(false);
  protected readonly reason = signal('');
  protected readonly reasonMissing = signal(false);
  protected readonly busy = signal(false);
  protected readonly reverseError = signal<ApiError | null>(null);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.facade.load(id));
    });
  }

  protected signed(points: number): string {
    return signedLabel(points);
  }

  protected statusColor(status: string): string {
    return entryStatusColor(status);
  }

  protected actor(entry: LedgerEntryDetail, actorId: string): string {
    return actorName(entry, actorId) ?? actorId.slice(0, 8);
  }

  protected print(): void {
    window.print();
  }

  protected openReverse(): void {
    this.reason.set('');
    this.reasonMissing.set(false);
    this.reverseError.set(null);
    this.reversing.set(true);
  }

  protected async confirmReverse(): Promise<void> {
    const entry = this.entry();
    if (!entry) return;
    if (!cleanReason(this.reason())) {
      this.reasonMissing.set(true);
      return;
    }
    this.busy.set(true);
    this.reverseError.set(null);
    try {
      await this.facade.reverse(entry.id, this.reason());
      this.reversing.set(false);
    } catch (error) {
      this.reverseError.set(ApiError.from(error));
    } finally {
      this.busy.set(false);
    }
  }
}
