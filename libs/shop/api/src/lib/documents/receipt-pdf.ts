import PDFDocument from 'pdfkit';
import { cjkFont, pdfBuffer } from '@xiangzhi/server/core';
import type { ReceiptDocument } from './document-types';
import { formatShanghaiTime, RECEIPT_TITLE, REVERSAL_RECEIPT_TITLE } from './document-format';

/** 80 mm thermal paper. */
export const RECEIPT_WIDTH = (80 / 25.4) * 72;
const MARGIN = 12;
const CONTENT = RECEIPT_WIDTH - 2 * MARGIN;
const LABEL = 62;
/** goods, quantity, unit price, points */
const COLUMNS = [88, 38, 38, CONTENT - 88 - 38 - 38];
const INK = '#000000';
const MUTED = '#444444';

/**
 * Lays the receipt out top to bottom and returns where it ends. Run once on a scratch document to measure the
 * height, then on the real page, so that the paper is exactly as long as its content.
 */
function layout(pdf: PDFKit.PDFDocument, d: ReceiptDocument): number {
  const reversal = d.reversalOf !== null;
  let y = MARGIN;
  const centered = (text: string, size: number, gap: number) => {
    pdf.fontSize(size);
    pdf.text(text, MARGIN, y, { width: CONTENT, align: 'center' });
    y += pdf.heightOfString(text, { width: CONTENT }) + gap;
  };
  const rule = (gap = 5) => {
    pdf
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + CONTENT, y)
      .lineWidth(0.6)
      .dash(2, { space: 2 })
      .strokeColor(INK)
      .stroke()
      .undash();
    y += gap;
  };
  const pair = (label: string, value: string, size = 8.5, gap = 2) => {
    pdf.fontSize(size).fillColor(MUTED);
    pdf.text(label, MARGIN, y, { width: LABEL });
    pdf.fillColor(INK);
    pdf.text(value, MARGIN + LABEL, y, { width: CONTENT - LABEL, align: 'right' });
    const h = Math.max(
      pdf.heightOfString(label, { width: LABEL }),
      pdf.heightOfString(value, { width: CONTENT - LABEL }),
    );
    y += h + gap;
  };
  const cells = (values: string[], color: string) => {
    pdf.fontSize(8.5).fillColor(color);
    let x = MARGIN;
    let h = 0;
    values.forEach((v, i) => {
      const opts = { width: COLUMNS[i], align: i === 0 ? 'left' : 'right' } as const;
      pdf.text(v, x, y, opts);
      h = Math.max(h, pdf.heightOfString(v, opts));
      x += COLUMNS[i];
    });
    y += h + 2;
  };

  pdf.font('cjk').fillColor(INK);
  centered(reversal ? REVERSAL_RECEIPT_TITLE : RECEIPT_TITLE, 13, 2);
  pdf.fillColor(MUTED);
  centered(d.shopName, 9, 6);
  rule();
  pair('凭证号', d.receiptNumber);
  if (reversal) {
    pair('原凭证号', d.reversalOf ?? '');
    pair('冲正原因', d.reason?.trim() || '—');
  }
  pair('村', d.villageName);
  pair('积分卡号', d.cardNumber);
  pair('户主', d.headMasked);
  pair('时间', formatShanghaiTime(d.at));
  y += 2;
  rule();
  cells([reversal ? '冲正物品' : '物品', '数量', '单价', '积分'], MUTED);
  for (const l of d.lines) cells([l.goodsName, `${l.quantity}${l.unit}`, String(l.pointsPrice), String(l.points)], INK);
  if (!d.lines.length) cells(['（无）', '', '', ''], INK);
  y += 2;
  rule();
  pair(reversal ? '退还积分' : '合计积分', String(d.totalPoints), 10.5, 4);
  pair(reversal ? '冲正前余额' : '兑换前余额', String(d.balanceBefore));
  pair(reversal ? '冲正后余额' : '兑换后余额', String(d.balanceAfter));
  pair('可兑换积分', String(d.exchangeableAfter));
  pair('经办人', d.operatorName);
  y += 20;
  pdf.fontSize(9).fillColor(INK);
  pdf.text('领取人签字：', MARGIN, y, { width: LABEL });
  const baseline = y + pdf.currentLineHeight();
  pdf
    .moveTo(MARGIN + LABEL, baseline)
    .lineTo(MARGIN + CONTENT, baseline)
    .lineWidth(0.6)
    .strokeColor(INK)
    .stroke();
  y = baseline + 10;
  pdf.fontSize(7).fillColor(MUTED);
  const note = reversal ? '请当面核对冲正物品与退还积分。' : '请当面核对物品与积分。';
  centered(note, 7, 0);
  return y;
}

/** The redemption receipt (积分兑换凭证, or 积分兑换冲正凭证) on 80 mm thermal paper, as long as its lines need. */
export async function renderReceiptPdf(d: ReceiptDocument): Promise<Buffer> {
  const scratch = new PDFDocument({ size: [RECEIPT_WIDTH, 14400], margin: 0 });
  scratch.registerFont('cjk', cjkFont());
  const height = Math.ceil(layout(scratch, d) + MARGIN);

  const title = `${d.reversalOf !== null ? REVERSAL_RECEIPT_TITLE : RECEIPT_TITLE} ${d.receiptNumber}`;
  const pdf = new PDFDocument({
    size: [RECEIPT_WIDTH, height],
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: 0 },
    info: { Title: title, Creator: 'Xiangzhi' },
  });
  const done = pdfBuffer(pdf);
  pdf.registerFont('cjk', cjkFont());
  layout(pdf, d);
  pdf.end();
  return done;
}
