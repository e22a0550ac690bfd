import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { cjkFont, pdfBuffer } from '@xiangzhi/server/core';

/** What one card shows. */
export interface CardFace {
  cardNumber: string;
  /** The QR code's text: `${PUBLIC_BASE_URL}/grid/h/<cardNumber>`. */
  payload: string;
  villageName: string;
  /** Town and county, small, above the village name. */
  placeName: string;
  headName: string;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 28;
const GAP_X = 14;
const GAP_Y = 10;
export const CARDS_PER_ROW = 2;
export const ROWS_PER_PAGE = 5;
const CARD_W = (A4.width - 2 * MARGIN - GAP_X * (CARDS_PER_ROW - 1)) / CARDS_PER_ROW;
const CARD_H = (A4.height - 2 * MARGIN - GAP_Y * (ROWS_PER_PAGE - 1)) / ROWS_PER_PAGE;
const QR_SIZE = 104;

/** The QR code of a card as a PNG: 4 px per module, sharp at ~1.4 in (PDF images are not interpolated by default). */
export function cardQrPng(payload: string): Promise<Buffer> {
  return QRCode.toBuffer(payload, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 4 });
}

/** A4 sheets of household points cards (积分信息卡), 2 × 5 per page, each with its QR code. */
export async function renderCardsPdf(cards: CardFace[], title: string): Promise<Buffer> {
  const qrs = await Promise.all(cards.map((c) => cardQrPng(c.payload)));
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: { Title: title, Creator: 'Xiangzhi' },
  });
  const done = pdfBuffer(doc);
  doc.registerFont('cjk', cjkFont());
  const perPage = CARDS_PER_ROW * ROWS_PER_PAGE;
  cards.forEach((card, i) => {
    if (i % perPage === 0) doc.addPage({ size: 'A4', margin: 0 });
    const slot = i % perPage;
    const x = MARGIN + (slot % CARDS_PER_ROW) * (CARD_W + GAP_X);
    const y = MARGIN + Math.floor(slot / CARDS_PER_ROW) * (CARD_H + GAP_Y);
    drawCard(doc, card, qrs[i], x, y);
  });
  doc.end();
  return done;
}

function drawCard(doc: PDFKit.PDFDocument, card: CardFace, qr: Buffer, x: number, y: number): void {
  doc.save();
  doc.lineWidth(0.8).strokeColor('#9a3412').roundedRect(x, y, CARD_W, CARD_H, 8).stroke();
  doc.rect(x, y, CARD_W, 26).fillOpacity(0.08).fill('#c2410c').fillOpacity(1);
  doc.restore();
  const textW = CARD_W - QR_SIZE - 24;
  doc
    .font('cjk')
    .fillColor('#9a3412')
    .fontSize(13)
    .text('积分信息卡', x + 12, y + 6, { width: textW, lineBreak: false });
  doc
    .fillColor('#444444')
    .fontSize(8)
    .text(card.placeName, x + 12, y + 34, { width: textW, height: 12, ellipsis: true });
  doc
    .fillColor('#111111')
    .fontSize(12)
    .text(card.villageName, x + 12, y + 47, { width: textW, height: 16, ellipsis: true });
  doc.fontSize(11).text(`户主：${card.headName}`, x + 12, y + 70, { width: textW, height: 16, ellipsis: true });
  doc
    .fillColor('#333333')
    .fontSize(8)
    .text('卡号', x + 12, y + 96, { width: textW, lineBreak: false });
  doc
    .fillColor('#111111')
    .fontSize(10)
    .text(card.cardNumber, x + 12, y + 107, { width: textW + 10, lineBreak: false });
  doc
    .fillColor('#666666')
    .fontSize(7)
    .text('扫码查看本户积分 · 请妥善保管', x + 12, y + CARD_H - 16, { width: textW, lineBreak: false });
  const qx = x + CARD_W - QR_SIZE - 10;
  const qy = y + (CARD_H - QR_SIZE) / 2 + 6;
  doc.image(qr, qx, qy, { width: QR_SIZE, height: QR_SIZE });
  // the QR's target as a link too: a screen reader or a click on the PDF reaches the same page
  doc.link(qx, qy, QR_SIZE, QR_SIZE, card.payload);
}
