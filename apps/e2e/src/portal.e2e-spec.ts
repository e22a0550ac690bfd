import { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser';

describe('portal (public)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("opens a village's public page without personal data", async () => {
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await page.goto(`${BASE_URL}/v/500156110201`);
    await page.getByTestId('village-page').waitFor();
    expect(await page.getByTestId('village-name').innerText()).toContain('红光村');
    const html = await page.content();
    expect(html).not.toMatch(/(?<![\d*])\d{17}[\dX](?![\d*])/);
    expect(html).not.toMatch(/(?<![\d*])1[3-9]\d{9}(?![\d*])/);
    await context.close();
  });
});
