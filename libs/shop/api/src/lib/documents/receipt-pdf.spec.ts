import { sampleReceipt, sampleReversal } from './document-fixtures.spec-helper';
import { renderReceiptPdf, RECEIPT_WIDTH } from './receipt-pdf';

function mediaBoxes(pdf: Buffer): number[][] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) =>
    m[1].trim().split(/\s+/).map(Number),
  );
}

describe('renderReceiptPdf', () => {
  it('renders a small single-page 80 mm PDF with the CJK font embedded as a subset', async () => {
    const pdf = await renderReceiptPdf(sampleReceipt());
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.length).toBeLessThan(60 * 1024);
    const boxes = mediaBoxes(pdf);
    expect(boxes).toHaveLength(1);
    expect(boxes[0][2]).toBeCloseTo(RECEIPT_WIDTH, 1);
    expect(boxes[0][3]).toBeGreaterThan(200);
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/);
  });

  it('grows the paper with the lines and stays on one page', async () => {
    const one = mediaBoxes(await renderReceiptPdf(sampleReceipt()))[0][3];
    const lines = Array.from({ length: 30 }, (_, i) => ({
      goodsName: `商品${i}号（家庭装，超长名称需要换行显示）`,
      unit: '件',
      quantity: 1,
      pointsPrice: 5,
      points: 5,
    }));
    const boxes = mediaBoxes(await renderReceiptPdf(sampleReceipt({ lines, totalPoints: 150 })));
    expect(boxes).toHaveLength(1);
    expect(boxes[0][3]).toBeGreaterThan(one + 30 * 10);
  });

  it('renders the reversal variant differently and taller (original number and reason)', async () => {
    const normal = await renderReceiptPdf(sampleReceipt({ receiptNumber: 'DH-2026-000124' }));
    const reversal = await renderReceiptPdf(sampleReversal());
    expect(reversal.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(reversal.equals(normal)).toBe(false);
    expect(mediaBoxes(reversal)[0][3]).toBeGreaterThan(mediaBoxes(normal)[0][3]);
  });

  it('copes with an empty line list and a missing reason', async () => {
    const pdf = await renderReceiptPdf(sampleReversal({ lines: [], reason: null }));
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(mediaBoxes(pdf)).toHaveLength(1);
  });
});
