import { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser';
import { api, apiToken, rosterWorkbook, signIn, withCheck } from './support';

describe('console (village administrator of 长坝镇红光村)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('signs in and lists the households of her village', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, '/console/login', 'changba.admin');
    await page.getByTestId('households-table').waitFor();
    const rows = page.getByTestId('household-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(5);
    const text = await page.getByTestId('households-table').innerText();
    expect(text).toContain('红光村');
    expect(text).not.toMatch(/\d{17}[\dX]/); // ID numbers are masked
    await context.close();
  });

  it('imports a roster with progress and finds the new households', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, '/console/login', 'changba.admin');
    const stamp = String(Date.now()).slice(-6);
    const head1 = `冉${stamp.slice(0, 3)}福`;
    const head2 = `宁${stamp.slice(3)}华`;
    const file = await rosterWorkbook([
      [
        '1',
        '是',
        head1,
        withCheck(`50015619700101${stamp.slice(0, 3)}`),
        '',
        '',
        '户主',
        '13900000001',
        '001',
        '红光村1组1号',
        '本地',
        '',
        '是',
      ],
      ['1', '', '冉小丽', withCheck(`50015620050202${stamp.slice(3)}`), '', '', '子女', '', '', '', '', '', '是'],
      [
        '2',
        '是',
        head2,
        withCheck(`50015619651111${stamp.slice(1, 4)}`),
        '',
        '',
        '户主',
        '',
        '002',
        '红光村2组9号',
        '本地',
        '',
        '是',
      ],
    ]);
    await page.goto(`${BASE_URL}/console/import`);
    await page.getByTestId('import-file-input').setInputFiles({
      name: 'roster.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-progress').waitFor();
    await page.locator('[data-testid="import-status"][data-phase="done"]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-processed').innerText()).toMatch(/3 \/ 3/);

    await page.goto(`${BASE_URL}/console/households`);
    await page.getByTestId('households-search').fill(head1);
    await page.getByTestId('households-search-submit').click();
    await page.getByTestId('household-row').filter({ hasText: head1 }).waitFor();
    await context.close();
  });

  it('shows the row errors of a bad roster and imports nothing', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, '/console/login', 'changba.admin');
    const bad =
      withCheck('50015619800101123').slice(0, 17) + (withCheck('50015619800101123').endsWith('1') ? '2' : '1');
    const file = await rosterWorkbook([
      ['1', '是', '错误示例', bad, '', '', '户主', '', '001', '红光村3组3号', '本地', '', '是'],
      [
        '2',
        '是',
        '正确示例',
        withCheck('50015619800202555'),
        '',
        '',
        '户主',
        '',
        '001',
        '红光村3组4号',
        '本地',
        '',
        '是',
      ],
    ]);
    await page.goto(`${BASE_URL}/console/import`);
    await page.getByTestId('import-file-input').setInputFiles({
      name: 'bad.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    await page.getByTestId('import-start').click();
    await page.locator('[data-testid="import-status"][data-phase="failed"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('import-error-report').waitFor();
    const token = await apiToken('changba.admin');
    const found = await api<{ households: { total: number } }>(
      'query($f: HouseholdFilter) { households(filter: $f) { total } }',
      { f: { search: '正确示例' } },
      token,
    );
    expect(found.households.total).toBe(0); // all or nothing
    await context.close();
  });

  it("is refused another village's household", async () => {
    const townToken = await apiToken('changba.town');
    const other = await api<{ households: { items: Array<{ id: string }> } }>(
      'query($f: HouseholdFilter) { households(filter: $f, first: 1) { items { id } } }',
      { f: { regionCode: '500156110202' } },
      townToken,
    );
    const { context, page } = await newPage(browser);
    await signIn(page, '/console/login', 'changba.admin');
    await page.goto(`${BASE_URL}/console/households/${other.households.items[0].id}`);
    const error = page.getByTestId('error-message');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/管辖|范围|权限/);
    expect(await page.getByTestId('members-table').count()).toBe(0);
    await context.close();
  });
});
