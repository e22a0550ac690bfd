import ExcelJS from 'exceljs';
import { sampleLedger } from './document-fixtures.spec-helper';
import { BY_GOODS_SHEET, ISSUE_LEDGER_SHEET, renderIssueLedgerWorkbook } from './issue-ledger-workbook';

async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

function values(row: ExcelJS.Row): unknown[] {
  return (row.values as unknown[]).slice(1);
}

describe('renderIssueLedgerWorkbook', () => {
  const doc = sampleLedger(12);

  it('has the title, the frozen header and one row per redemption or reversal', async () => {
    const wb = await read(await renderIssueLedgerWorkbook(doc));
    const ws = wb.getWorksheet(ISSUE_LEDGER_SHEET);
    expect(ws).toBeDefined();
    if (!ws) return;
    expect(ws.getCell('A1').value).toBe('青山镇积分超市兑换领取台账（2026年7月）');
    expect(values(ws.getRow(2))).toEqual([
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
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    doc.rows.forEach((r, i) => {
      const row = ws.getRow(3 + i);
      expect(row.getCell(2).value).toBe(r.receiptNumber);
      expect(row.getCell(3).value).toBe(r.villageName);
      expect(row.getCell(4).value).toBe(r.cardNumber);
      expect(row.getCell(5).value).toBe(r.headMasked);
      expect(row.getCell(6).value).toBe(r.goods);
      expect(row.getCell(7).value).toBe(r.points);
      expect(row.getCell(8).value).toBe(r.operatorName);
      expect(row.getCell(9).value).toBe(r.reversal ? '冲正' : '兑换');
    });
    // Asia/Shanghai: 2026-07-01T01:00Z is 09:00 local
    expect(ws.getRow(3).getCell(1).value).toBe('2026-07-01 09:00');
    expect(ws.getColumn(6).width).toBeGreaterThan(ws.getColumn(5).width ?? 0);
  });

  it('ends the ledger with a totals block', async () => {
    const wb = await read(await renderIssueLedgerWorkbook(doc));
    const ws = wb.getWorksheet(ISSUE_LEDGER_SHEET);
    if (!ws) throw new Error('sheet missing');
    const totals = new Map<string, unknown>();
    ws.eachRow((row, n) => {
      if (n > 2 + doc.rows.length) totals.set(String(row.getCell(1).value), row.getCell(7).value);
    });
    expect(totals.has('合计')).toBe(true);
    expect(totals.get('兑换笔数')).toBe(doc.totals.redemptions);
    expect(totals.get('冲正笔数')).toBe(doc.totals.reversals);
    expect(totals.get('涉及户数')).toBe(doc.totals.households);
    expect(totals.get('积分合计')).toBe(doc.totals.points);
    expect(doc.totals.reversals).toBeGreaterThan(0);
  });

  it('summarises by goods on a second sheet', async () => {
    const wb = await read(await renderIssueLedgerWorkbook(doc));
    expect(wb.worksheets.map((w) => w.name)).toEqual([ISSUE_LEDGER_SHEET, BY_GOODS_SHEET]);
    const ws = wb.getWorksheet('按物品汇总');
    if (!ws) throw new Error('sheet missing');
    expect(values(ws.getRow(2))).toEqual(['物品', '单位', '数量', '积分']);
    doc.totals.byGoods.forEach((g, i) =>
      expect(values(ws.getRow(3 + i))).toEqual([g.goodsName, g.unit, g.quantity, g.points]),
    );
    const last = ws.getRow(3 + doc.totals.byGoods.length);
    expect(last.getCell(1).value).toBe('合计');
    expect(last.getCell(4).value).toBe(doc.totals.byGoods.reduce((s, g) => s + g.points, 0));
  });

  it('renders an empty period', async () => {
    const empty = sampleLedger(0);
    const wb = await read(await renderIssueLedgerWorkbook({ ...empty, totals: { ...empty.totals, byGoods: [] } }));
    expect(wb.getWorksheet(ISSUE_LEDGER_SHEET)?.getCell('A3').value).toBe('（本期无兑换记录）');
  });
});
