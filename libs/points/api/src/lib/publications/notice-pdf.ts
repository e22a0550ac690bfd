import PDFDocument from 'pdfkit';
import { cjkFont, pdfBuffer } from '@xiangzhi/server/core';
import type { PublicationContent } from './publication-content';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 40;
const KIND_LABEL: Record<string, string> = { POSITIVE: '加分', BONUS: '加分项', NEGATIVE: '扣分', VETO: '否决项' };

function periodLabel(c: PublicationContent): string {
  const { year, fromMonth, toMonth } = c.period;
  if (toMonth - fromMonth === 2 && fromMonth % 3 === 1) return `${year}年第${(fromMonth + 2) / 3}季度`;
  return fromMonth === toMonth ? `${year}年${fromMonth}月` : `${year}年${fromMonth}—${toMonth}月`;
}

function signed(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}

/**
 * The printable A4 notice (积分公示) for the village board: the period's entries (masked names, neutral wording),
 * the ranking, the objection window, and the publication's hash so that anyone can check it against the portal.
 */
export async function renderNoticePdf(c: PublicationContent, hash: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: `${c.villageName}积分公示 ${periodLabel(c)}`, Creator: 'Xiangzhi' },
  });
  const done = pdfBuffer(doc);
  doc.registerFont('cjk', cjkFont());
  const width = A4.width - 2 * MARGIN;
  doc.font('cjk').fontSize(20).fillColor('#9a3412').text(`${c.villageName}积分公示`, { align: 'center', width });
  doc
    .moveDown(0.2)
    .fontSize(12)
    .fillColor('#333333')
    .text(`${periodLabel(c)} · 第 ${c.seq} 期`, { align: 'center' });
  doc.moveDown(0.6).fontSize(10).fillColor('#111111');
  doc.text(
    `公示日期：${c.publishedOn}。村民对公示积分有异议的，请于 ${c.objectionUntil} 前向村积分审核工作组反映，` +
      `或在乡治公众页面凭积分信息卡提出。`,
    { width },
  );

  const table = (title: string, headers: string[], widths: number[], rows: string[][]) => {
    doc.moveDown(0.8).fontSize(13).fillColor('#9a3412').text(title, MARGIN, doc.y, { width });
    doc.moveDown(0.3);
    const drawRow = (cells: string[], bold: boolean) => {
      if (doc.y > A4.height - MARGIN - 24) doc.addPage();
      const y = doc.y;
      let x = MARGIN;
      doc.fontSize(9).fillColor(bold ? '#9a3412' : '#111111');
      let h = 14;
      cells.forEach((cell, i) => {
        h = Math.max(h, doc.heightOfString(cell, { width: widths[i] - 6 }) + 4);
      });
      cells.forEach((cell, i) => {
        doc.text(cell, x + 3, y + 2, { width: widths[i] - 6 });
        x += widths[i];
      });
      doc
        .moveTo(MARGIN, y + h)
        .lineTo(MARGIN + width, y + h)
        .lineWidth(0.4)
        .strokeColor('#cccccc')
        .stroke();
      doc.x = MARGIN;
      doc.y = y + h + 1;
    };
    drawRow(headers, true);
    if (!rows.length) drawRow(['（无）', ...headers.slice(1).map(() => '')], false);
    for (const r of rows) drawRow(r, false);
  };

  table(
    '本期积分明细',
    ['序号', '户主', '成员', '事项', '类别', '分值', '日期'],
    [34, 62, 52, 189, 50, 40, 88],
    c.lines.map((l) => [
      String(l.lineNo),
      l.household,
      l.member ?? '',
      l.reversalOf ? `${l.wording}（更正）` : l.wording,
      KIND_LABEL[l.kind] ?? l.kind,
      signed(l.points),
      l.occurredOn,
    ]),
  );
  table(
    `积分排名（${c.period.year}年1—${c.period.toMonth}月累计）`,
    ['名次', '户主', '积分'],
    [60, 200, 255],
    c.ranking.map((r) => [String(r.rank), r.household, String(r.value)]),
  );
  doc.moveDown(1).fontSize(8).fillColor('#666666');
  doc.text(`校验码（SHA-256）：${hash}`, MARGIN, doc.y, { width });
  doc.text('本公示内容与上一期公示的校验码相连，任何改动都可在乡治公众页面查出。', { width });
  doc.end();
  return done;
}
