import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource, In } from 'typeorm';
import { Allow, Ctx, Permission, RequestContext, ValidationError, XLSX_TYPE } from '@xiangzhi/server/core';
import { RegionEntity } from '@xiangzhi/registry/api';
import { RedemptionEntity } from '../entities/redemption.entity';
import { ShopEntity } from '../entities/shop.entity';
import type { RedemptionModel } from '../redemptions/redemption.model';
import { RedemptionsService } from '../redemptions/redemptions.service';
import { ShopErrors } from '../shop.errors';
import type { IssueLedgerDocument, IssueLedgerRow, ReceiptDocument } from './document-types';
import { renderIssueLedgerPdf } from './issue-ledger-pdf';
import { renderIssueLedgerWorkbook } from './issue-ledger-workbook';
import { receiptHtml } from './receipt-html';
import { renderReceiptPdf } from './receipt-pdf';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The longest period one ledger download covers. */
const MAX_DAYS = 366;
const PAGE = 100;

function dateParam(value: string | undefined, name: string): string {
  if (!value || !ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new ValidationError('VALIDATION_FAILED', { fields: [name] });
  }
  return value;
}

/** 2026年7月 for a whole month, else 2026-07-01至2026-07-20. */
export function periodLabel(from: string, to: string): string {
  const [y, m] = from.split('-').map(Number);
  const monthEnd = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  if (from.endsWith('-01') && to === monthEnd) return `${y}年${m}月`;
  return `${from}至${to}`;
}

/**
 * Shop documents for download (staff sign-in; the same scope checks as the API):
 * `GET /api/shop/redemptions/:id/receipt.pdf|.html` — the receipt of a redemption or reversal;
 * `GET /api/shop/shops/:id/issue-ledger.xlsx|.pdf?from=YYYY-MM-DD&to=YYYY-MM-DD` — the issue ledger of a period.
 */
@Controller('api/shop')
export class ShopDocumentsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redemptions: RedemptionsService,
  ) {}

  @Get('redemptions/:id/receipt.pdf')
  @Allow(Permission.SHOP_READ)
  async receiptPdf(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res() reply: FastifyReply,
  ) {
    const d = await this.receipt(ctx, id);
    const pdf = await renderReceiptPdf(d);
    return send(reply, 'application/pdf', `兑换凭证-${d.receiptNumber}.pdf`, pdf, 'inline');
  }

  @Get('redemptions/:id/receipt.html')
  @Allow(Permission.SHOP_READ)
  async receiptPage(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res() reply: FastifyReply,
  ) {
    const d = await this.receipt(ctx, id);
    const html = Buffer.from(receiptHtml(d), 'utf8');
    return send(reply, 'text/html; charset=utf-8', `兑换凭证-${d.receiptNumber}.html`, html, 'inline');
  }

  @Get('shops/:id/issue-ledger.xlsx')
  @Allow(Permission.SHOP_READ)
  async ledgerXlsx(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('from') from: string | undefined,
    @Query('to') to: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const d = await this.ledger(ctx, id, from, to);
    const data = await renderIssueLedgerWorkbook(d);
    return send(reply, XLSX_TYPE, `兑换领取台账-${d.shopName}-${d.periodLabel}.xlsx`, data, 'attachment');
  }

  @Get('shops/:id/issue-ledger.pdf')
  @Allow(Permission.SHOP_READ)
  async ledgerPdf(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('from') from: string | undefined,
    @Query('to') to: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const d = await this.ledger(ctx, id, from, to);
    const pdf = await renderIssueLedgerPdf(d);
    return send(reply, 'application/pdf', `兑换领取台账-${d.shopName}-${d.periodLabel}.pdf`, pdf, 'attachment');
  }

  private async receipt(ctx: RequestContext, id: string): Promise<ReceiptDocument> {
    const r = await this.redemptions.get(ctx, id);
    const em = this.dataSource.manager;
    const shop = await em.findOne(ShopEntity, { select: { id: true, name: true }, where: { id: r.shopId } });
    const village = await em.findOne(RegionEntity, { select: { name: true }, where: { code: r.villageCode } });
    const original = r.reversalOf
      ? await em.findOne(RedemptionEntity, { select: { receiptNumber: true }, where: { id: r.reversalOf } })
      : null;
    return {
      receiptNumber: r.receiptNumber,
      shopName: shop?.name ?? '',
      villageName: village?.name ?? r.villageCode,
      cardNumber: r.cardNumber,
      headMasked: r.headMasked ?? '',
      operatorName: r.operatorName ?? '',
      at: r.createdAt.toISOString(),
      lines: r.lines.map((l) => ({
        goodsName: l.goodsName,
        unit: l.unit,
        quantity: l.quantity,
        pointsPrice: l.pointsPrice,
        points: l.points,
      })),
      totalPoints: Math.abs(r.points),
      balanceBefore: r.balanceBefore,
      balanceAfter: r.balanceAfter,
      exchangeableAfter: r.exchangeableAfter,
      reversalOf: r.reversalOf ? (original?.receiptNumber ?? r.reversalOf) : null,
      reason: r.reason,
    };
  }

  /** Every row of the period, oldest first, read page by page through the service (which checks access). */
  private async ledger(
    ctx: RequestContext,
    shopId: string,
    fromParam: string | undefined,
    toParam: string | undefined,
  ): Promise<IssueLedgerDocument> {
    const from = dateParam(fromParam, 'from');
    const to = dateParam(toParam, 'to');
    if (from > to) throw ShopErrors.periodInvalid();
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= MAX_DAYS) {
      throw new ValidationError('VALIDATION_FAILED', { fields: ['to'] });
    }
    const rows: RedemptionModel[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.redemptions.ledger(ctx, { shopId, from, to, first: PAGE, offset });
      rows.push(...page.items);
      if (page.items.length < PAGE || rows.length >= page.total) break;
    }
    rows.reverse();
    const totals = await this.redemptions.totals(ctx, shopId, from, to, true);
    const em = this.dataSource.manager;
    const shop = await em.findOneByOrFail(ShopEntity, { id: shopId });
    const codes = [...new Set(rows.map((r) => r.villageCode))];
    const villages = codes.length
      ? await em.find(RegionEntity, { select: { code: true, name: true }, where: { code: In(codes) } })
      : [];
    const names = new Map(villages.map((v) => [v.code, v.name]));
    const lines: IssueLedgerRow[] = rows.map((r) => ({
      at: r.createdAt.toISOString(),
      receiptNumber: r.receiptNumber,
      villageName: names.get(r.villageCode) ?? r.villageCode,
      cardNumber: r.cardNumber,
      headMasked: r.headMasked ?? '',
      goods: r.lines.map((l) => `${l.goodsName}×${l.quantity}`).join('、'),
      points: r.points,
      operatorName: r.operatorName ?? '',
      reversal: r.reversalOf !== null,
    }));
    return {
      shopName: shop.name,
      periodLabel: periodLabel(from, to),
      rows: lines,
      totals: {
        redemptions: totals.redemptions,
        reversals: totals.reversals,
        households: totals.households,
        points: totals.points,
        byGoods: totals.byGoods.map((g) => ({
          goodsName: g.goodsName,
          unit: g.unit,
          quantity: g.quantity,
          points: g.points,
        })),
      },
    };
  }
}

function send(reply: FastifyReply, type: string, file: string, body: Buffer, disposition: 'inline' | 'attachment') {
  return reply
    .header('content-type', type)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file)}`)
    .header('content-length', String(body.length))
    .send(body);
}
