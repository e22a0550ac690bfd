/** One goods line of a redemption receipt (兑换凭证). */
export interface ReceiptLine {
  goodsName: string;
  unit: string;
  quantity: number;
  pointsPrice: number;
  points: number;
}

/** A redemption (or its reversal, 冲正) as printed for the household. */
export interface ReceiptDocument {
  receiptNumber: string; // e.g. 'DH-2026-000123'
  shopName: string;
  villageName: string; // the household's village
  cardNumber: string; // household points card number
  headMasked: string; // masked head of household, e.g. '张*'
  operatorName: string;
  at: string; // ISO datetime
  lines: ReceiptLine[];
  totalPoints: number;
  balanceBefore: number;
  balanceAfter: number;
  exchangeableAfter: number;
  reversalOf: string | null; // receipt number of the redemption this one reverses (冲正), else null
  reason: string | null; // reason of a reversal
}

/** One row of the issue ledger (兑换领取台账). */
export interface IssueLedgerRow {
  at: string;
  receiptNumber: string;
  villageName: string;
  cardNumber: string;
  headMasked: string;
  goods: string; // e.g. '洗衣粉×2、食用油×1'
  points: number; // negative for a reversal
  operatorName: string;
  reversal: boolean;
}

/** A shop's issue ledger for one period, with its totals. */
export interface IssueLedgerDocument {
  shopName: string;
  periodLabel: string; // e.g. '2026年7月'
  rows: IssueLedgerRow[];
  totals: {
    redemptions: number;
    reversals: number;
    households: number;
    points: number;
    byGoods: Array<{ goodsName: string; unit: string; quantity: number; points: number }>;
  };
}
