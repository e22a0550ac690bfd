import 'reflect-metadata';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { Actor, Role } from '@xiangzhi/server/core';
import type { TestApp } from '@xiangzhi/server/testing';
import { HouseholdModel, Relation } from '@xiangzhi/registry/api';
import { nextTestIdNumber, seedHousehold, tokenFor } from '@xiangzhi/registry/api/testing';
import { nextKey } from '@xiangzhi/points/api/testing';
import type { RedemptionModel } from '../redemptions/redemption.model';
import { RedemptionsService } from '../redemptions/redemptions.service';
import {
  ctx,
  grantPoints,
  redeem,
  seedActor,
  seedPresetScheme,
  shopTestApp,
  stockedShop,
  T1,
  TODAY,
  V1,
  V2,
} from '../funds/shop-fixtures.spec-helper';
import { ISSUE_LEDGER_SHEET } from './issue-ledger-workbook';

describe('shop documents: receipts and the issue ledger for download', () => {
  let t: TestApp;
  let admin: Actor;
  let other: Actor;
  let h: HouseholdModel;
  let shopId: string;
  let first: RedemptionModel;
  let second: RedemptionModel;
  let reversal: RedemptionModel;

  const get = (url: string, actor?: Actor) =>
    t.app.inject({
      method: 'GET',
      url,
      headers: actor ? { authorization: `Bearer ${tokenFor(t.app, actor)}` } : {},
    });

  beforeAll(async () => {
    t = await shopTestApp();
    await seedPresetScheme(t, T1, 'CHANGBA_000');
    admin = await seedActor(t, Role.VILLAGE_ADMIN, V1, '赵建国');
    other = await seedActor(t, Role.VILLAGE_ADMIN, V2);
    h = await seedHousehold(t.app, {
      villageCode: V1,
      participating: true,
      members: [{ name: '欧阳建华', idNumber: nextTestIdNumber(), relation: Relation.HEAD }],
    });
    await grantPoints(t, admin, [h], 80);
    const s = await stockedShop(t, admin, V1, 15);
    shopId = s.shop.id;
    first = await redeem(t, admin, shopId, s.goods.id, h.id, 2);
    second = await redeem(t, admin, shopId, s.goods.id, h.id, 1);
    reversal = await t.app.get(RedemptionsService).reverse(ctx(admin), second.id, '物品登记错误', nextKey());
  });
  afterAll(() => t?.close());

  it('serves a receipt as PDF and as HTML, with a Chinese file name', async () => {
    const pdf = await get(`/api/shop/redemptions/${first.id}/receipt.pdf`, admin);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(String(pdf.headers['content-disposition'])).toBe(
      `inline; filename*=UTF-8''${encodeURIComponent(`兑换凭证-${first.receiptNumber}.pdf`)}`,
    );
    const html = await get(`/api/shop/redemptions/${reversal.id}/receipt.html`, admin);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    expect(html.body).toContain(reversal.receiptNumber);
    expect(html.body).toContain(second.receiptNumber); // the receipt it reverses
    expect(html.body).toContain('物品登记错误');
    expect(html.body).toContain('欧*');
    expect(html.body).not.toContain('欧阳建华');
    expect(html.body).toContain('赵建国');
    expect(html.body).toContain('呼和嘎查');
  });

  it('serves the issue ledger of a period as xlsx (every row) and as PDF', async () => {
    const q = `from=${TODAY.slice(0, 8)}01&to=${TODAY}`;
    const res = await get(`/api/shop/shops/${shopId}/issue-ledger.xlsx?${q}`, admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(decodeURIComponent(String(res.headers['content-disposition']).split("''")[1])).toMatch(
      /^兑换领取台账-测试积分超市.+\.xlsx$/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(ISSUE_LEDGER_SHEET);
    expect(ws).toBeDefined();
    const numbers: unknown[] = [];
    ws?.eachRow((row, i) => {
      if (i > 2) numbers.push(row.getCell(2).value);
    });
    for (const r of [first, second, reversal]) expect(numbers).toContain(r.receiptNumber);
    expect(numbers.indexOf(first.receiptNumber)).toBeLessThan(numbers.indexOf(reversal.receiptNumber));
    const pdf = await get(`/api/shop/shops/${shopId}/issue-ledger.pdf?${q}`, admin);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  it('holds every row of a long period (the ledger is read page by page)', async () => {
    const year = Number(TODAY.slice(0, 4)) - 1;
    for (let i = 0; i < 130; i++) {
      await t.dataSource.query(
        `INSERT INTO shop_redemption (id, shop_id, household_id, village_code, scope_code, receipt_number, points,
           balance_before, balance_after, exchangeable_after, occurred_on, created_by, client_key)
         VALUES ($1, $2, $3, $4, $5, $6, 5, 100, 95, 95, $7, $8, $9)`,
        [
          randomUUID(),
          shopId,
          h.id,
          V1,
          V1,
          `DH-${year}-8${String(i).padStart(5, '0')}`,
          `${year}-03-${String(1 + (i % 28)).padStart(2, '0')}`,
          admin.userId,
          `ledger-test-${i}`,
        ],
      );
    }
    const res = await get(`/api/shop/shops/${shopId}/issue-ledger.xlsx?from=${year}-03-01&to=${year}-03-31`, admin);
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(`${year}年3月.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const numbers = new Set<unknown>();
    wb.getWorksheet(ISSUE_LEDGER_SHEET)?.eachRow((row, i) => {
      if (i > 2 && /^DH-/.test(String(row.getCell(2).value))) numbers.add(row.getCell(2).value);
    });
    expect(numbers.size).toBe(130);
  });

  it('refuses another village’s staff, strangers and bad periods', async () => {
    expect((await get(`/api/shop/redemptions/${first.id}/receipt.pdf`, other)).statusCode).toBe(403);
    expect((await get(`/api/shop/redemptions/${first.id}/receipt.html`, other)).statusCode).toBe(403);
    const q = `from=${TODAY}&to=${TODAY}`;
    expect((await get(`/api/shop/shops/${shopId}/issue-ledger.xlsx?${q}`, other)).statusCode).toBe(403);
    expect((await get(`/api/shop/shops/${shopId}/issue-ledger.pdf?${q}`, other)).statusCode).toBe(403);
    expect((await get(`/api/shop/redemptions/${first.id}/receipt.pdf`)).statusCode).toBe(401);
    expect((await get(`/api/shop/redemptions/${randomUUID()}/receipt.pdf`, admin)).statusCode).toBe(404);
    expect((await get(`/api/shop/shops/${randomUUID()}/issue-ledger.xlsx?${q}`, admin)).statusCode).toBe(404);
    expect(
      (await get(`/api/shop/shops/${shopId}/issue-ledger.xlsx?from=2026-13-01&to=${TODAY}`, admin)).statusCode,
    ).toBe(400);
    expect(
      (await get(`/api/shop/shops/${shopId}/issue-ledger.xlsx?from=${TODAY}&to=2020-01-01`, admin)).statusCode,
    ).toBe(400);
    const grid = await seedActor(t, Role.GRID_WORKER, V1);
    expect((await get(`/api/shop/redemptions/${first.id}/receipt.pdf`, grid)).statusCode).toBe(403);
  });
});
