/// <reference types="pdfkit" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const FONT_MODULE = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';
let fontData: Buffer | null = null;

/**
 * Noto Sans SC (an npm-installed CJK font, OFL) for Chinese PDFs, resolved at run time from the working directory
 * so that a bundler never tries to inline it; read once. pdfkit embeds only the glyphs a document uses.
 */
export function cjkFont(): Buffer {
  if (!fontData) {
    const resolveFrom = createRequire(join(process.cwd(), 'package.json'));
    fontData = readFileSync(resolveFrom.resolve(FONT_MODULE));
  }
  return fontData;
}

/** Collects a pdfkit document into one buffer once `end()` is called. */
export function pdfBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
