const SHANGHAI = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO datetime as printed on shop documents: 2026-07-03 14:05 (Asia/Shanghai). Unparseable input is kept. */
export function formatShanghaiTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = Object.fromEntries(SHANGHAI.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p['year']}-${p['month']}-${p['day']} ${p['hour']}:${p['minute']}`;
}

/** The ledger's title: 某某积分超市兑换领取台账（2026年7月）. */
export function issueLedgerTitle(shopName: string, periodLabel: string): string {
  return `${shopName}兑换领取台账（${periodLabel}）`;
}

export const RECEIPT_TITLE = '积分兑换凭证';
export const REVERSAL_RECEIPT_TITLE = '积分兑换冲正凭证';

/** Ledger column headers, shared by the workbook and the printable PDF. */
export const ISSUE_LEDGER_HEADERS = [
  '日期',
  '凭证号',
  '村',
  '积分卡号',
  '户主',
  '兑换物品',
  '积分',
  '经办人',
  '类型',
  '领取人签字',
] as const;

export function entryTypeLabel(reversal: boolean): string {
  return reversal ? '冲正' : '兑换';
}
