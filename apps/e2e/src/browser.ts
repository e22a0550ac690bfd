import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

/** The API serving the three apps, started by tools/scripts/e2e.mjs. */
export const BASE_URL = process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:3100';

/** The system Chromium, headless, with the flags this machine needs (no sandbox as root, no background network). */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}

export async function newPage(
  browser: Browser,
  opts: { width?: number; height?: number; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    locale: opts.locale ?? 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  return { context, page };
}
