import PDFDocument from 'pdfkit';
import { cjkFont, pdfBuffer } from '@xiangzhi/server/core';
import type { IssueLedgerDocument } from './document-types';
import { entryTypeLabel, formatShanghaiTime, ISSUE_LEDGER_HEADERS, issueLedgerTitle } from './document-format';

const A4_LANDSCAPE = { width: 841.89, height: 595.28 };
const MARGIN = 36;
const FOOTER = 22;
const WIDTH = A4_LANDSCAPE.width - 2 * MARGIN;
/** 日期, 凭证号, 村, 积分卡号, 户主, 兑换物品, 积分, 经办人, 类型, 领取人签字 */
const FIXED = [84, 92, 66, 90, 44, 0, 44, 52, 34, 80];
const COLUMNS = FIXED.map((w) => w || WIDTH - FIXED.reduce((a, b) => a + b, 0));
const RIGHT = new Set([6]);
const GOODS_RIGHT = new Set([2, 3]);
const ACCENT = '#9a3412';
const INK = '#111111';
const MUTED = '#555555';
const GRID = '#bbbbbb';
const FONT_SIZE = 9;
const PAD = 3;
/** Signature cells need room for a hand-written name. */
const MIN_ROW = 22;

/**
 * The issue ledger (兑换领取台账) as a printable A4 landscape document: one row per redemption or reversal with an
 * empty 领取人签字 cell, the header row repeated on every page, the totals and the per-goods summary at the end,
 * and 第 n 页 / 共 m 页 in the footer.
 */
export async function renderIssueLedgerPdf(d: IssueLedgerDocument): Promise<Buffer> {
  const title = issueLedgerTitle(d.shopName, d.periodLabel);
  const pdf = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: title, Creator: 'Xiangzhi' },
  });
  const done = pdfBuffer(pdf);
  pdf.registerFont('cjk', cjkFont());
  pdf.font('cjk');
  const bottom = A4_LANDSCAPE.height - MARGIN - FOOTER;

  pdf.fontSize(16).fillColor(ACCENT).text(title, MARGIN, MARGIN, { width: WIDTH, align: 'center' });
  pdf.moveDown(0.3).fontSize(9).fillColor(MUTED);
  pdf.text(`积分超市：${d.shopName}    期间：${d.periodLabel}    共 ${d.rows.length} 条记录`, MARGIN, pdf.y, {
    width: WIDTH,
    align: 'center',
  });
  let y = pdf.y + 8;

  const rowHeight = (cells: string[], widths: number[]) =>
    Math.max(
      MIN_ROW,
      ...cells.map((c, i) => pdf.fontSize(FONT_SIZE).heightOfString(c, { width: widths[i] - 2 * PAD }) + 2 * PAD),
    );
  const drawCells = (
    cells: string[],
    widths: number[],
    h: number,
    opts: { header?: boolean; color?: string; right?: Set<number> },
  ) => {
    const total = widths.reduce((a, b) => a + b, 0);
    if (opts.header) pdf.rect(MARGIN, y, total, h).fillColor('#fdf2e9').fill();
    pdf.fontSize(FONT_SIZE).fillColor(opts.header ? ACCENT : (opts.color ?? INK));
    let x = MARGIN;
    cells.forEach((c, i) => {
      const align = !opts.header && opts.right?.has(i) ? 'right' : 'left';
      const textHeight = pdf.heightOfString(c, { width: widths[i] - 2 * PAD });
      pdf.text(c, x + PAD, y + (h - textHeight) / 2, { width: widths[i] - 2 * PAD, align });
      x += widths[i];
    });
    pdf.lineWidth(0.5).strokeColor(GRID);
    pdf.rect(MARGIN, y, total, h).stroke();
    x = MARGIN;
    for (const w of widths.slice(0, -1)) {
      x += w;
      pdf
        .moveTo(x, y)
        .lineTo(x, y + h)
        .stroke();
    }
    y += h;
  };
  const header = () => {
    const cells = [...ISSUE_LEDGER_HEADERS];
    drawCells(cells, COLUMNS, rowHeight(cells, COLUMNS), { header: true });
  };
  const newPage = () => {
    pdf.addPage();
    y = MARGIN;
  };

  header();
  const rows = d.rows.map((r) => ({
    cells: [
      formatShanghaiTime(r.at),
      r.receiptNumber,
      r.villageName,
      r.cardNumber,
      r.headMasked,
      r.goods,
      String(r.points),
      r.operatorName,
      entryTypeLabel(r.reversal),
      '',
    ],
    reversal: r.reversal,
  }));
  for (const r of rows) {
    const h = rowHeight(r.cells, COLUMNS);
    if (y + h > bottom) {
      newPage();
      header();
    }
    drawCells(r.cells, COLUMNS, h, { color: r.reversal ? '#b91c1c' : INK, right: RIGHT });
  }
  if (!rows.length) drawCells(['（本期无兑换记录）'], [WIDTH], MIN_ROW, { color: MUTED });

  // totals and the per-goods summary, kept together where they fit
  const summary: string[][] = d.totals.byGoods.map((g) => [g.goodsName, g.unit, String(g.quantity), String(g.points)]);
  const goodsWidths = [200, 60, 80, 80];
  const totalsLine =
    `兑换 ${d.totals.redemptions} 笔    冲正 ${d.totals.reversals} 笔    ` +
    `涉及 ${d.totals.households} 户    积分合计 ${d.totals.points}`;
  const heading = (text: string) => {
    const h = pdf.fontSize(12).heightOfString(text, { width: WIDTH }) + 4;
    if (y + h + MIN_ROW > bottom) newPage();
    pdf.fontSize(12).fillColor(ACCENT).text(text, MARGIN, y, { width: WIDTH });
    y += h;
  };
  y += 14;
  heading('合计');
  pdf.fontSize(10).fillColor(INK).text(totalsLine, MARGIN, y, { width: WIDTH });
  y += pdf.heightOfString(totalsLine, { width: WIDTH }) + 12;
  heading('按物品汇总');
  const goodsHeader = ['物品', '单位', '数量', '积分'];
  drawCells(goodsHeader, goodsWidths, rowHeight(goodsHeader, goodsWidths), { header: true });
  if (!summary.length) summary.push(['（无）', '', '', '']);
  for (const s of summary) {
    const h = rowHeight(s, goodsWidths);
    if (y + h > bottom) {
      newPage();
      drawCells(goodsHeader, goodsWidths, rowHeight(goodsHeader, goodsWidths), { header: true });
    }
    drawCells(s, goodsWidths, h, { right: GOODS_RIGHT });
  }
  y += 28;
  if (y + 20 > bottom) newPage();
  pdf.fontSize(10).fillColor(INK);
  pdf.text('制表人：______________', MARGIN, y, { width: 240, lineBreak: false });
  pdf.text('审核人：______________', MARGIN + 300, y, { width: 240, lineBreak: false });

  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    const margin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing into the footer must not start a new page
    pdf
      .fontSize(8)
      .fillColor(MUTED)
      .text(`第 ${i + 1} 页 / 共 ${range.count} 页`, MARGIN, A4_LANDSCAPE.height - MARGIN - 10, {
        width: WIDTH,
        align: 'center',
        lineBreak: false,
      });
    pdf.page.margins.bottom = margin;
  }
  pdf.end();
  return done;
}
