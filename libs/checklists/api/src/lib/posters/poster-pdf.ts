import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { cjkFont, pdfBuffer } from '@xiangzhi/server/core';
import { FLOW_KIND_STYLE, flowDrawing } from './poster-flow';
import { itemRows, posterIntro, posterSubtitle, posterTitle } from './poster-format';
import { POSTER_PAGE, type PosterDocument, type PosterSize } from './poster-types';

const ACCENT = '#b71c1c';
const INK = '#111111';
const MUTED = '#555555';
const GRID = '#c9c9c9';
const LABEL_BG = '#fbeeee';
const HEADING_BG = '#f9e0e0';

/**
 * A list on the wall (上墙) as a printable portrait poster, A4 or A3 (larger type on A3): the title (town, village,
 * list), the version and the date it came into force, why it changed and on what basis, then every item as a
 * labelled table (name, basis, conditions, materials, time limit, responsible body, oversight, fee, disclosure;
 * certificates with purpose and wording; forbidden matters with what and why) and its flow chart drawn with pdfkit
 * from `layoutFlow`. Items run over as many pages as needed (a table breaks between rows, a chart moves whole to the
 * next page and shrinks to fit a page); every page has the title and 第 n 页 / 共 m 页 in its footer. Noto Sans SC,
 * embedded as a subset of the glyphs used.
 */
export async function renderPosterPdf(d: PosterDocument, size: PosterSize): Promise<Buffer> {
  const page = POSTER_PAGE[size];
  const k = size === 'A3' ? 1.35 : 1;
  const margin = 36 * k;
  const footer = 18 * k;
  const width = page.width - 2 * margin;
  const bottom = page.height - margin - footer;
  const title = posterTitle(d);
  const pdf = new PDFDocument({
    size,
    layout: 'portrait',
    margins: { top: margin, bottom: margin + footer, left: margin, right: margin },
    bufferPages: true,
    info: { Title: title, Subject: posterSubtitle(d), Creator: 'Xiangzhi' },
  });
  const done = pdfBuffer(pdf);
  pdf.registerFont('cjk', cjkFont());
  pdf.font('cjk');
  let y = margin;
  const newPage = () => {
    pdf.addPage();
    y = margin;
  };
  const ensure = (h: number) => {
    if (y + h > bottom && y > margin) newPage();
  };

  // the title block, with the QR code of the list's portal page on the right (the title stays centred beside it)
  pdf
    .rect(margin, y, width, 4 * k)
    .fillColor(ACCENT)
    .fill();
  y += 12 * k;
  const qrSize = 58 * k;
  const reserve = d.portalUrl ? qrSize + 10 * k : 0;
  const blockTop = y;
  if (d.portalUrl) {
    const qr = await QRCode.toBuffer(d.portalUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 4 });
    pdf.image(qr, margin + width - qrSize, y, { width: qrSize, height: qrSize });
    pdf.fontSize(7 * k).fillColor(MUTED);
    pdf.text('扫码查看', margin + width - qrSize, y + qrSize + 1 * k, {
      width: qrSize,
      align: 'center',
      lineBreak: false,
    });
  }
  const titleW = width - 2 * reserve;
  pdf.fontSize(20 * k).fillColor(ACCENT);
  pdf.text(title, margin + reserve, y, { width: titleW, align: 'center' });
  y = pdf.y + 4 * k;
  pdf.fontSize(10.5 * k).fillColor(MUTED);
  pdf.text(posterSubtitle(d), margin + reserve, y, { width: titleW, align: 'center' });
  y = Math.max(pdf.y + 6 * k, d.portalUrl ? blockTop + qrSize + 12 * k : 0);
  const notes = [
    d.changeReason ? `调整理由：${d.changeReason}` : '',
    d.legalBasis ? `政策依据：${d.legalBasis}` : '',
  ].filter((s) => s !== '');
  pdf.fontSize(9 * k).fillColor(MUTED);
  for (const n of notes) {
    pdf.text(n, margin, y, { width, align: 'center' });
    y = pdf.y + 2 * k;
  }
  pdf.fontSize(9 * k).fillColor(INK);
  const intro = posterIntro(d);
  pdf.text(intro, margin, y + 2 * k, { width, align: 'center' });
  y = pdf.y + 6 * k;
  pdf
    .rect(margin, y, width, 1.2 * k)
    .fillColor(ACCENT)
    .fill();
  y += 12 * k;

  const bodyFont = 9 * k;
  const cellPad = 4 * k;
  const labelW = 70 * k;
  const valueW = width - labelW;
  const rowHeight = (label: string, value: string) =>
    Math.max(
      pdf.fontSize(bodyFont).heightOfString(label, { width: labelW - 2 * cellPad }),
      pdf.fontSize(bodyFont).heightOfString(value, { width: valueW - 2 * cellPad }),
    ) +
    2 * cellPad;
  const fullPage = bottom - margin;

  d.items.forEach((item, index) => {
    const heading = `${index + 1}. ${item.name}`;
    const headingFont = 12 * k;
    const codeW = pdf.fontSize(9 * k).widthOfString(item.code) + 12 * k;
    const headingH = pdf.fontSize(headingFont).heightOfString(heading, { width: width - codeW - 12 * k }) + 10 * k;
    const rows = itemRows(item);
    ensure(headingH + (rows[0] ? rowHeight(rows[0].label, rows[0].value) : 0));
    pdf.rect(margin, y, width, headingH).fillColor(HEADING_BG).fill();
    pdf
      .rect(margin, y, 3 * k, headingH)
      .fillColor(ACCENT)
      .fill();
    pdf.fontSize(headingFont).fillColor(ACCENT);
    pdf.text(heading, margin + 10 * k, y + 5 * k, { width: width - codeW - 12 * k });
    pdf.fontSize(9 * k).fillColor(MUTED);
    pdf.text(item.code, margin + width - codeW, y + 5 * k + (headingFont - 9 * k) / 2, {
      width: codeW - 6 * k,
      align: 'right',
      lineBreak: false,
    });
    y += headingH;

    for (const r of rows) {
      // a cell taller than a page is cut with an ellipsis rather than run off the paper
      const h = Math.min(rowHeight(r.label, r.value), fullPage);
      ensure(h);
      pdf.rect(margin, y, labelW, h).fillColor(LABEL_BG).fill();
      pdf.lineWidth(0.5).strokeColor(GRID);
      pdf.rect(margin, y, width, h).stroke();
      pdf
        .moveTo(margin + labelW, y)
        .lineTo(margin + labelW, y + h)
        .stroke();
      pdf.fontSize(bodyFont).fillColor(ACCENT);
      pdf.text(r.label, margin + cellPad, y + cellPad, { width: labelW - 2 * cellPad });
      pdf.fillColor(INK);
      pdf.text(r.value, margin + labelW + cellPad, y + cellPad, {
        width: valueW - 2 * cellPad,
        height: h - 2 * cellPad,
        ellipsis: true,
      });
      y += h;
    }

    if (item.flow && item.flow.steps.length > 0) {
      y += 8 * k;
      const subFont = 10 * k;
      const legendFont = 7.5 * k;
      const subH = pdf.fontSize(subFont).currentLineHeight() + 6 * k;
      let chart = flowDrawing(pdf, item.flow, { k, maxWidth: width, maxHeight: fullPage - subH - 8 * k });
      if (y + subH + chart.height + 8 * k > bottom) {
        // rather than leave the rest of the page empty, a chart shrunk by at most a fifth stays on it
        const here = flowDrawing(pdf, item.flow, { k, maxWidth: width, maxHeight: bottom - y - subH - 8 * k });
        if (here.scale >= 0.8 * chart.scale) chart = here;
      }
      ensure(subH + chart.height + 8 * k);
      pdf.fontSize(subFont).fillColor(ACCENT);
      pdf.text('办理流程图', margin, y, { width: width / 2, lineBreak: false });
      // legend: the three kinds of box, on the right of the sub-heading
      let lx = margin + width;
      pdf.fontSize(legendFont);
      for (const kind of ['END', 'TASK', 'START'] as const) {
        const style = FLOW_KIND_STYLE[kind];
        const tw = pdf.widthOfString(style.label);
        lx -= tw;
        pdf.fillColor(MUTED).text(style.label, lx, y + (subFont - legendFont) / 2, { lineBreak: false });
        lx -= 16 * k;
        pdf
          .roundedRect(lx, y + (subFont - legendFont) / 2 + 1 * k, 12 * k, 8 * k, kind === 'TASK' ? 1 : 4 * k)
          .lineWidth(0.8)
          .fillAndStroke(style.fill, style.stroke);
        lx -= 10 * k;
      }
      y += subH;
      chart.draw(margin + (width - chart.width) / 2, y);
      y += chart.height;
    }
    y += 16 * k;
  });

  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    const keep = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing into the footer must not start a new page
    const fy = page.height - margin - 8 * k;
    pdf
      .moveTo(margin, fy - 4 * k)
      .lineTo(margin + width, fy - 4 * k)
      .lineWidth(0.5)
      .strokeColor(GRID)
      .stroke();
    pdf.fontSize(8 * k).fillColor(MUTED);
    pdf.text(`${title} · 第${d.version}版`, margin, fy, { width: width * 0.7, lineBreak: false });
    pdf.text(`第 ${i + 1} 页 / 共 ${range.count} 页`, margin + width * 0.7, fy, {
      width: width * 0.3,
      align: 'right',
      lineBreak: false,
    });
    pdf.page.margins.bottom = keep;
  }
  pdf.end();
  return done;
}
