import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser';
import { writeQrVideo } from './fake-camera';
import { api, apiToken, signIn } from './support';

interface Counter {
  householdId: string;
  cardNumber: string;
  villageCode: string;
  balance: number;
  exchangeable: number;
  blocks: string[];
}
interface Goods {
  id: string;
  name: string;
  pointsPrice: number;
  stock: number;
}

const COUNTER = `query($shopId: ID!, $householdId: ID) { shopHousehold(shopId: $shopId, householdId: $householdId) {
  householdId cardNumber villageCode balance exchangeable blocks } }`;
const RANKING = `query($v: String!, $y: Int!) { pointsVillageRanking(villageCode: $v, year: $y) { rows { householdId rank value } } }`;

/** A day `offset` days from today (the ledger is asked for yesterday to tomorrow: the server's day may differ). */
const day = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function shopOf(token: string): Promise<{ id: string; goods: Goods[] }> {
  const { shops } = await api<{ shops: { items: Array<{ id: string }> } }>(
    '{ shops(first: 1) { items { id } } }',
    {},
    token,
  );
  const id = shops.items[0].id;
  const { shopGoods } = await api<{ shopGoods: { items: Goods[] } }>(
    'query($s: ID!) { shopGoods(shopId: $s, first: 50) { items { id name pointsPrice stock } } }',
    { s: id },
    token,
  );
  return { id, goods: shopGoods.items };
}

/** The first household of the operator's village that may exchange at least `points` (or any, when 0). */
async function counterHousehold(token: string, shopId: string, points: number): Promise<Counter> {
  const { households } = await api<{ households: { items: Array<{ id: string }> } }>(
    '{ households(first: 100) { items { id } } }',
    {},
    token,
  );
  for (const h of households.items) {
    const { shopHousehold } = await api<{ shopHousehold: Counter }>(COUNTER, { shopId, householdId: h.id }, token);
    if (points === 0 || (shopHousehold.blocks.length === 0 && shopHousehold.exchangeable >= points))
      return shopHousehold;
  }
  throw new Error(`no household that may exchange ${points} points`);
}

async function rankingOf(adminToken: string, village: string, householdId: string) {
  const { pointsVillageRanking } = await api<{
    pointsVillageRanking: { rows: Array<{ householdId: string; rank: number; value: number }> };
  }>(RANKING, { v: village, y: Number(day().slice(0, 4)) }, adminToken);
  return pointsVillageRanking.rows.find((r) => r.householdId === householdId);
}

describe('points shop counter on a 360 px phone (operator of 和平村积分超市)', () => {
  let browser: Browser;
  let operatorToken: string;
  let shop: { id: string; goods: Goods[] };
  let household: Counter;
  /** The two cheapest goods in stock. */
  let basket: string[] = [];
  /** The receipt of the counter test, looked for in the console's issue ledger. */
  let receiptNumber = '';

  beforeAll(async () => {
    operatorToken = await apiToken('hemei.shop');
    shop = await shopOf(operatorToken);
    basket = [...shop.goods]
      .filter((g) => g.stock > 0)
      .sort((a, b) => a.pointsPrice - b.pointsPrice)
      .slice(0, 2)
      .map((g) => g.name);
    const cost = basket.reduce((s, n) => s + (shop.goods.find((g) => g.name === n)?.pointsPrice ?? 0), 0);
    household = await counterHousehold(operatorToken, shop.id, cost);
    // the phone's camera sees the household's card
    const video = join(mkdtempSync(join(tmpdir(), 'xz-camera-')), 'card.y4m');
    writeQrVideo(video, `${BASE_URL}/grid/h/${household.cardNumber}`);
    browser = await launchBrowser([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
  });
  afterAll(() => browser?.close());

  it('scans the card, redeems two goods, shows the receipt; balance and issue ledger change, the ranking does not', async () => {
    const adminToken = await apiToken('hemei.admin');
    const rankBefore = await rankingOf(adminToken, household.villageCode, household.householdId);
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await context.grantPermissions(['camera'], { origin: BASE_URL });
    await signIn(page, '/grid/login', 'hemei.shop');
    await page.goto(`${BASE_URL}/grid/shop`);
    await page.getByTestId('scan-button').click();
    await page.getByTestId('household-panel').waitFor();
    expect(await page.getByTestId('household-card').innerText()).toContain(household.cardNumber);
    expect(await page.getByTestId('household-exchangeable').innerText()).toContain(String(household.exchangeable));

    const cost = basket.reduce((s, n) => s + (shop.goods.find((g) => g.name === n)?.pointsPrice ?? 0), 0);
    try {
      for (const name of basket) {
        await page.getByTestId(`goods-${name}-plus`).click({ timeout: 10_000 });
        await page.getByTestId(`goods-${name}-quantity`).filter({ hasText: '1' }).waitFor({ timeout: 10_000 });
      }
      await page
        .getByTestId('basket-total')
        .filter({ hasText: String(cost) })
        .waitFor({ timeout: 10_000 });
    } catch (err) {
      await page.screenshot({ path: 'tmp/e2e-shop-basket.png', fullPage: true });
      throw err;
    }
    await page.getByTestId('confirm-button').click();
    await page.getByTestId('dialog-confirm').click();
    await page.getByTestId('receipt-panel').waitFor();
    const receipt = (await page.getByTestId('receipt-number').innerText()).trim();
    expect(receipt).toMatch(/^DH-\d{4}-\d{6}$/);
    receiptNumber = receipt;
    expect(await page.getByTestId('receipt-balance-after').innerText()).toContain(String(household.balance - cost));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();

    // the household's balance, the shop's stock and issue ledger, and (unchanged) the village ranking
    const after = await api<{ shopHousehold: Counter }>(
      COUNTER,
      { shopId: shop.id, householdId: household.householdId },
      operatorToken,
    );
    expect(after.shopHousehold.balance).toBe(household.balance - cost);
    const ledger = await api<{
      issueLedger: { items: Array<{ receiptNumber: string; points: number; lines: Array<{ goodsName: string }> }> };
    }>(
      'query($s: ID!, $f: Date!, $t: Date!) { issueLedger(shopId: $s, from: $f, to: $t, first: 100) { items { receiptNumber points lines { goodsName } } } }',
      { s: shop.id, f: day(-1), t: day(1) },
      operatorToken,
    );
    const line = ledger.issueLedger.items.find((r) => r.receiptNumber === receipt);
    expect(line?.points).toBe(cost);
    expect(line?.lines.map((l) => l.goodsName).sort()).toEqual([...basket].sort());
    const stockAfter = (await shopOf(operatorToken)).goods;
    for (const name of basket) {
      const before = shop.goods.find((g) => g.name === name) as Goods;
      expect(stockAfter.find((g) => g.name === name)?.stock).toBe(before.stock - 1);
    }
    expect(await rankingOf(adminToken, household.villageCode, household.householdId)).toEqual(rankBefore);
  });

  it('leaves a Gaoyang household’s ranking as it is, whether its window is open or closed today', async () => {
    const token = await apiToken('gaoyang.shop');
    const adminToken = await apiToken('gaoyang.admin');
    const gaoyang = await shopOf(token);
    const cheapest = [...gaoyang.goods].filter((g) => g.stock > 0).sort((a, b) => a.pointsPrice - b.pointsPrice)[0];
    const h = await counterHousehold(token, gaoyang.id, 0);
    const before = await rankingOf(adminToken, h.villageCode, h.householdId);
    const redeem = () =>
      api(
        'mutation($i: RedeemInput!) { redeemPoints(input: $i) { id } }',
        {
          i: {
            shopId: gaoyang.id,
            householdId: h.householdId,
            lines: [{ goodsId: cheapest.id, quantity: 1 }],
            clientKey: `e2e-gaoyang-${Date.now()}`,
          },
        },
        token,
      );
    if (h.blocks.length > 0 || h.exchangeable < cheapest.pointsPrice) {
      // 004: exchange in the first month of each quarter, and only what lies above the base of 100
      await expect(redeem()).rejects.toThrow(/POINTS_EXCHANGE_|SHOP_EXCEEDS_EXCHANGEABLE/);
    } else {
      await redeem();
    }
    expect(await rankingOf(adminToken, h.villageCode, h.householdId)).toEqual(before);
  });

  it('discloses the shop on the portal at 360 px: goods and prices, 六有, issue totals, funds beside the liability', async () => {
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await page.goto(`${BASE_URL}/shop/${household.villageCode}`);
    await page.getByTestId('shop-card').first().waitFor();
    const goods = await page.getByTestId('shop-goods').first().innerText();
    for (const g of shop.goods) expect(goods).toContain(g.name);
    // the labels are translated once the portal's shop texts have loaded
    await page.getByTestId('shop-six-haves').first().filter({ hasText: '有固定场所' }).waitFor();
    await page.getByTestId('shop-issue-periods').first().waitFor();
    await page.getByTestId('funds-liability').waitFor();
    const text = await page.locator('body').innerText();
    // no household, card or person of the village on the public page
    expect(text).not.toContain(household.cardNumber);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('shows the village administrator the shop, the receipt in its issue ledger, and funds beside liability', async () => {
    const { context, page } = await newPage(browser);
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await signIn(page, '/console/login', 'hemei.admin');
    await page.goto(`${BASE_URL}/console/shop/shops`);
    await page.getByTestId('shop-row').first().getByRole('link').first().click();
    await page.getByTestId('shop-title').waitFor();
    await page.getByRole('tab', { name: '商品' }).click();
    await page.getByText(shop.goods[0].name).first().waitFor();
    expect(await page.getByTestId('error-message').count()).toBe(0);
    await page.getByRole('tab', { name: '兑换台账' }).click();
    await page.getByTestId('ledger-row').filter({ hasText: receiptNumber }).waitFor();
    await page.getByTestId('ledger-totals').waitFor();
    // the period the ledger shows is written in the range picker (its dates need Angular's zh locale data)
    const period = await page
      .getByTestId('ledger-range')
      .locator('input')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(period).toHaveLength(2);
    for (const d of period) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.goto(`${BASE_URL}/console/shop/funds`);
    await page.getByTestId('funds-balance').waitFor();
    await page.getByTestId('funds-liability').waitFor();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
