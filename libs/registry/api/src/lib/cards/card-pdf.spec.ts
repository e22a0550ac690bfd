import jsQR from 'jsqr';
import { createRequire } from 'node:module';
import { cardPayload, formatCardNumber, parseCardPayload } from '@xiangzhi/registry/util';
import { cardQrPng } from './card-pdf';

interface DecodedPng {
  width: number;
  height: number;
  data: Buffer;
}
// pngjs comes with qrcode; read through require to do without type declarations
const { PNG } = createRequire(__filename)('pngjs') as { PNG: { sync: { read(data: Buffer): DecodedPng } } };

describe('card QR code', () => {
  it.each([
    ['https://xz.example.cn', formatCardNumber('150626100201', 1)],
    ['http://localhost:3000/', formatCardNumber('500156110203', 9999)],
  ])('scans back to the card number (%s)', async (base, card) => {
    const png = PNG.sync.read(await cardQrPng(cardPayload(base, card)));
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(cardPayload(base, card));
    expect(parseCardPayload(code?.data ?? '')).toBe(card);
  });
});
