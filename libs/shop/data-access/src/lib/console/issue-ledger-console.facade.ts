import { inject, Injectable } from '@angular/core';
import { FileApi, pageOffset, requiredData, runApi } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import {
  ShopConsoleIssueLedgerGQL,
  ShopConsoleIssueLedgerQuery,
  ShopConsoleRedemptionFragment,
  ShopConsoleReverseRedemptionGQL,
} from '../generated/graphql';

export type ConsoleRedemption = ShopConsoleRedemptionFragment;
export type ConsoleIssueLedgerTotals = ShopConsoleIssueLedgerQuery['issueLedgerTotals'];

/** A shop's issue ledger over a period (ISO dates, both included). */
export interface IssueLedgerQuery {
  shopId: string;
  from: string;
  to: string;
  pageIndex: number;
  pageSize: number;
}

/** One page of the issue ledger and the period's totals. */
export interface IssueLedgerPage {
  items: ConsoleRedemption[];
  total: number;
  totals: ConsoleIssueLedgerTotals;
}

function periodParams(from: string, to: string): string {
  return new URLSearchParams({ from, to }).toString();
}

/** `GET /api/shop/shops/<id>/issue-ledger.xlsx?from=&to=`. */
export function issueLedgerXlsxPath(shopId: string, from: string, to: string): string {
  return `/api/shop/shops/${encodeURIComponent(shopId)}/issue-ledger.xlsx?${periodParams(from, to)}`;
}

/** `GET /api/shop/shops/<id>/issue-ledger.pdf?from=&to=` (printable). */
export function issueLedgerPdfPath(shopId: string, from: string, to: string): string {
  return `/api/shop/shops/${encodeURIComponent(shopId)}/issue-ledger.pdf?${periodParams(from, to)}`;
}

/** `GET /api/shop/redemptions/<id>/receipt.pdf`. */
export function redemptionReceiptPath(redemptionId: string): string {
  return `/api/shop/redemptions/${encodeURIComponent(redemptionId)}/receipt.pdf`;
}

/** The file name offered for an issue ledger export. */
export function issueLedgerFileName(shopName: string, from: string, to: string, ext: 'xlsx' | 'pdf'): string {
  return `兑换台账-${shopName}-${from}-${to}.${ext}`;
}

/** The issue ledger (兑换领取台账) of a shop: lines, totals, reversal, Excel and PDF (console). */
@Injectable({ providedIn: 'root' })
export class IssueLedgerConsoleFacade {
  private readonly ledgerGql = inject(ShopConsoleIssueLedgerGQL);
  private readonly reverseGql = inject(ShopConsoleReverseRedemptionGQL);
  private readonly files = inject(FileApi);

  async ledger(query: IssueLedgerQuery): Promise<IssueLedgerPage> {
    const result = await runApi(() =>
      firstValueFrom(
        this.ledgerGql.fetch({
          variables: {
            shopId: query.shopId,
            from: query.from,
            to: query.to,
            first: query.pageSize,
            offset: pageOffset(query.pageIndex, query.pageSize),
          },
          fetchPolicy: 'network-only',
        }),
      ),
    );
    const page = requiredData(result.data?.issueLedger);
    return { items: page.items, total: page.total, totals: requiredData(result.data?.issueLedgerTotals) };
  }

  /** Reverses a mistaken redemption (points and stock given back); `clientKey` identifies the attempt. */
  async reverse(id: string, reason: string, clientKey: string): Promise<ConsoleRedemption> {
    const result = await runApi(() =>
      firstValueFrom(this.reverseGql.mutate({ variables: { id, reason: reason.trim(), clientKey } })),
    );
    return requiredData(result.data?.reverseRedemption);
  }

  /** Downloads the period's ledger as Excel (with the bearer token, like the ranking export). */
  async exportXlsx(shopId: string, shopName: string, from: string, to: string): Promise<void> {
    const blob = await this.files.getBlob(issueLedgerXlsxPath(shopId, from, to));
    this.files.saveBlob(blob, issueLedgerFileName(shopName, from, to, 'xlsx'));
  }

  /** Opens the period's ledger as a PDF to print. */
  async openPdf(shopId: string, shopName: string, from: string, to: string): Promise<void> {
    const blob = await this.files.getBlob(issueLedgerPdfPath(shopId, from, to));
    this.files.openBlob(blob, issueLedgerFileName(shopName, from, to, 'pdf'));
  }

  /** Opens the receipt of one redemption. */
  async openReceipt(redemption: Pick<ConsoleRedemption, 'id' | 'receiptNumber'>): Promise<void> {
    const blob = await this.files.getBlob(redemptionReceiptPath(redemption.id));
    this.files.openBlob(blob, `兑换凭证-${redemption.receiptNumber}.pdf`);
  }
}
