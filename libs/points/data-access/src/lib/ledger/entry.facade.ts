import { computed, inject, Injectable, signal } from '@angular/core';
import { ApiError, FileApi, runApi } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { LedgerEntryDetailFragment, LedgerEntryGQL, ReversePointsEntryGQL } from '../generated/graphql';
import { cleanReason } from './ledger-rules';

export type LedgerEntryDetail = LedgerEntryDetailFragment;

/** The staff view of one entry (T2): evidence, who recorded, reviewed and approved, every step, reversals. */
@Injectable({ providedIn: 'root' })
export class LedgerEntryFacade {
  private readonly entryGql = inject(LedgerEntryGQL);
  private readonly reverseGql = inject(ReversePointsEntryGQL);
  private readonly files = inject(FileApi);
  private readonly state = signal({
    entry: null as LedgerEntryDetail | null,
    loading: false,
    error: null as ApiError | null,
  });
  private requestId = 0;

  readonly entry = computed(() => this.state().entry);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);

  async load(id: string): Promise<void> {
    const request = ++this.requestId;
    this.state.update((s) => ({ entry: s.entry?.id === id ? s.entry : null, loading: true, error: null }));
    try {
      const result = await runApi(() => firstValueFrom(this.entryGql.fetch({ variables: { id } })));
      if (request !== this.requestId) return;
      this.state.set({ entry: result.data?.pointsEntry ?? null, loading: false, error: null });
    } catch (error) {
      if (request !== this.requestId) return;
      this.state.update((s) => ({ ...s, loading: false, error: error as ApiError }));
    }
  }

  /** Writes the reversing entry of an approved entry (town), then reloads it. */
  async reverse(id: string, reason: string): Promise<void> {
    const why = cleanReason(reason);
    if (!why) throw new ApiError('ENTRY_REASON_REQUIRED', 'BAD_USER_INPUT');
    await runApi(() => firstValueFrom(this.reverseGql.mutate({ variables: { id, reason: why } })));
    await this.load(id);
  }

  /** An evidence file as a blob (shown as a thumbnail or opened). */
  evidenceBlob(fileId: string): Promise<Blob> {
    return this.files.download(fileId);
  }

  /** Opens an evidence file in a new tab. */
  async openEvidence(fileId: string, name: string): Promise<void> {
    const blob = await this.files.download(fileId);
    this.files.openBlob(blob, name);
  }
}
