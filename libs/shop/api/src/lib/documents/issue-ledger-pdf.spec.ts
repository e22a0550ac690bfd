import { sampleLedger } from './document-fixtures.spec-helper';
import { renderIssueLedgerPdf } from './issue-ledger-pdf';

function pages(pdf: Buffer): number[][] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) =>
    m[1].trim().split(/\s+/).map(Number),
  );
}

describe('renderIssueLedgerPdf', () => {
  it('renders a one-page A4 landscape ledger for a short period', async () => {
    const pdf = await renderIssueLedgerPdf(sampleLedger(8));
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.length).toBeLessThan(150 * 1024);
    const boxes = pages(pdf);
    expect(boxes).toHaveLength(1);
    expect(boxes[0][2]).toBeGreaterThan(boxes[0][3]); // landscape
  });

  it('breaks a long ledger over several pages', async () => {
    const short = pages(await renderIssueLedgerPdf(sampleLedger(8))).length;
    const long = pages(await renderIssueLedgerPdf(sampleLedger(120)));
    expect(long.length).toBeGreaterThan(short + 3);
    expect(long.every((b) => b[2] > b[3])).toBe(true);
  });

  it('renders an empty period', async () => {
    const d = sampleLedger(0);
    const pdf = await renderIssueLedgerPdf({ ...d, totals: { ...d.totals, byGoods: [] } });
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pages(pdf)).toHaveLength(1);
  });
});
