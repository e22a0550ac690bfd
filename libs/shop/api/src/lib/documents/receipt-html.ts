import type { ReceiptDocument } from './document-types';
import { formatShanghaiTime, RECEIPT_TITLE, REVERSAL_RECEIPT_TITLE } from './document-format';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const STYLE = `
  @page { size: 80mm auto; margin: 0; }
  * { box-sizing: border-box; }
  html, body { margin: 0; padding: 0; background: #f3f4f6; }
  body { font-family: "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif;
         color: #000; font-size: 12px; line-height: 1.45; }
  .receipt { width: 80mm; margin: 12px auto; padding: 4mm; background: #fff; }
  h1 { font-size: 17px; text-align: center; margin: 0; letter-spacing: 1px; }
  .shop { text-align: center; color: #444; margin: 2px 0 6px; }
  hr { border: 0; border-top: 1px dashed #000; margin: 6px 0; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 0; }
  dt { color: #444; white-space: nowrap; }
  dd { margin: 0; text-align: right; word-break: break-all; }
  table { width: 100%; border-collapse: collapse; }
  th { font-weight: normal; color: #444; text-align: right; padding: 1px 0; }
  td { text-align: right; padding: 1px 0; vertical-align: top; }
  th:first-child, td:first-child { text-align: left; word-break: break-all; }
  .total dt, .total dd { font-size: 14px; font-weight: bold; color: #000; }
  .sign { display: flex; align-items: flex-end; margin-top: 28px; }
  .sign span { white-space: nowrap; }
  .sign i { flex: 1; border-bottom: 1px solid #000; height: 1.2em; margin-left: 4px; }
  .note { text-align: center; color: #444; font-size: 10px; margin-top: 10px; }
  @media print {
    html, body { background: #fff; width: 80mm; }
    .receipt { margin: 0; padding: 3mm; }
  }
`;

/** The receipt as a self-contained HTML page (inline CSS, 80 mm wide) for the browser's print dialog. */
export function receiptHtml(d: ReceiptDocument): string {
  const e = escapeHtml;
  const reversal = d.reversalOf !== null;
  const title = reversal ? REVERSAL_RECEIPT_TITLE : RECEIPT_TITLE;
  const pair = (label: string, value: unknown) => `<dt>${e(label)}</dt><dd>${e(value)}</dd>`;
  const lines = d.lines.length
    ? d.lines
        .map(
          (l) =>
            `<tr><td>${e(l.goodsName)}</td><td>${e(`${l.quantity}${l.unit}`)}</td>` +
            `<td>${e(l.pointsPrice)}</td><td>${e(l.points)}</td></tr>`,
        )
        .join('\n')
    : '<tr><td colspan="4">（无）</td></tr>';
  const info = [
    pair('凭证号', d.receiptNumber),
    ...(reversal ? [pair('原凭证号', d.reversalOf), pair('冲正原因', d.reason?.trim() || '—')] : []),
    pair('村', d.villageName),
    pair('积分卡号', d.cardNumber),
    pair('户主', d.headMasked),
    pair('时间', formatShanghaiTime(d.at)),
  ].join('');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`${title} ${d.receiptNumber}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main class="receipt">
<h1>${e(title)}</h1>
<div class="shop">${e(d.shopName)}</div>
<hr>
<dl>${info}</dl>
<hr>
<table>
<thead><tr><th>${reversal ? '冲正物品' : '物品'}</th><th>数量</th><th>单价</th><th>积分</th></tr></thead>
<tbody>
${lines}
</tbody>
</table>
<hr>
<dl class="total">${pair(reversal ? '退还积分' : '合计积分', d.totalPoints)}</dl>
<dl>${[
    pair(reversal ? '冲正前余额' : '兑换前余额', d.balanceBefore),
    pair(reversal ? '冲正后余额' : '兑换后余额', d.balanceAfter),
    pair('可兑换积分', d.exchangeableAfter),
    pair('经办人', d.operatorName),
  ].join('')}</dl>
<div class="sign"><span>领取人签字：</span><i></i></div>
<div class="note">${reversal ? '请当面核对冲正物品与退还积分。' : '请当面核对物品与积分。'}</div>
</main>
</body>
</html>
`;
}
