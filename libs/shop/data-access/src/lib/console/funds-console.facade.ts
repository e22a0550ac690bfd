import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  FundEntryKind,
  RecordFundEntryInput,
  ShopConsoleFundEntryFragment,
  ShopConsoleRecordFundEntryGQL,
  ShopConsoleReverseFundEntryGQL,
  ShopConsoleVillageFundsFragment,
  ShopConsoleVillageFundsGQL,
} from '../generated/graphql';
import { pageOffset, requiredData, runApi } from '@xiangzhi/shared/data-access';

export type ConsoleFundEntry = ShopConsoleFundEntryFragment;
export type ConsoleVillageFunds = ShopConsoleVillageFundsFragment;
export type ConsoleFundEntryKind = FundEntryKind;
/** A funds entry without its client key (the caller passes the key of the attempt). */
export type ConsoleFundEntryInput = Omit<RecordFundEntryInput, 'clientKey'>;

/** The kinds staff record by hand (stock purchases come from the stock ledger, corrections from reversals). */
export const CONSOLE_RECORDABLE_FUND_KINDS: readonly FundEntryKind[] = [
  'ALLOCATION',
  'DONATION',
  'COLLECTIVE_INCOME',
  'OTHER_SPENDING',
];

/** A village's funds and one page of its ledger. */
export interface VillageFundsPage {
  funds: ConsoleVillageFunds;
  items: ConsoleFundEntry[];
  total: number;
}

/** A village's funds ledger (经费台账) beside its points liability: entries, record, reverse (console). */
@Injectable({ providedIn: 'root' })
export class FundsConsoleFacade {
  private readonly fundsGql = inject(ShopConsoleVillageFundsGQL);
  private readonly recordGql = inject(ShopConsoleRecordFundEntryGQL);
  private readonly reverseGql = inject(ShopConsoleReverseFundEntryGQL);

  async funds(villageCode: string, pageIndex = 1, pageSize = 20): Promise<VillageFundsPage> {
    const result = await runApi(() =>
      firstValueFrom(
        this.fundsGql.fetch({
          variables: { villageCode, first: pageSize, offset: pageOffset(pageIndex, pageSize) },
          fetchPolicy: 'network-only',
        }),
      ),
    );
    const page = requiredData(result.data?.fundEntries);
    return { funds: requiredData(result.data?.villageFunds), items: page.items, total: page.total };
  }

  /** Records an allocation, donation, income or spending (amount > 0; the kind gives the sign). */
  async record(input: ConsoleFundEntryInput, clientKey: string): Promise<ConsoleFundEntry> {
    const result = await runApi(() =>
      firstValueFrom(
        this.recordGql.mutate({
          variables: { input: { ...input, description: input.description.trim(), clientKey } },
        }),
      ),
    );
    return requiredData(result.data?.recordFundEntry);
  }

  /** Corrects an entry by a reversing entry (once). */
  async reverse(id: string, reason: string, clientKey: string): Promise<ConsoleFundEntry> {
    const result = await runApi(() =>
      firstValueFrom(this.reverseGql.mutate({ variables: { id, reason: reason.trim(), clientKey } })),
    );
    return requiredData(result.data?.reverseFundEntry);
  }
}
