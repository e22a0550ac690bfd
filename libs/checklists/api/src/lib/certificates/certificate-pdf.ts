import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { cjkFont, pdfBuffer } from '@xiangzhi/server/core';

/** What the certificate document shows. */
export interface CertificateDocument {
  serial: string;
  villageName: string;
  /** Town and county above the village (small, in the header). */
  placeName: string;
  itemName: string;
  holderName: string;
  purpose: string;
  basis: string;
  /** 2026年12月4日. */
  issuedOnText: string;
  /** The portal page the QR code opens: `<origin>/verify/<serial>`. */
  verifyUrl: string;
  revoked: boolean;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 64;
const WIDTH = A4.width - 2 * MARGIN;
const INK = '#111111';
const MUTED = '#555555';
const RED = '#b91c1c';

/** 2026年12月4日 for a date in China Standard Time. */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * The certificate (证明) on A4: the village as issuer, the item as title, the serial, holder, purpose, basis, the date, a seal space and a QR code to the public verification
 * page.
 */
export async function renderCertificatePdf(d: CertificateDocument): Promise<Buffer> {
  const qr = await QRCode.toBuffer(d.verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 4 });
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    info: { Title: `${d.itemName} ${d.serial}`, Subject: d.serial, Creator: 'Xiangzhi' },
  });
  const done = pdfBuffer(doc);
  doc.registerFont('cjk', cjkFont());

  doc
    .lineWidth(1.2)
    .strokeColor(RED)
    .rect(36, 36, A4.width - 72, A4.height - 72)
    .stroke();
  doc
    .lineWidth(0.4)
    .rect(40, 40, A4.width - 80, A4.height - 80)
    .stroke();

  doc.font('cjk').fontSize(9).fillColor(MUTED).text('证明编号', MARGIN, 56, { width: WIDTH, align: 'right' });
  doc.fontSize(11).fillColor(INK).text(d.serial, MARGIN, 68, { width: WIDTH, align: 'right' });

  doc.font('cjk').fontSize(10).fillColor(MUTED).text(d.placeName, MARGIN, 104, { width: WIDTH, align: 'center' });
  doc.fontSize(15).fillColor(INK).text(d.villageName, MARGIN, 120, { width: WIDTH, align: 'center' });
  doc.fontSize(24).text(d.itemName, MARGIN, 150, { width: WIDTH, align: 'center' });
  if (d.revoked) {
    doc.fontSize(14).fillColor(RED).text('（已撤销）', MARGIN, 184, { width: WIDTH, align: 'center' });
  }

  let y = 220;
  doc.fontSize(13).fillColor(INK);
  const body = `兹证明：${d.holderName}申请办理“${d.itemName}”，经本村按照依法出具证明事项清单规定的条件和流程审核，情况属实，特此证明。`;
  doc.text(body, MARGIN, y, { width: WIDTH, indent: 26, lineGap: 8 });
  y += doc.heightOfString(body, { width: WIDTH, indent: 26, lineGap: 8 }) + 24;

  const row = (label: string, value: string) => {
    doc.fontSize(11).fillColor(MUTED).text(label, MARGIN, y, { width: 80 });
    doc.fillColor(INK).text(value, MARGIN + 80, y, { width: WIDTH - 80, lineGap: 3 });
    y += Math.max(doc.heightOfString(value, { width: WIDTH - 80, lineGap: 3 }), 14) + 10;
  };
  row('证明事项', d.itemName);
  row('持 证 人', d.holderName);
  row('证明用途', d.purpose);
  row('出具依据', d.basis);
  row('出具单位', d.villageName);
  row('出具日期', d.issuedOnText);

  const sealY = Math.max(y + 30, 560);
  doc.fontSize(13).fillColor(INK);
  doc.text(`${d.villageName}（盖章）`, MARGIN, sealY, { width: WIDTH, align: 'right' });
  doc.text(d.issuedOnText, MARGIN, sealY + 26, { width: WIDTH, align: 'right' });

  const qrSize = 96;
  const qrY = A4.height - 72 - qrSize - 20;
  doc.image(qr, MARGIN, qrY, { width: qrSize, height: qrSize });
  doc
    .font('cjk')
    .fontSize(9)
    .fillColor(MUTED)
    .text('扫码或访问以下网址核验本证明真伪：', MARGIN + qrSize + 12, qrY + 24, { width: WIDTH - qrSize - 12 });
  doc
    .fontSize(8)
    .fillColor(INK)
    .text(d.verifyUrl, MARGIN + qrSize + 12, qrY + 40, { width: WIDTH - qrSize - 12 });
  doc
    .fontSize(8)
    .fillColor(MUTED)
    .text('本证明仅用于所载用途，涂改无效。', MARGIN + qrSize + 12, qrY + 62, { width: WIDTH - qrSize - 12 });
  doc.end();
  return done;
}
