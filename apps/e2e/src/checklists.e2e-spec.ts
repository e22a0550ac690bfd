import { randomBytes } from 'node:crypto';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser';
import { api, apiToken, PASSWORD, signIn } from './support';

/** 木肯淖尔嘎查 (图克镇): the demo data leaves its four lists submitted to the town, awaiting approval. */
const VILLAGE = '150626102209';
const LIST = 'CERTIFICATE';

interface InForce {
  id: string;
  status: string;
  items: Array<{ code: string; name: string }>;
}

const IN_FORCE = `query($r: String!, $l: String!) { checklistInForce(regionCode: $r, listType: $l) {
  id status items { code name } } }`;

/** Picks the option of an ng-zorro select whose label contains `text`. */
async function choose(page: Page, select: Locator, text: string): Promise<void> {
  await select.click();
  await page.locator('nz-option-item', { hasText: text }).first().click();
}

describe('checklists, end to end: approve a list → run a case → certificate → verify → revoke; the gate', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let townToken: string;
  let villageAdmin: string;
  let serial = '';
  let casePath = '';

  async function staffPage(username: string): Promise<Page> {
    const { context, page } = await newPage(browser);
    contexts.push(context);
    await signIn(page, '/console/login', username);
    return page;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    townToken = await apiToken('tuke.town');
    // the town gives 木肯淖尔嘎查 its village administrator (the demo data has one administrator per town)
    villageAdmin = `mukennaoer.admin.${randomBytes(3).toString('hex')}`;
    await api(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      {
        i: {
          username: villageAdmin,
          password: PASSWORD,
          displayName: '木肯淖尔嘎查村委会',
          role: 'VILLAGE_ADMIN',
          regionCode: VILLAGE,
        },
      },
      townToken,
    );
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });

  it('the town approves the list the village adapted from its template, and it is in force', async () => {
    const before = await api<{ checklistInForce: InForce | null }>(IN_FORCE, { r: VILLAGE, l: LIST }, townToken);
    expect(before.checklistInForce).toBeNull();

    const page = await staffPage('tuke.town');
    await page.goto(`${BASE_URL}/console/checklists/lists`);
    const row = page.locator(
      `[data-testid="checklist-pending-row"][data-village="${VILLAGE}"][data-list-type="${LIST}"]`,
    );
    await row.waitFor();
    await row.locator('a[data-testid^="checklist-review-"]').click();
    // the changes against the town template it adapts, then the decision
    await page.getByTestId('checklist-diff').waitFor();
    await page.getByTestId('checklist-approve').click();
    await page.getByTestId('checklist-decision-confirm').click();
    await page.locator('[data-testid="checklist-version-view"][data-status="PUBLISHED"]').waitFor();

    const after = await api<{ checklistInForce: InForce | null }>(IN_FORCE, { r: VILLAGE, l: LIST }, townToken);
    expect(after.checklistInForce?.status).toBe('PUBLISHED');
    expect(page.url()).toContain(after.checklistInForce?.id as string);
    // the public wall shows it
    const wall = await api<{ publicChecklists: { lists: Array<{ listType: string }> } }>(
      'query($v: String!) { publicChecklists(villageCode: $v) { lists { listType } } }',
      { v: VILLAGE },
    );
    expect(wall.publicChecklists.lists.map((l) => l.listType)).toContain(LIST);
  });

  it('a case of the approved list runs through its flow and a certificate is issued', async () => {
    const list = (await api<{ checklistInForce: InForce }>(IN_FORCE, { r: VILLAGE, l: LIST }, townToken))
      .checklistInForce;
    const item = list.items[0];
    const page = await staffPage(villageAdmin);
    await page.goto(`${BASE_URL}/console/checklists/cases`);
    await page.getByTestId('case-open').click();
    await choose(page, page.getByTestId('case-open-list'), '证明');
    await choose(page, page.getByTestId('case-open-item'), item.code);
    await page.locator('[data-testid="case-open-applicant-kind"] label', { hasText: '组织' }).click();
    await page.getByTestId('case-open-organisation').fill('木肯淖尔嘎查养殖专业合作社');
    await page.getByTestId('case-open-request').fill(`申请开具${item.name}`);
    await page.getByTestId('case-open-submit').click();
    await page.waitForURL(/\/checklists\/cases\/[0-9a-f-]{36}/);
    casePath = new URL(page.url()).pathname;

    // step by step: accept, the two committees' decision, issue and file (the village administrator's steps)
    for (const action of ['APPROVE', 'APPROVE', 'COMPLETE']) {
      const button = page.getByTestId(`case-action-${action}`);
      await button.waitFor();
      const steps = await page.getByTestId('case-event').count();
      await button.click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="case-event"]').length > n, steps);
    }
    await page.getByTestId('case-closed').waitFor();
    await page.getByTestId('certificate-issue').click();
    serial = (await page.getByTestId('certificate-serial').innerText()).trim();
    expect(serial).toMatch(new RegExp(`^${VILLAGE}-\\d{4}-\\d{6}$`));
    await page.getByTestId('certificate-status-VALID').waitFor();
  });

  it('the QR page of the certificate on the portal says genuine, and revoked once it is revoked', async () => {
    expect(serial).not.toBe('');
    const { context, page: phone } = await newPage(browser, { width: 360, height: 740 });
    contexts.push(context);
    await phone.goto(`${BASE_URL}/verify/${encodeURIComponent(serial)}`);
    const status = phone.getByTestId('certificate-status');
    await status.waitFor();
    expect(await status.getAttribute('data-status')).toBe('VALID');
    expect(await status.innerText()).toContain('真实有效');
    // minimal information: the holder masked, never in full
    expect(await phone.locator('body').innerText()).not.toContain('木肯淖尔嘎查养殖专业合作社');

    const staff = await staffPage(villageAdmin);
    await staff.goto(`${BASE_URL}${casePath}`);
    await staff.getByTestId('certificate-revoke').click();
    await staff.getByTestId('certificate-revoke-reason').fill('证明所述情况有误，收回作废');
    await staff.getByTestId('certificate-revoke-confirm').click();
    await staff.getByTestId('certificate-status-REVOKED').waitFor();

    await phone.reload();
    await phone.locator('[data-testid="certificate-status"][data-status="REVOKED"]').waitFor();
    expect(await phone.getByTestId('certificate-status').innerText()).toContain('已撤销');
    // an unknown serial is answered as such
    await phone.goto(`${BASE_URL}/verify/${VILLAGE}-1999-000000`);
    await phone.locator('[data-testid="certificate-status"][data-status="UNKNOWN"]').waitFor();
  });

  it('a request for a certificate on the do-not-issue list is refused with its basis, and recorded', async () => {
    const page = await staffPage(villageAdmin);
    await page.goto(`${BASE_URL}/console/checklists/cases`);
    await page.getByTestId('tab-gate').click();
    await page.getByTestId('gate-text').fill('派出所要求村里开具无犯罪记录证明');
    await page.getByTestId('gate-check').click();
    await page.getByTestId('gate-refusal').waitFor();
    expect(await page.getByTestId('gate-refusal-item').innerText()).toContain('无犯罪记录');
    expect(await page.getByTestId('gate-refusal-basis').innerText()).toContain('民发〔2020〕20号');

    const refusals = await api<{ checklistGateRefusals: { items: Array<{ requestText: string }> } }>(
      'query($r: String!) { checklistGateRefusals(regionCode: $r, first: 20) { items { requestText } } }',
      { r: VILLAGE },
      townToken,
    );
    expect(refusals.checklistGateRefusals.items.map((r) => r.requestText)).toContain(
      '派出所要求村里开具无犯罪记录证明',
    );
  });
});
