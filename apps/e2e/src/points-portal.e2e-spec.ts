import { mkdirSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser';
import { api, apiToken, signIn } from './support';

/** 红光村 (长坝镇): its quarters ended this year are published by the demo data. */
const VILLAGE = '500156110201';
const SHOTS = 'tmp/e2e-shots';

async function noOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function noPersonalData(page: Page): Promise<void> {
  const html = await page.content();
  expect(html).not.toMatch(/(?<![\d*])\d{17}[\dX](?![\d*])/);
  expect(html).not.toMatch(/(?<![\d*])1[3-9]\d{9}(?![\d*])/);
}

describe('points on the portal and the grid app (360 px)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(() => browser?.close());

  it('shows the village board with masked names, a verified chain, the lists and the scheme', async () => {
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await page.goto(`${BASE_URL}/v/${VILLAGE}`);
    await page.getByTestId('village-page').waitFor();
    await page.getByTestId('points-entry-board').click();
    await page.getByTestId('points-board').waitFor();
    expect(await page.getByTestId('points-board-period').innerText()).toMatch(/\d{4}年第[1-4]季度/);
    await page.getByTestId('points-chain-verified').waitFor();
    expect(await page.getByTestId('points-chain-api').innerText()).toContain('通过');
    await page.getByTestId('points-scheme-name').waitFor();
    await page.getByTestId('points-listings').waitFor();
    const pdf = await page.getByTestId('points-board-pdf').getAttribute('href');
    const res = await fetch(`${BASE_URL}${pdf}`);
    expect(res.headers.get('content-type')).toContain('application/pdf');
    await noPersonalData(page);
    await noOverflow(page);
    await page.screenshot({ path: `${SHOTS}/portal-board.png`, fullPage: true });
    await context.close();
  });

  it('files an objection to a board line with the card check, and the household sees it', async () => {
    const token = await apiToken('changba.admin');
    const found = await api<{
      households: { items: Array<{ cardNumber: string; head: { phoneMasked: string | null } | null }> };
    }>(
      'query($f: HouseholdFilter) { households(filter: $f, first: 50) { items { cardNumber head { phoneMasked } } } }',
      { f: { regionCode: VILLAGE } },
      token,
    );
    const household = found.households.items.find((h) => h.head?.phoneMasked);
    if (!household?.head?.phoneMasked) throw new Error('no household with a phone in the demo data');
    const phoneLast4 = household.head.phoneMasked.slice(-4);

    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await page.goto(`${BASE_URL}/v/${VILLAGE}/points`);
    await page.getByTestId('points-board-object').first().click();
    await page.getByTestId('points-objection-card').fill(household.cardNumber);
    await page.getByTestId('points-objection-phone').fill(phoneLast4);
    await page.getByTestId('points-objection-content').fill('这条记录的日期不对，请核实');
    await page.getByTestId('points-objection-submit').click();
    await page.getByTestId('points-objection-filed').waitFor();
    await noOverflow(page);

    await page.goto(`${BASE_URL}/v/${VILLAGE}/household-points`);
    await page.getByTestId('points-household-card').fill(household.cardNumber);
    await page.getByTestId('points-household-phone').fill(phoneLast4);
    await page.getByTestId('points-household-submit').click();
    await page.getByTestId('points-household-result').waitFor();
    expect(await page.getByTestId('points-household-objections').innerText()).toContain('这条记录的日期不对');
    await noPersonalData(page);
    await page.screenshot({ path: `${SHOTS}/portal-household.png`, fullPage: true });
    await context.close();
  });

  it('records an entry with a photo from the QR household page; offline it says so and keeps the form', async () => {
    const token = await apiToken('changba.grid');
    const mine = await api<{ households: { items: Array<{ cardNumber: string; regionCode: string }> } }>(
      '{ households(first: 1) { items { cardNumber regionCode } } }',
      {},
      token,
    );
    const target = mine.households.items[0];
    const scheme = await api<{
      pointsSchemeInForce: { items: Array<{ code: string; subject: string; capPerPeriod: number | null }> } | null;
    }>(
      'query($v: String!, $y: Int!) { pointsSchemeInForce(villageCode: $v, year: $y) { items { code subject capPerPeriod } } }',
      { v: target.regionCode, y: new Date().getFullYear() },
      token,
    );
    // no cap: the test can run again on the same data
    const item = scheme.pointsSchemeInForce?.items.find((i) => i.subject === 'HOUSEHOLD' && i.capPerPeriod === null);
    if (!item) throw new Error('no household item in the scheme in force');

    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await signIn(page, '/grid/login', 'changba.grid');
    await page.goto(`${BASE_URL}/grid/h/${encodeURIComponent(target.cardNumber)}`);
    await page.getByTestId('household-card').waitFor();
    await page.getByTestId('household-points-panel').waitFor();
    await noOverflow(page);
    await page.screenshot({ path: `${SHOTS}/grid-household.png`, fullPage: true });
    await page.getByTestId('household-record-points').click();
    await page.getByTestId('record-form').waitFor();
    await page.getByTestId('record-item').selectOption(item.code);
    await page.getByTestId('record-description').fill('参加村里的义务清扫');
    // a 1×1 PNG
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    await page
      .getByTestId('record-photo-input')
      .setInputFiles({ name: '现场.png', mimeType: 'image/png', buffer: png });
    await page.getByTestId('record-photo').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="record-photo"] .uploading'));
    await noOverflow(page);
    await page.screenshot({ path: `${SHOTS}/grid-record.png`, fullPage: true });

    await context.setOffline(true);
    await page.getByTestId('record-submit').click();
    await page.getByTestId('record-offline').waitFor();
    expect(await page.getByTestId('record-description').inputValue()).toBe('参加村里的义务清扫');
    await context.setOffline(false);
    await page.getByTestId('record-submit').click();
    await page.locator('[data-testid="record-done"], [data-testid="error-message"]').first().waitFor();
    expect(await page.getByTestId('error-message').count()).toBe(0);
    await page.getByTestId('record-done').waitFor();
    await page.screenshot({ path: `${SHOTS}/grid-done.png`, fullPage: true });
    await context.close();
  });
});
