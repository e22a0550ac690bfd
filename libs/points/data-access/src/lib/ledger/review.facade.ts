import { computed, inject, Injectable, signal } from '@angular/core';
import { ApiError, runApi } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import {
  ApprovePointsEntriesGQL,
  LedgerEntryRowFragment,
  PointsApprovalQueueGQL,
  PointsReviewDecision,
  PointsReviewQueueGQL,
  ReviewPointsEntriesGQL,
} from '../generated/graphql';
import { chunk, cleanReason, DECISION_LIMIT } from './ledger-rules';

/** Entries per queue page. */
export const QUEUE_PAGE_SIZE = 50;

/** One page of a queue. */
export interface QueueState {
  items: LedgerEntryRowFragment[];
  total: number;
  pageIndex: number;
  loading: boolean;
  error: ApiError | null;
}

const EMPTY: QueueState = { items: [], total: 0, pageIndex: 1, loading: false, error: null };

/** What the review queue shows: a village, a month, a status (RECORDED by default). */
export interface ReviewQuery {
  villageCode: string;
  year: number;
  month: number;
}

/** The input of a review call; a rejection needs a reason (ENTRY_REASON_REQUIRED otherwise). */
export function reviewInput(entryIds: readonly string[], decision: PointsReviewDecision, reason: string | null) {
  const why = cleanReason(reason);
  if (decision === 'REJECT' && !why) throw new ApiError('ENTRY_REASON_REQUIRED', 'BAD_USER_INPUT');
  return { entryIds: [...entryIds], decision, reason: why };
}

/** The monthly review queue of a village (一月一审核): approve or reject RECORDED entries. */
@Injectable({ providedIn: 'root' })
export class ReviewQueueFacade {
  private readonly queueGql = inject(PointsReviewQueueGQL);
  private readonly reviewGql = inject(ReviewPointsEntriesGQL);
  private readonly state = signal<QueueState>(EMPTY);
  private query: ReviewQuery | null = null;
  private requestId = 0;

  readonly items = computed(() => this.state().items);
  readonly total = computed(() => this.state().total);
  readonly pageIndex = computed(() => this.state().pageIndex);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);

  async load(query: ReviewQuery | null = this.query, pageIndex = 1): Promise<void> {
    this.query = query;
    if (!query) {
      this.state.set(EMPTY);
      return;
    }
    const id = ++this.requestId;
    this.state.update((s) => ({ ...s, pageIndex, loading: true, error: null }));
    try {
      const result = await runApi(() =>
        firstValueFrom(
          this.queueGql.fetch({
            variables: {
              ...query,
              status: 'RECORDED',
              first: QUEUE_PAGE_SIZE,
              offset: (pageIndex - 1) * QUEUE_PAGE_SIZE,
            },
          }),
        ),
      );
      if (id !== this.requestId) return;
      const page = result.data?.pointsEntries;
      this.state.set({ items: page?.items ?? [], total: page?.total ?? 0, pageIndex, loading: false, error: null });
    } catch (error) {
      if (id !== this.requestId) return;
      this.state.update((s) => ({ ...s, loading: false, error: error as ApiError }));
    }
  }

  /** Approves or rejects entries (in calls of 500), then reloads the page. Returns how many were decided. */
  async review(entryIds: readonly string[], decision: PointsReviewDecision, reason: string | null): Promise<number> {
    const input = reviewInput(entryIds, decision, reason);
    let count = 0;
    try {
      for (const ids of chunk(input.entryIds, DECISION_LIMIT)) {
        const result = await runApi(() =>
          firstValueFrom(this.reviewGql.mutate({ variables: { input: { ...input, entryIds: ids } } })),
        );
        count += result.data?.reviewPointsEntries.length ?? 0;
      }
    } finally {
      await this.load(this.query, this.state().pageIndex);
    }
    return count;
  }
}

/** The town approval queue (审定): REVIEWED entries of the town's villages. */
@Injectable({ providedIn: 'root' })
export class ApprovalQueueFacade {
  private readonly queueGql = inject(PointsApprovalQueueGQL);
  private readonly approveGql = inject(ApprovePointsEntriesGQL);
  private readonly state = signal<QueueState>(EMPTY);
  private townCode: string | null = null;
  private requestId = 0;

  readonly items = computed(() => this.state().items);
  readonly total = computed(() => this.state().total);
  readonly pageIndex = computed(() => this.state().pageIndex);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);

  async load(townCode: string | null = this.townCode, pageIndex = 1): Promise<void> {
    this.townCode = townCode;
    if (!townCode) {
      this.state.set(EMPTY);
      return;
    }
    const id = ++this.requestId;
    this.state.update((s) => ({ ...s, pageIndex, loading: true, error: null }));
    try {
      const result = await runApi(() =>
        firstValueFrom(
          this.queueGql.fetch({
            variables: { townCode, first: QUEUE_PAGE_SIZE, offset: (pageIndex - 1) * QUEUE_PAGE_SIZE },
          }),
        ),
      );
      if (id !== this.requestId) return;
      const page = result.data?.pointsApprovalQueue;
      this.state.set({ items: page?.items ?? [], total: page?.total ?? 0, pageIndex, loading: false, error: null });
    } catch (error) {
      if (id !== this.requestId) return;
      this.state.update((s) => ({ ...s, loading: false, error: error as ApiError }));
    }
  }

  /** Approves entries (in calls of 500), then reloads. Returns how many were approved. */
  async approve(entryIds: readonly string[]): Promise<number> {
    let count = 0;
    try {
      for (const ids of chunk([...new Set(entryIds)], DECISION_LIMIT)) {
        const result = await runApi(() =>
          firstValueFrom(this.approveGql.mutate({ variables: { input: { entryIds: ids } } })),
        );
        count += result.data?.approvePointsEntries.length ?? 0;
      }
    } finally {
      await this.load(this.townCode, this.state().pageIndex);
    }
    return count;
  }
}
