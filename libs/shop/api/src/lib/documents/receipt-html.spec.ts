import { sampleReceipt, sampleReversal } from './document-fixtures.spec-helper';
import { escapeHtml, receiptHtml } from './receipt-html';

describe('receiptHtml', () => {
  it('is a self-contained 80 mm printable page', () => {
    const html = receiptHtml(sampleReceipt());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('80mm');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<link|<script|src=/i);
    expect(html).toContain('<h1>积分兑换凭证</h1>');
    expect(html).toContain('2026-07-03 14:05');
    expect(html).toContain('领取人签字');
    expect(html).toContain('<dd>张*</dd>');
  });

  it('contains every line', () => {
    const lines = [
      { goodsName: '洗衣粉', unit: '袋', quantity: 2, pointsPrice: 15, points: 30 },
      { goodsName: '食用油', unit: '桶', quantity: 1, pointsPrice: 60, points: 60 },
      { goodsName: '毛巾', unit: '条', quantity: 3, pointsPrice: 8, points: 24 },
    ];
    const html = receiptHtml(sampleReceipt({ lines, totalPoints: 114 }));
    for (const l of lines) expect(html).toContain(`<tr><td>${l.goodsName}</td><td>${l.quantity}${l.unit}</td>`);
    expect(html.match(/<tbody>[\s\S]*<\/tbody>/)?.[0].match(/<tr>/g)).toHaveLength(3);
    expect(html).toContain('<dd>114</dd>');
  });

  it('escapes every text it prints', () => {
    const evil = '<script>alert("x")</script>';
    const html = receiptHtml(
      sampleReversal({
        shopName: evil,
        villageName: `${evil}村`,
        headMasked: `${evil}&'`,
        operatorName: evil,
        reason: evil,
        lines: [{ goodsName: evil, unit: '<b>', quantity: 1, pointsPrice: 1, points: 1 }],
      }),
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&amp;&#39;');
  });

  it('prints the reversal title, the original number and the reason', () => {
    const html = receiptHtml(sampleReversal());
    expect(html).toContain('<h1>积分兑换冲正凭证</h1>');
    expect(html).toContain('<dd>DH-2026-000123</dd>');
    expect(html).toContain('物品登记错误，村民未领取');
    expect(html).toContain('退还积分');
    expect(escapeHtml(null)).toBe('');
  });
});
