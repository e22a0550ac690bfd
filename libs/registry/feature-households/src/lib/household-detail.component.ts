import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { CardPrintFacade, HouseholdFacade, HouseholdMember } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { MemberFieldsComponent } from './member-fields.component';
import { memberFormGroup, MemberFormGroup, revealErrors, toMemberInput } from './member-form';

/** How long a revealed ID number stays on screen. */
export const REVEAL_SECONDS = 30;
/** The server wants a reason of at least 2 characters for the audit log. */
export const MIN_REVEAL_REASON = 2;

/** One household: details, members (masked ID numbers, audited reveal), history; member edits and admission. */
@Component({
  selector: 'xz-household-detail',
  imports: [
    DatePipe,
    FormsModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    NzButtonModule,
    NzDescriptionsModule,
    NzInputModule,
    NzModalModule,
    NzPopconfirmModule,
    NzSpinModule,
    NzTableModule,
    NzTabsModule,
    NzTagModule,
    EmptyStateComponent,
    ErrorMessageComponent,
    MemberFieldsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './household-detail.component.html',
  styleUrl: './household-detail.component.css',
})
export class HouseholdDetailComponent {
  private readonly facade = inject(HouseholdFacade);
  private readonly cards = inject(CardPrintFacade);
  private readonly session = inject(SessionFacade);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly household = this.facade.household;
  protected readonly loading = this.facade.loading;
  protected readonly error = this.facade.error;
  protected readonly history = this.facade.history;
  protected readonly historyPageSize = this.facade.historyPageSize;
  protected readonly printing = this.cards.printing;
  protected readonly printError = this.cards.error;
  protected readonly members = computed(() => this.household()?.members.filter((m) => m.active) ?? []);
  protected readonly canWrite = computed(() => this.session.can('HOUSEHOLD_WRITE'));
  protected readonly canReadPoints = computed(() => this.session.can('POINTS_READ'));
  protected readonly canReveal = computed(() => this.session.can('ID_NUMBER_REVEAL'));
  protected readonly canPrint = computed(() => this.session.can('CARD_PRINT'));
  protected readonly canAdmit = computed(() => {
    const household = this.household();
    return this.session.can('HOUSEHOLD_ADMIT') && household?.residency === 'NON_LOCAL' && !household.admittedAt;
  });
  protected readonly revealSeconds = REVEAL_SECONDS;
  protected readonly minRevealReason = MIN_REVEAL_REASON;

  /** Full ID numbers currently shown, by member id (cleared after REVEAL_SECONDS). */
  protected readonly revealed = signal<Readonly<Record<string, string>>>({});
  protected readonly revealing = signal<HouseholdMember | null>(null);
  protected readonly revealReason = signal('');
  protected readonly revealSubmitted = signal(false);
  protected readonly revealBusy = signal(false);
  protected readonly revealError = signal<ApiError | null>(null);

  /** The member being edited; `null` when adding; `undefined` when the dialog is closed. */
  protected readonly editingMember = signal<HouseholdMember | null | undefined>(undefined);
  protected memberForm: MemberFormGroup = memberFormGroup(this.fb, true);
  protected readonly memberBusy = signal(false);
  protected readonly memberError = signal<ApiError | null>(null);
  protected readonly actionError = signal<ApiError | null>(null);

  protected readonly admitOpen = signal(false);
  protected readonly admittedAt = signal(today());
  protected readonly admitNote = signal('');
  protected readonly admitBusy = signal(false);
  protected readonly admitError = signal<ApiError | null>(null);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.revealed.set({});
        void this.facade.load(id);
        void this.facade.loadHistory(id, 1);
      });
    });
    inject(DestroyRef).onDestroy(() => this.timers.forEach((t) => clearTimeout(t)));
  }

  protected changeHistoryPage(pageIndex: number): void {
    void this.facade.loadHistory(this.id(), pageIndex);
  }

  protected actionLabel(action: string): string {
    const key = `households.history.actions.${action}`;
    const text = this.transloco.translate(key);
    return text === key ? action : text;
  }

  protected printCard(): void {
    void this.cards.print({ householdIds: [this.id()] });
  }

  // ID number reveal (audited, with a reason)

  protected openReveal(member: HouseholdMember): void {
    this.revealing.set(member);
    this.revealReason.set('');
    this.revealSubmitted.set(false);
    this.revealError.set(null);
  }

  protected closeReveal(): void {
    this.revealing.set(null);
  }

  protected async submitReveal(): Promise<void> {
    this.revealSubmitted.set(true);
    const member = this.revealing();
    const reason = this.revealReason().trim();
    if (!member || reason.length < MIN_REVEAL_REASON) return;
    this.revealBusy.set(true);
    this.revealError.set(null);
    try {
      const idNumber = await this.facade.revealIdNumber(member.id, reason);
      this.revealed.update((r) => ({ ...r, [member.id]: idNumber }));
      clearTimeout(this.timers.get(member.id));
      this.timers.set(
        member.id,
        setTimeout(() => {
          this.revealed.update(({ [member.id]: _hidden, ...rest }) => rest);
          this.timers.delete(member.id);
        }, REVEAL_SECONDS * 1000),
      );
      this.revealing.set(null);
    } catch (error) {
      this.revealError.set(ApiError.from(error));
    } finally {
      this.revealBusy.set(false);
    }
  }

  // members

  protected openMember(member: HouseholdMember | null): void {
    this.memberForm = memberFormGroup(this.fb, member === null);
    if (member) {
      this.memberForm.patchValue({
        name: member.name,
        gender: member.gender,
        birthDate: member.birthDate ?? '',
        relation: member.relation,
        participating: member.participating,
      });
    }
    this.memberError.set(null);
    this.editingMember.set(member);
  }

  protected closeMember(): void {
    this.editingMember.set(undefined);
  }

  protected async saveMember(): Promise<void> {
    const editing = this.editingMember();
    if (editing === undefined) return;
    if (this.memberForm.invalid) {
      revealErrors(this.memberForm);
      return;
    }
    const input = toMemberInput(this.memberForm.getRawValue());
    this.memberBusy.set(true);
    this.memberError.set(null);
    try {
      if (editing) {
        const { idNumber, phone, ...rest } = input;
        await this.facade.updateMember(this.id(), {
          id: editing.id,
          ...rest,
          ...(idNumber ? { idNumber } : {}),
          ...(phone ? { phone } : {}),
        });
      } else {
        await this.facade.addMember({ householdId: this.id(), ...input });
      }
      this.editingMember.set(undefined);
      this.message.success(this.transloco.translate('households.detail.memberSaved'));
      void this.facade.loadHistory(this.id(), 1);
    } catch (error) {
      this.memberError.set(ApiError.from(error));
    } finally {
      this.memberBusy.set(false);
    }
  }

  /** Makes another member the head (the former head's relation becomes OTHER until edited). */
  protected async makeHead(member: HouseholdMember): Promise<void> {
    const household = this.household();
    if (!household) return;
    this.actionError.set(null);
    try {
      await this.facade.update({ id: household.id, version: household.version, headMemberId: member.id });
      this.message.success(this.transloco.translate('households.detail.headChanged'));
      void this.facade.loadHistory(this.id(), 1);
    } catch (error) {
      this.actionError.set(ApiError.from(error));
    }
  }

  protected async removeMember(member: HouseholdMember): Promise<void> {
    this.actionError.set(null);
    try {
      await this.facade.removeMember(this.id(), member.id);
      this.message.success(this.transloco.translate('households.detail.memberRemoved'));
      void this.facade.loadHistory(this.id(), 1);
    } catch (error) {
      this.actionError.set(ApiError.from(error));
    }
  }

  // admission of a non-local household

  protected openAdmit(): void {
    this.admittedAt.set(today());
    this.admitNote.set('');
    this.admitError.set(null);
    this.admitOpen.set(true);
  }

  protected async submitAdmit(): Promise<void> {
    if (!this.admittedAt()) return;
    this.admitBusy.set(true);
    this.admitError.set(null);
    try {
      await this.facade.admit({
        householdId: this.id(),
        admittedAt: this.admittedAt(),
        note: this.admitNote().trim() || null,
      });
      this.admitOpen.set(false);
      void this.facade.loadHistory(this.id(), 1);
    } catch (error) {
      this.admitError.set(ApiError.from(error));
    } finally {
      this.admitBusy.set(false);
    }
  }
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
