import { constants, inflateSync } from 'node:zlib';

/**
 * The text of a pdfkit PDF, for tests: inflates the streams, reads the fonts' ToUnicode maps (pdfkit writes one
 * bfrange list per embedded font) and decodes the hex glyph strings of every TJ operator, one line per BT…ET block.
 * Enough for PDFs this code writes, not a general PDF parser.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    // pdfkit ends the data with one \n before `endstream`; the data itself may end in \r, so only the \n goes
    const body = Buffer.from(raw.slice(start, end).replace(/\n$/, ''), 'latin1');
    try {
      streams.push(inflateSync(body, { finishFlush: constants.Z_SYNC_FLUSH }).toString('latin1'));
    } catch {
      streams.push(body.toString('latin1'));
    }
    re.lastIndex = end + 'endstream'.length;
  }
  const glyphs = new Map<number, string>();
  for (const s of streams.filter((x) => x.includes('beginbfrange'))) {
    for (const r of s.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
      const first = parseInt(r[1], 16);
      [...r[3].matchAll(/<([^>]*)>/g)].forEach((e, i) => {
        const units = e[1]
          .split(/\s+/)
          .filter((u) => u !== '')
          .map((u) => parseInt(u, 16));
        glyphs.set(first + i, String.fromCharCode(...units));
      });
    }
  }
  const lines: string[] = [];
  for (const s of streams.filter((x) => x.includes(' Tf') && x.includes('TJ'))) {
    for (const block of s.split(/\bBT\b/).slice(1)) {
      const text = [...block.matchAll(/\[([^\]]*)\]\s*TJ/g)]
        .flatMap((tj) => [...tj[1].matchAll(/<([0-9a-f]*)>/gi)].map((h) => h[1]))
        .map((hex) => {
          let out = '';
          for (let i = 0; i + 4 <= hex.length; i += 4) out += glyphs.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
          return out;
        })
        .join('');
      if (text) lines.push(text);
    }
  }
  return lines.join('\n');
}

/** The MediaBox of every page: [x0, y0, width, height]. */
export function mediaBoxes(pdf: Buffer): number[][] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) =>
    m[1].trim().split(/\s+/).map(Number),
  );
}
