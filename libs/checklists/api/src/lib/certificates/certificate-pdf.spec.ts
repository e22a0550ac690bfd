import { pdfText } from '../posters/pdf-text.spec-helper';
import { chineseDate, renderCertificatePdf, type CertificateDocument } from './certificate-pdf';

const sample = (over: Partial<CertificateDocument> = {}): CertificateDocument => ({
  serial: '150626100201-2026-000001',
  villageName: '呼和嘎查',
  placeName: '乌审旗 图克镇',
  itemName: '入党外调政审证明',
  holderName: '王建国',
  purpose: '发展党员政治审查',
  basis: '《中国共产党发展党员工作细则》第二十二条',
  issuedOnText: '2026年12月4日',
  verifyUrl: 'https://xz.example.cn/verify/150626100201-2026-000001',
  revoked: false,
  ...over,
});

describe('renderCertificatePdf', () => {
  it('renders one A4 page in Chinese with the serial, the fields and the verification URL', async () => {
    const pdf = await renderCertificatePdf(sample());
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.toString('latin1').match(/\/MediaBox \[0 0 595\.28 841\.89\]/g)).toHaveLength(1);
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/);
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const part of ['150626100201-2026-000001', '呼和嘎查', '入党外调政审证明', '王建国', '发展党员政治审查']) {
      expect(text).toContain(part);
    }
    expect(text).toContain('https://xz.example.cn/verify/150626100201-2026-000001');
    expect(text).toContain('2026年12月4日');
    expect(text).not.toContain('已撤销');
    expect(pdf.length).toBeLessThan(200 * 1024);
  });

  it('marks a revoked certificate', async () => {
    expect(pdfText(await renderCertificatePdf(sample({ revoked: true })))).toContain('已撤销');
  });

  it('writes dates the Chinese way', () => {
    expect(chineseDate('2026-03-05')).toBe('2026年3月5日');
  });
});
