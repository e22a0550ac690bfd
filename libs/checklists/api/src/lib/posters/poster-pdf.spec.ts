import {
  CERTIFICATE_FLOW,
  EXAMPLE_ASSISTED_ITEM,
  EXAMPLE_AUTONOMY_ITEM,
  EXAMPLE_CERTIFICATE_ITEMS,
  EXAMPLE_NEGATIVE_ITEMS,
  type ChecklistItemContent,
} from '@xiangzhi/checklists/util';
import { mediaBoxes, pdfText } from './pdf-text.spec-helper';
import { chineseDate, itemRows, posterFileName, posterSubtitle, posterTitle } from './poster-format';
import { renderPosterPdf } from './poster-pdf';
import { POSTER_PAGE, type PosterDocument } from './poster-types';

function samplePoster(over: Partial<PosterDocument> = {}): PosterDocument {
  return {
    regionName: '呼和嘎查',
    parentName: '图克镇',
    listName: '依法出具证明事项清单',
    listKind: 'CERTIFICATE',
    version: 2,
    status: 'PUBLISHED',
    inForceSince: '2026-12-03T17:30:00Z',
    changeReason: '新增收养证明',
    legalBasis: '民发〔2020〕20号',
    items: EXAMPLE_CERTIFICATE_ITEMS,
    portalUrl: 'https://xiangzhi.example/lists/150626100201?list=CERTIFICATE',
    ...over,
  };
}

/** The text without the line breaks pdfkit puts where it wraps. */
const flat = (pdf: Buffer) => pdfText(pdf).replace(/\n/g, '');

describe('poster texts', () => {
  it('names the town, village, list, version and the day in force (China time)', () => {
    const d = samplePoster();
    expect(posterTitle(d)).toBe('图克镇呼和嘎查依法出具证明事项清单');
    expect(chineseDate('2026-12-03T17:30:00Z')).toBe('2026年12月4日');
    expect(posterSubtitle(d)).toBe('第2版 · 2026年12月4日起施行 · 现行有效');
    expect(posterSubtitle(samplePoster({ status: 'DRAFT', inForceSince: null }))).toBe('第2版 · 草稿，未生效');
    expect(posterFileName(d, 'A3')).toBe('图克镇呼和嘎查依法出具证明事项清单-第2版-A3.pdf');
  });

  it('lists the fields of a handled item in order, leaving out empty ones', () => {
    const rows = itemRows(EXAMPLE_CERTIFICATE_ITEMS[0]);
    expect(rows.map((r) => r.label)).toEqual([
      '事项类别',
      '政策依据',
      '办理用途',
      '办理条件',
      '申请材料',
      '办结时限',
      '责任主体',
      '指导单位',
      '监督管理',
      '收费标准',
      '公开',
      '证明式样',
    ]);
    expect(rows.find((r) => r.label === '申请材料')?.value).toBe('1. 党组织出具的外调函\n2. 被调查人居民身份证复印件');
    expect(rows.find((r) => r.label === '监督管理')?.value).toContain('监督方式：全程监督、查阅台账、受理投诉');
  });

  it('shows a forbidden matter with what and why, without empty handling fields', () => {
    const labels = itemRows(EXAMPLE_NEGATIVE_ITEMS[0]).map((r) => r.label);
    expect(labels).toEqual(['事项类别', '负面事项', '禁止依据', '责任主体', '监督管理', '公开']);
  });
});

describe('renderPosterPdf', () => {
  it('renders an A4 portrait poster with the CJK font embedded as a subset and every item in the text', async () => {
    const pdf = await renderPosterPdf(samplePoster(), 'A4');
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const boxes = mediaBoxes(pdf);
    expect(boxes.length).toBeGreaterThanOrEqual(1);
    for (const b of boxes) {
      expect(b[2]).toBeCloseTo(POSTER_PAGE.A4.width, 0);
      expect(b[3]).toBeCloseTo(POSTER_PAGE.A4.height, 0);
    }
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/);
    expect(pdf.length).toBeLessThan(300 * 1024);
    const text = flat(pdf);
    expect(text).toContain('图克镇呼和嘎查依法出具证明事项清单');
    expect(text).toContain('第2版 · 2026年12月4日起施行 · 现行有效');
    expect(text).toContain('调整理由：新增收养证明');
    expect(text).toContain('本清单共 2 项。照单办事、按图操作，欢迎群众监督。');
    for (const item of EXAMPLE_CERTIFICATE_ITEMS) {
      expect(text).toContain(item.name);
      expect(text).toContain(item.code);
      expect(text).toContain(item.policyBasis);
      expect(text).toContain(item.timeLimit.text);
      expect(text).toContain(item.responsibleBody);
      expect(text).toContain(item.fee);
    }
    // the flow chart: its heading, every step, the role and limit lines, the arrow labels
    expect(text).toContain('办理流程图');
    for (const step of CERTIFICATE_FLOW.steps) expect(text).toContain(step.name);
    expect(text).toContain('村两委 · 2天');
    expect(text).toContain('退回补正');
    expect(text).toContain('不同意');
    expect(text).toContain(`第 1 页 / 共 ${boxes.length} 页`);
  });

  it("prints the QR code of the list's portal page beside the title, and none without a page", async () => {
    const hasImage = (pdf: Buffer) => /\/Subtype \/Image/.test(pdf.toString('latin1'));
    const withQr = await renderPosterPdf(samplePoster(), 'A4');
    expect(hasImage(withQr)).toBe(true);
    expect(flat(withQr)).toContain('扫码查看');
    const without = await renderPosterPdf(samplePoster({ portalUrl: null }), 'A4');
    expect(hasImage(without)).toBe(false);
    expect(flat(without)).not.toContain('扫码查看');
  });

  it('renders A3 pages with the same content', async () => {
    const pdf = await renderPosterPdf(samplePoster(), 'A3');
    const boxes = mediaBoxes(pdf);
    for (const b of boxes) {
      expect(b[2]).toBeCloseTo(POSTER_PAGE.A3.width, 0);
      expect(b[3]).toBeCloseTo(POSTER_PAGE.A3.height, 0);
    }
    const text = flat(pdf);
    for (const item of EXAMPLE_CERTIFICATE_ITEMS) expect(text).toContain(item.name);
  });

  it('runs a long list over several pages, numbered, with every item', async () => {
    const items: ChecklistItemContent[] = Array.from({ length: 9 }, (_, i) => ({
      ...(i % 2 ? EXAMPLE_ASSISTED_ITEM : EXAMPLE_AUTONOMY_ITEM),
      code: `ZZ-${String(i + 1).padStart(3, '0')}`,
      name: `第${i + 1}项村级事务`,
    }));
    const pdf = await renderPosterPdf(samplePoster({ listName: '依法自治事项清单', listKind: 'GENERAL', items }), 'A4');
    const pages = mediaBoxes(pdf).length;
    expect(pages).toBeGreaterThan(3);
    const text = flat(pdf);
    for (const item of items) expect(text).toContain(item.name);
    expect(text).toContain(`第 ${pages} 页 / 共 ${pages} 页`);
  });

  it('renders a negative list (no charts) and an empty list', async () => {
    const negative = await renderPosterPdf(
      samplePoster({ listName: '工作负面事项清单', listKind: 'NEGATIVE', items: EXAMPLE_NEGATIVE_ITEMS }),
      'A4',
    );
    const text = flat(negative);
    expect(text).toContain(EXAMPLE_NEGATIVE_ITEMS[0].basis);
    expect(text).toContain('本清单共 3 项。以下事项不得安排村级组织承担');
    expect(text).not.toContain('办理流程图');
    const empty = await renderPosterPdf(samplePoster({ items: [] }), 'A4');
    expect(mediaBoxes(empty)).toHaveLength(1);
    expect(flat(empty)).toContain('（本清单暂无事项）');
  });
});
