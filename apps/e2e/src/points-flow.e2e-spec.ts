import { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser';
import { api, apiToken, signIn } from './support';

/** 红光村 (长坝镇, scheme 000): the quarters that have ended are published by the demo data, this one is not. */
const VILLAGE = '500156110201';
/** 红白事简办 (5–10 points, no cap): a value the demo data never gives, so the line is easy to find. */
const ITEM = 'C03';
const POINTS = 7;
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

interface Household {
  id: string;
  cardNumber: string;
  head: { name: string; phoneMasked: string | null } | null;
}

async function rankingValue(token: string, householdId: string): Promise<number> {
  const d = await api<{ pointsVillageRanking: { rows: Array<{ householdId: string; value: number }> } }>(
    'query($v: String!, $y: Int!) { pointsVillageRanking(villageCode: $v, year: $y) { rows { householdId value } } }',
    { v: VILLAGE, y: new Date().getFullYear() },
    token,
  );
  return d.pointsVillageRanking.rows.find((r) => r.householdId === householdId)?.value ?? NaN;
}

/** The line number of `entryId` on the village's newest board (the portal shows line numbers, not ids). */
async function lineOf(entryId: string): Promise<number> {
  const d = await api<{ publicPointsBoards: { items: Array<{ lines: Array<{ lineNo: number; entryId: string }> }> } }>(
    'query($v: String!) { publicPointsBoards(villageCode: $v, first: 1, offset: 0) { items { lines { lineNo entryId } } } }',
    { v: VILLAGE },
  );
  const line = d.publicPointsBoards.items[0]?.lines.find((l) => l.entryId === entryId);
  if (!line) throw new Error('the entry is not on the newest board');
  return line.lineNo;
}

describe('points, end to end: record → review → approve → publish → object → uphold', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let household: Household;
  let entryId: string;
  let adminToken: string;
  let before: number;

  async function staffPage(username: string): Promise<Page> {
    const { context, page } = await newPage(browser);
    contexts.push(context);
    await signIn(page, '/console/login', username);
    return page;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    adminToken = await apiToken('changba.admin');
    const found = await api<{ households: { items: Household[] } }>(
      'query($f: HouseholdFilter) { households(filter: $f, first: 50) { items { id cardNumber head { name phoneMasked } } } }',
      { f: { regionCode: VILLAGE } },
      adminToken,
    );
    const withPhone = found.households.items.filter((h) => h.head?.phoneMasked && h.head.name.length >= 2);
    household = withPhone[withPhone.length - 1];
    if (!household) throw new Error('no household with a phone in the demo data');
    before = await rankingValue(adminToken, household.id);
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });

  it('the village points administrator records an entry with a photo', async () => {
    const page = await staffPage('changba.admin');
    await page.goto(`${BASE_URL}/console/points/record`);
    await page.getByTestId('record-household-search').fill(household.cardNumber);
    await page.getByTestId('record-household-search-submit').click();
    // a single match is taken at once; several are listed to pick from
    const option = page.locator(`[data-testid="record-household-option"][data-card-number="${household.cardNumber}"]`);
    const chosen = page.getByTestId('record-household-chosen');
    for (let i = 0; i < 50 && !(await chosen.isVisible()); i++) {
      if (await option.isVisible()) await option.click({ timeout: 1000 }).catch(() => undefined);
      else await page.waitForTimeout(200);
    }
    await chosen.waitFor();
    await page.getByTestId('record-item').click();
    await page.getByTestId('record-item').locator('input').fill(ITEM);
    await page.locator('nz-option-item').filter({ hasText: ITEM }).first().click();
    await page.getByTestId('record-points').fill(String(POINTS));
    await page.getByTestId('record-description').fill('儿子婚事简办，未收彩礼');
    await page
      .getByTestId('record-evidence-input')
      .setInputFiles({ name: '婚事简办.png', mimeType: 'image/png', buffer: PNG });
    await page.getByTestId('evidence-thumb').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="evidence-thumb"].uploading'));
    await page.getByTestId('record-submit').click();
    const success = page.getByTestId('record-success');
    await success.waitFor();
    entryId = (await success.getAttribute('data-entry-id')) as string;
    expect(entryId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the village review group approves it in the month queue (not their own)', async () => {
    const page = await staffPage('changba.reviewer');
    await page.goto(`${BASE_URL}/console/points/review`);
    const row = page.locator(`[data-testid="review-row"][data-entry-id="${entryId}"]`);
    await row.waitFor();
    await row.getByTestId('review-approve').click();
    await row.waitFor({ state: 'detached' });
  });

  it('the town approval group approves it; it counts in the ranking', async () => {
    const page = await staffPage('changba.town');
    await page.goto(`${BASE_URL}/console/points/approval`);
    const row = page.locator(`[data-testid="approval-row"][data-entry-id="${entryId}"]`);
    await row.waitFor();
    await row.getByTestId('approval-approve').click();
    await row.waitFor({ state: 'detached' });
    expect(await rankingValue(adminToken, household.id)).toBe(before + POINTS);
  });

  it('the village publishes the quarter; the board shows the entry masked and the chain verifies', async () => {
    const page = await staffPage('changba.admin');
    await page.goto(`${BASE_URL}/console/points/publications`);
    await page.getByTestId('publish-open').click();
    await page.getByTestId('publish-next').click();
    await page.getByTestId('publish-confirm').click();
    await page.getByTestId('board-row').first().waitFor();

    const { context, page: portal } = await newPage(browser, { width: 360, height: 740 });
    contexts.push(context);
    await portal.goto(`${BASE_URL}/v/${VILLAGE}/points`);
    await portal.getByTestId('points-board').waitFor();
    if (await portal.getByTestId('points-board-all-lines').count())
      await portal.getByTestId('points-board-all-lines').click();
    const line = portal.locator(`[data-testid="points-board-line"][data-line-no="${await lineOf(entryId)}"]`);
    await line.waitFor();
    const text = await line.innerText();
    const name = household.head?.name as string;
    expect(text).toContain(`${name[0]}*`);
    expect(text).not.toContain(name);
    expect(text).toContain(`+${POINTS}`);
    await portal.getByTestId('points-chain-verified').waitFor();
  });

  it('the household objects on the portal with its card; the town upholds; the reversal shows and the chain verifies', async () => {
    const { context, page: portal } = await newPage(browser, { width: 360, height: 740 });
    contexts.push(context);
    const phoneLast4 = (household.head?.phoneMasked as string).slice(-4);
    const content = `本户没有办婚事，这条记录有误（${entryId.slice(0, 8)}）`;
    await portal.goto(`${BASE_URL}/v/${VILLAGE}/points`);
    await portal.getByTestId('points-board').waitFor();
    if (await portal.getByTestId('points-board-all-lines').count())
      await portal.getByTestId('points-board-all-lines').click();
    await portal
      .locator(`[data-testid="points-board-line"][data-line-no="${await lineOf(entryId)}"]`)
      .getByTestId('points-board-object')
      .click();
    await portal.getByTestId('points-objection-card').fill(household.cardNumber);
    await portal.getByTestId('points-objection-phone').fill(phoneLast4);
    await portal.getByTestId('points-objection-content').fill(content);
    await portal.getByTestId('points-objection-submit').click();
    await portal.getByTestId('points-objection-filed').waitFor();

    const reviewer = await staffPage('changba.reviewer');
    await reviewer.goto(`${BASE_URL}/console/points/objections`);
    const filed = reviewer.getByTestId('objection-row').filter({ hasText: entryId.slice(0, 8) });
    await filed.first().waitFor();
    await filed.first().getByTestId('objection-open').click();
    await reviewer.getByTestId('objection-investigate').click();
    await reviewer.getByTestId('objection-findings').fill('经走访核实，该户本年度未办婚事，系登记错误');
    await reviewer.getByTestId('objection-investigate-submit').click();
    await reviewer.getByTestId('objection-findings-text').waitFor();

    const town = await staffPage('changba.town');
    await town.goto(`${BASE_URL}/console/points/objections`);
    const investigated = town.getByTestId('objection-row').filter({ hasText: entryId.slice(0, 8) });
    await investigated.first().waitFor();
    await investigated.first().getByTestId('objection-open').click();
    await town.getByTestId('objection-decide').click();
    await town.getByTestId('objection-decision-UPHOLD').click();
    await town.getByTestId('objection-decision-reason').fill('异议成立，予以冲正');
    await town.getByTestId('objection-decide-submit').click();
    await town.getByTestId('objection-reversal').waitFor();

    // the ranking is back where it was, and the household sees the reversal and the answer
    expect(await rankingValue(adminToken, household.id)).toBe(before);
    await portal.goto(`${BASE_URL}/v/${VILLAGE}/household-points`);
    await portal.getByTestId('points-household-card').fill(household.cardNumber);
    await portal.getByTestId('points-household-phone').fill(phoneLast4);
    await portal.getByTestId('points-household-submit').click();
    await portal.getByTestId('points-household-result').waitFor();
    // the reversing entry (the board writes a true minus sign)
    expect(await portal.getByTestId('points-household-entries').innerText()).toMatch(
      new RegExp(`冲正\\s+[−-]${POINTS}\\b`),
    );
    expect(await portal.getByTestId('points-household-objections').innerText()).toContain('异议成立，予以冲正');

    // the boards are untouched: the chain still verifies, in the browser and by the API
    await portal.goto(`${BASE_URL}/v/${VILLAGE}/points`);
    await portal.getByTestId('points-chain-verified').waitFor();
    expect(await portal.getByTestId('points-chain-api').innerText()).toContain('通过');
  });
});
