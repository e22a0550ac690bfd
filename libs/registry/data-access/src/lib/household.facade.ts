import { computed, inject, Injectable, signal } from '@angular/core';
import { ApiError, runApi } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import {
  AddMemberGQL,
  AddMemberInput,
  AdmitHouseholdGQL,
  AdmitHouseholdInput,
  CreateHouseholdGQL,
  CreateHouseholdInput,
  HouseholdByCardGQL,
  HouseholdDetailFragment,
  HouseholdGQL,
  HouseholdHistoryGQL,
  HouseholdHistoryQuery,
  MemberFieldsFragment,
  RemoveMemberGQL,
  RevealIdNumberGQL,
  UpdateHouseholdGQL,
  UpdateHouseholdInput,
  UpdateMemberGQL,
  UpdateMemberInput,
} from './generated/graphql';
import { HouseholdsFacade } from './households.facade';

export type HouseholdDetail = HouseholdDetailFragment;
export type HouseholdMember = MemberFieldsFragment;
export type HouseholdChange = HouseholdHistoryQuery['householdHistory']['items'][number];

const HISTORY_PAGE_SIZE = 20;

/** One household: detail, history, edits, members, admission and the audited ID-number reveal. */
@Injectable({ providedIn: 'root' })
export class HouseholdFacade {
  private readonly list = inject(HouseholdsFacade);
  private readonly householdGql = inject(HouseholdGQL);
  private readonly byCardGql = inject(HouseholdByCardGQL);
  private readonly historyGql = inject(HouseholdHistoryGQL);
  private readonly createGql = inject(CreateHouseholdGQL);
  private readonly updateGql = inject(UpdateHouseholdGQL);
  private readonly addMemberGql = inject(AddMemberGQL);
  private readonly updateMemberGql = inject(UpdateMemberGQL);
  private readonly removeMemberGql = inject(RemoveMemberGQL);
  private readonly admitGql = inject(AdmitHouseholdGQL);
  private readonly revealGql = inject(RevealIdNumberGQL);

  private readonly detail = signal({
    household: null as HouseholdDetail | null,
    loading: false,
    error: null as ApiError | null,
  });
  private readonly historyState = signal({
    items: [] as HouseholdChange[],
    total: 0,
    pageIndex: 1,
    loading: false,
    error: null as ApiError | null,
  });
  private requestId = 0;

  readonly household = computed(() => this.detail().household);
  readonly loading = computed(() => this.detail().loading);
  readonly error = computed(() => this.detail().error);
  readonly history = this.historyState.asReadonly();
  readonly historyPageSize = HISTORY_PAGE_SIZE;

  /** Loads a household by id (the previous one stays visible only if it is the same). */
  async load(id: string): Promise<HouseholdDetail | null> {
    return this.fetchDetail(id, () =>
      firstValueFrom(this.householdGql.fetch({ variables: { id } })).then((r) => r.data?.household),
    );
  }

  /** Finds a household by its points card number (QR scan or typed). */
  async loadByCard(cardNumber: string): Promise<HouseholdDetail | null> {
    return this.fetchDetail(null, () =>
      firstValueFrom(this.byCardGql.fetch({ variables: { cardNumber } })).then((r) => r.data?.householdByCard),
    );
  }

  async loadHistory(householdId: string, pageIndex = 1): Promise<void> {
    this.historyState.update((s) => ({ ...s, pageIndex, loading: true, error: null }));
    try {
      const result = await runApi(() =>
        firstValueFrom(
          this.historyGql.fetch({
            variables: { householdId, first: HISTORY_PAGE_SIZE, offset: (pageIndex - 1) * HISTORY_PAGE_SIZE },
          }),
        ),
      );
      const page = result.data?.householdHistory;
      this.historyState.update((s) => ({ ...s, items: page?.items ?? [], total: page?.total ?? 0, loading: false }));
    } catch (error) {
      this.historyState.update((s) => ({ ...s, loading: false, error: error as ApiError }));
    }
  }

  /** Creates a household; resolves its id. */
  async create(input: CreateHouseholdInput): Promise<string> {
    const result = await runApi(() => firstValueFrom(this.createGql.mutate({ variables: { input } })));
    this.list.evictLists();
    const id = result.data?.createHousehold.id;
    if (!id) throw new ApiError('UNKNOWN');
    return id;
  }

  /** Updates the household (optimistic concurrency: `version` must be the one shown). */
  async update(input: UpdateHouseholdInput): Promise<void> {
    await runApi(() => firstValueFrom(this.updateGql.mutate({ variables: { input } })));
    await this.afterWrite(input.id);
  }

  async addMember(input: AddMemberInput): Promise<void> {
    await runApi(() => firstValueFrom(this.addMemberGql.mutate({ variables: { input } })));
    await this.afterWrite(input.householdId);
  }

  async updateMember(householdId: string, input: UpdateMemberInput): Promise<void> {
    await runApi(() => firstValueFrom(this.updateMemberGql.mutate({ variables: { input } })));
    await this.afterWrite(householdId);
  }

  async removeMember(householdId: string, memberId: string): Promise<void> {
    await runApi(() => firstValueFrom(this.removeMemberGql.mutate({ variables: { input: { memberId } } })));
    await this.afterWrite(householdId);
  }

  /** Admission of a non-local household by the village committee. */
  async admit(input: AdmitHouseholdInput): Promise<void> {
    await runApi(() => firstValueFrom(this.admitGql.mutate({ variables: { input } })));
    await this.afterWrite(input.householdId);
  }

  /** The full ID number of a member (audited with the reason); never stored in state. */
  async revealIdNumber(memberId: string, reason: string): Promise<string> {
    const result = await runApi(() => firstValueFrom(this.revealGql.mutate({ variables: { memberId, reason } })));
    return result.data?.revealIdNumber ?? '';
  }

  private async afterWrite(householdId: string): Promise<void> {
    this.list.evictLists();
    await this.load(householdId);
  }

  private async fetchDetail(
    id: string | null,
    fetch: () => Promise<HouseholdDetail | null | undefined>,
  ): Promise<HouseholdDetail | null> {
    const requestId = ++this.requestId;
    const keep = id !== null && this.detail().household?.id === id ? this.detail().household : null;
    this.detail.set({ household: keep, loading: true, error: null });
    try {
      const household = (await runApi(fetch)) ?? null;
      if (requestId === this.requestId)
        this.detail.set({
          household,
          loading: false,
          error: household ? null : new ApiError('REGISTRY_HOUSEHOLD_NOT_FOUND', 'NOT_FOUND'),
        });
      return household;
    } catch (error) {
      if (requestId === this.requestId) this.detail.set({ household: null, loading: false, error: error as ApiError });
      return null;
    }
  }
}
