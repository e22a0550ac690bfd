import { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser';
import { api, apiToken, signIn } from './support';

describe('grid app on a 360 px phone (grid worker of 红光村 第一网格)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('finds a household of the grid by name and by card number', async () => {
    const token = await apiToken('changba.grid');
    const mine = await api<{ households: { items: Array<{ cardNumber: string; head: { name: string } }> } }>(
      '{ households(first: 1) { items { cardNumber head { name } } } }',
      {},
      token,
    );
    const target = mine.households.items[0];
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await signIn(page, '/grid/login', 'changba.grid');
    await page.goto(`${BASE_URL}/grid/find`);
    await page.getByTestId('grid-search-input').fill(target.head.name);
    await page.getByTestId('grid-search-submit').click();
    await page.getByTestId('grid-household-item').filter({ hasText: target.head.name }).first().click();
    await page.getByTestId('household-card').waitFor();
    expect(await page.getByTestId('household-card-number').innerText()).toContain(target.cardNumber);
    // nothing wider than the phone
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.goto(`${BASE_URL}/grid/find`);
    await page.getByTestId('grid-card-input').fill(target.cardNumber);
    await page.getByTestId('grid-card-submit').click();
    await page.getByTestId('household-card-head').filter({ hasText: target.head.name }).waitFor();
    await context.close();
  });
});
