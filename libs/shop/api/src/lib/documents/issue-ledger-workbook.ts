import ExcelJS from 'exceljs';
import type { IssueLedgerDocument } from './document-types';
import { entryTypeLabel, formatShanghaiTime, ISSUE_LEDGER_HEADERS, issueLedgerTitle } from './document-format';

export const ISSUE_LEDGER_SHEET = '兑换领取台账';
export const BY_GOODS_SHEET = '按物品汇总';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDF2E9' } };
const PRINT: Partial<ExcelJS.PageSetup> = {
  paperSize: 9, // A4
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '2:2',
  horizontalCentered: true,
};

function styleTable(row: ExcelJS.Row, columns: number, header: boolean) {
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c);
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', wrapText: true, ...(header ? { horizontal: 'center' } : {}) };
    if (header) cell.fill = HEADER_FILL;
  }
  if (header) row.font = { bold: true };
}

/**
 * The issue ledger (兑换领取台账) as a workbook: a title row, the header (frozen, repeated when printed), one row per
 * redemption or reversal with an empty 领取人签字 cell, a totals block, and a second sheet 按物品汇总.
 */
export async function renderIssueLedgerWorkbook(d: IssueLedgerDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Xiangzhi';
  const ws = wb.addWorksheet(ISSUE_LEDGER_SHEET, { pageSetup: PRINT });
  const columns = ISSUE_LEDGER_HEADERS.length;

  ws.addRow([issueLedgerTitle(d.shopName, d.periodLabel)]);
  ws.mergeCells(1, 1, 1, columns);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(1).alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 26;
  styleTable(ws.addRow([...ISSUE_LEDGER_HEADERS]), columns, true);

  for (const r of d.rows) {
    const row = ws.addRow([
      formatShanghaiTime(r.at),
      r.receiptNumber,
      r.villageName,
      r.cardNumber,
      r.headMasked,
      r.goods,
      r.points,
      r.operatorName,
      entryTypeLabel(r.reversal),
      '',
    ]);
    styleTable(row, columns, false);
    row.height = 24; // room to sign
    if (r.reversal) row.font = { color: { argb: 'FFB91C1C' } };
  }
  if (!d.rows.length) {
    const row = ws.addRow(['（本期无兑换记录）']);
    ws.mergeCells(row.number, 1, row.number, columns);
  }

  ws.addRow([]);
  const totals: Array<[string, number]> = [
    ['兑换笔数', d.totals.redemptions],
    ['冲正笔数', d.totals.reversals],
    ['涉及户数', d.totals.households],
    ['积分合计', d.totals.points],
  ];
  ws.addRow(['合计']).font = { bold: true };
  for (const [label, value] of totals) {
    const row = ws.addRow([label, '', '', '', '', '', value]);
    ws.mergeCells(row.number, 1, row.number, 6);
    row.getCell(1).alignment = { horizontal: 'right' };
  }
  ws.columns.forEach((c, i) => (c.width = [17, 17, 12, 18, 8, 36, 8, 10, 6, 14][i]));
  ws.getColumn(7).numFmt = '0;-0';
  ws.views = [{ state: 'frozen', ySplit: 2 }];

  const goods = wb.addWorksheet(BY_GOODS_SHEET, { pageSetup: { ...PRINT, orientation: 'portrait' } });
  goods.addRow([`${d.shopName}按物品汇总（${d.periodLabel}）`]);
  goods.mergeCells(1, 1, 1, 4);
  goods.getRow(1).font = { bold: true, size: 14 };
  goods.getRow(1).alignment = { horizontal: 'center' };
  styleTable(goods.addRow(['物品', '单位', '数量', '积分']), 4, true);
  for (const g of d.totals.byGoods) styleTable(goods.addRow([g.goodsName, g.unit, g.quantity, g.points]), 4, false);
  // quantities of different units are not added up
  const sum = goods.addRow(['合计', '', '', d.totals.byGoods.reduce((a, g) => a + g.points, 0)]);
  styleTable(sum, 4, false);
  sum.font = { bold: true };
  goods.columns.forEach((c, i) => (c.width = [24, 8, 10, 10][i]));
  goods.views = [{ state: 'frozen', ySplit: 2 }];

  return Buffer.from(await wb.xlsx.writeBuffer());
}
