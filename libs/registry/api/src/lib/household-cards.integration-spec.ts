import { inflateSync } from 'node:zlib';
import { IdentityModule } from '@xiangzhi/identity/api';
import { FilesService, RequestContext, Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { codeOf, dataOf, seedHousehold, seedRegions, testActor, TEST_REGIONS, tokenFor } from '../testing';
import { HouseholdModel } from './models/household.model';
import { RegistryModule } from './registry.module';
import { CARD_BATCH_LIMIT } from './services/household-card.service';

const [V1, V2] = TEST_REGIONS.villages;
const PRINT = `mutation($i: PrintHouseholdCardsInput!) { printHouseholdCards(input: $i) { id name size contentType } }`;

interface StoredFile {
  id: string;
  name: string;
  size: number;
  contentType: string;
}

/** The text drawn in a PDF: content streams inflated, glyph ids mapped back through the fonts' ToUnicode CMaps. */
function pdfText(pdf: Buffer): string {
  const streams: string[] = [];
  const raw = pdf.toString('latin1');
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      streams.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not a Flate stream (images)
    }
  }
  const glyphs = new Map<string, string>();
  for (const s of streams) {
    for (const range of s.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const line of range[1].matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi)) {
        const first = parseInt(line[1], 16);
        [...line[3].matchAll(/<([0-9a-f]+)>/gi)].forEach((u, i) => {
          glyphs.set((first + i).toString(16).padStart(4, '0'), String.fromCodePoint(parseInt(u[1], 16)));
        });
      }
    }
  }
  return streams
    .flatMap((s) => [...s.matchAll(/<([0-9a-f]+)>/gi)].map((h) => h[1]))
    .map((hex) => (hex.match(/.{4}/g) ?? []).map((g) => glyphs.get(g.toLowerCase()) ?? '').join(''))
    .join('');
}

describe('registry household cards (integration)', () => {
  let t: TestApp;
  const admin = testActor(Role.VILLAGE_ADMIN, V1);
  let adminToken: string;
  let households: HouseholdModel[];

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule], { PUBLIC_BASE_URL: 'https://xz.example.cn' });
    await seedRegions(t.dataSource);
    adminToken = tokenFor(t.app, admin);
    households = [];
    for (let i = 0; i < 12; i++) households.push(await seedHousehold(t.app, { villageCode: V1 }));
  });
  afterAll(() => t?.close());

  const pdfOf = (file: StoredFile) => t.app.get(FilesService).read(new RequestContext('t', admin), file.id);

  it('prints the cards of a village as an A4 PDF with QR codes and the card numbers', async () => {
    const file = dataOf(
      await t.gql<{ printHouseholdCards: StoredFile }>(PRINT, { i: { villageCode: V1 } }, adminToken),
    ).printHouseholdCards;
    expect(file.contentType).toBe('application/pdf');
    expect(file.name).toMatch(/^积分信息卡-.*\.pdf$/);
    const pdf = await pdfOf(file);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBe(file.size);
    const raw = pdf.toString('latin1');
    expect(raw.match(/\/Type \/Page\b/g)).toHaveLength(2); // 12 cards, 10 per page
    expect(raw).toContain(`(https://xz.example.cn/grid/h/${households[0].cardNumber})`);
    const text = pdfText(pdf);
    for (const h of households) expect(text).toContain(h.cardNumber);
    expect(text).toContain('积分信息卡');
    expect(text).toContain('户主：王建国');
    expect(text).toContain('呼和嘎查');
    const audit = await t.dataSource.query(`SELECT operation, summary FROM audit_log WHERE target_id = $1`, [file.id]);
    expect(audit[0].operation).toBe('printHouseholdCards');
    expect(audit[0].summary.change.cards).toBe(12);
  });

  it('prints chosen households; a town supervisor may print its villages', async () => {
    const ids = households.slice(0, 3).map((h) => h.id);
    const town = tokenFor(t.app, testActor(Role.TOWN_SUPERVISOR, TEST_REGIONS.towns[0]));
    const file = dataOf(
      await t.gql<{ printHouseholdCards: StoredFile }>(PRINT, { i: { householdIds: ids } }, town),
    ).printHouseholdCards;
    const text = pdfText(await pdfOf(file));
    expect(text).toContain(households[2].cardNumber);
    expect(text).not.toContain(households[3].cardNumber);
  });

  it.each([
    ['neither householdIds nor villageCode', {}, 'REGISTRY_CARD_SELECTION_REQUIRED'],
    [
      'both',
      { villageCode: V1, householdIds: ['00000000-0000-4000-8000-000000000000'] },
      'REGISTRY_CARD_SELECTION_REQUIRED',
    ],
    [
      `more than ${CARD_BATCH_LIMIT} households`,
      {
        householdIds: Array.from(
          { length: CARD_BATCH_LIMIT + 1 },
          (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        ),
      },
      'REGISTRY_CARD_BATCH_TOO_LARGE',
    ],
    [
      'an unknown household',
      { householdIds: ['00000000-0000-4000-8000-000000000000'] },
      'REGISTRY_HOUSEHOLD_NOT_FOUND',
    ],
    ['a village without households', { villageCode: TEST_REGIONS.villages[3] }, 'SCOPE_OUT_OF_REGION'],
    ['another village', { villageCode: V2 }, 'SCOPE_OUT_OF_REGION'],
  ])('refuses %s', async (_what, input, code) => {
    expect(codeOf(await t.gql(PRINT, { i: input }, adminToken))).toBe(code);
  });

  it('refuses an empty village and roles without CARD_PRINT', async () => {
    const v2 = tokenFor(t.app, testActor(Role.VILLAGE_ADMIN, V2));
    expect(codeOf(await t.gql(PRINT, { i: { villageCode: V2 } }, v2))).toBe('REGISTRY_CARD_NOTHING_TO_PRINT');
    const worker = tokenFor(t.app, testActor(Role.GRID_WORKER, V1, [`${V1}001`]));
    expect(codeOf(await t.gql(PRINT, { i: { villageCode: V1 } }, worker))).toBe('AUTH_PERMISSION_DENIED');
  });
});
