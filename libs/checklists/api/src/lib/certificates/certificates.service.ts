import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { AppConfig, inTransaction, PageArgs, RequestContext, scopePrefix } from '@xiangzhi/server/core';
import { RegionEntity } from '@xiangzhi/registry/api';
import { requireChecklist } from '../checklist-access';
import { ChecklistListKind } from '../checklists.enums';
import { listTypesOf } from '../services/list-types';
import { textOrNull } from '../services/version-rules';
import { ChecklistCaseEntity } from '../cases/case.entity';
import { certificateSerial, chinaDate, chinaYear, maskHolder } from '../cases/case-rules';
import { ChecklistCaseResult, ChecklistCaseStatus } from '../cases/cases.enums';
import { CaseErrors } from '../cases/cases.errors';
import type { IssueChecklistCertificateInput } from './certificate.input';
import { ChecklistCertificateEntity } from './certificate.entity';
import { toCertificateModel } from './certificate-mappers';
import {
  ChecklistCertificateStatus,
  type ChecklistCertificatePageModel,
  type ChecklistCertificateVerificationModel,
} from './certificate.model';
import { chineseDate, renderCertificatePdf, type CertificateDocument } from './certificate-pdf';

/**
 * Certificates (出具证明): only items of a CERTIFICATE list, only from a case of that item that is CLOSED with the
 * result APPROVED (no REJECT on its way), one certificate in force per case. Serials are unique per village and
 * year; the document carries a QR code to the portal's verification page; anyone can check a serial (VALID,
 * REVOKED, UNKNOWN) and see no more than the item, the village, the dates and a masked holder name.
 */
@Injectable()
export class ChecklistCertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async issue(
    ctx: RequestContext,
    input: IssueChecklistCertificateInput,
    timing: { at?: Date } = {},
  ): Promise<ChecklistCertificateEntity> {
    const actor = requireChecklist(ctx, 'CERTIFY');
    const at = timing.at ?? new Date();
    return inTransaction(this.dataSource, ctx, async (em) => {
      const c = await em.findOne(ChecklistCaseEntity, {
        where: { id: input.caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!c) throw CaseErrors.caseNotFound();
      if (!ctx.inScope(c.regionCode)) throw CaseErrors.outOfScope();
      const types = await listTypesOf(em, `${c.regionCode.slice(0, 6)}000000`);
      const kind = types.find((t) => t.code === c.listType)?.kind;
      if (kind !== ChecklistListKind.CERTIFICATE) throw CaseErrors.notCertificateItem(c.listType);
      if (c.status !== ChecklistCaseStatus.CLOSED || c.result !== ChecklistCaseResult.APPROVED) {
        throw CaseErrors.caseNotApproved(c.status, c.result);
      }
      const existing = await em.findOne(ChecklistCertificateEntity, { where: { caseId: c.id, revokedAt: IsNull() } });
      if (existing) throw CaseErrors.certificateExists(existing.serial);
      const year = chinaYear(at);
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`checklist-certificate:${c.regionCode}:${year}`]);
      const [{ next }] = (await em.query(
        `SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM checklist_certificate WHERE region_code = $1 AND year = $2`,
        [c.regionCode, year],
      )) as Array<{ next: number }>;
      const seq = Number(next);
      const row = await em.save(
        em.create(ChecklistCertificateEntity, {
          serial: certificateSerial(c.regionCode, year, seq),
          year,
          seq,
          caseId: c.id,
          regionCode: c.regionCode,
          itemCode: c.itemCode,
          itemName: c.itemName,
          holderName: textOrNull(input.holderName) ?? c.applicantName,
          purpose: textOrNull(input.purpose) ?? c.item.purpose ?? c.itemName,
          basis: c.item.policyBasis?.trim() || '依法出具证明事项清单',
          issuedBy: actor.userId,
          issuedAt: at,
          revokedAt: null,
          revokedBy: null,
          revokeReason: null,
        }),
      );
      ctx.note({
        targetType: 'checklistCertificate',
        targetId: row.id,
        regionCode: row.regionCode,
        summary: { serial: row.serial, caseId: c.id, itemCode: c.itemCode },
      });
      return row;
    });
  }

  async revoke(ctx: RequestContext, id: string, reason: string): Promise<ChecklistCertificateEntity> {
    const actor = requireChecklist(ctx, 'CERTIFY');
    const why = textOrNull(reason);
    if (!why) throw CaseErrors.reasonRequired();
    return inTransaction(this.dataSource, ctx, async (em) => {
      const row = await em.findOne(ChecklistCertificateEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw CaseErrors.certificateNotFound();
      if (!ctx.inScope(row.regionCode)) throw CaseErrors.outOfScope();
      if (row.revokedAt) throw CaseErrors.certificateRevoked();
      Object.assign(row, { revokedAt: new Date(), revokedBy: actor.userId, revokeReason: why });
      await em.update(
        ChecklistCertificateEntity,
        { id },
        { revokedAt: row.revokedAt, revokedBy: row.revokedBy, revokeReason: why },
      );
      ctx.note({
        targetType: 'checklistCertificate',
        targetId: row.id,
        regionCode: row.regionCode,
        summary: { serial: row.serial, revoked: true, reason: why },
      });
      return row;
    });
  }

  /** The issuance log of a region (village, town or county), newest first. */
  async list(ctx: RequestContext, regionCode: string, page: PageArgs): Promise<ChecklistCertificatePageModel> {
    requireChecklist(ctx, 'READ');
    if (!ctx.inScope(regionCode)) throw CaseErrors.outOfScope();
    const [rows, total] = await this.dataSource.manager
      .createQueryBuilder(ChecklistCertificateEntity, 'c')
      .where('c.region_code LIKE :prefix', { prefix: `${scopePrefix(regionCode)}%` })
      .orderBy('c.issued_at', 'DESC')
      .addOrderBy('c.serial', 'DESC')
      .offset(page.offset)
      .limit(page.first)
      .getManyAndCount();
    return { items: rows.map(toCertificateModel), total };
  }

  async get(ctx: RequestContext, id: string): Promise<ChecklistCertificateEntity> {
    requireChecklist(ctx, 'READ');
    const row = await this.dataSource.manager.findOneBy(ChecklistCertificateEntity, { id });
    if (!row) throw CaseErrors.certificateNotFound();
    if (!ctx.inScope(row.regionCode)) throw CaseErrors.outOfScope();
    return row;
  }

  /** Public: VALID, REVOKED or UNKNOWN, with the item, village, dates and a masked holder name only. */
  async verify(serial: string): Promise<ChecklistCertificateVerificationModel> {
    const s = serial.trim();
    const row = s ? await this.dataSource.manager.findOneBy(ChecklistCertificateEntity, { serial: s }) : null;
    if (!row) {
      return {
        serial: s,
        status: ChecklistCertificateStatus.UNKNOWN,
        itemName: null,
        villageName: null,
        issuedOn: null,
        revokedOn: null,
        holderMasked: null,
      };
    }
    const village = await this.dataSource.manager.findOne(RegionEntity, {
      select: { name: true },
      where: { code: row.regionCode },
    });
    return {
      serial: row.serial,
      status: row.revokedAt ? ChecklistCertificateStatus.REVOKED : ChecklistCertificateStatus.VALID,
      itemName: row.itemName,
      villageName: village?.name ?? null,
      issuedOn: chinaDate(row.issuedAt),
      revokedOn: row.revokedAt ? chinaDate(row.revokedAt) : null,
      holderMasked: maskHolder(row.holderName),
    };
  }

  /** The printable certificate (staff of the village's region). */
  async pdf(ctx: RequestContext, id: string, origin?: string): Promise<{ serial: string; pdf: Buffer }> {
    const row = await this.get(ctx, id);
    const em = this.dataSource.manager;
    const codes = [row.regionCode, `${row.regionCode.slice(0, 9)}000`, `${row.regionCode.slice(0, 6)}000000`];
    const regions = await em.find(RegionEntity, { select: { code: true, name: true }, where: { code: In(codes) } });
    const name = (code: string) => regions.find((r) => r.code === code)?.name ?? '';
    const base = (origin ?? this.config.values.PUBLIC_BASE_URL).replace(/\/+$/, '');
    const d: CertificateDocument = {
      serial: row.serial,
      villageName: name(row.regionCode) || row.regionCode,
      placeName: [name(codes[2]), name(codes[1])].filter(Boolean).join(' '),
      itemName: row.itemName,
      holderName: row.holderName,
      purpose: row.purpose,
      basis: row.basis,
      issuedOnText: chineseDate(chinaDate(row.issuedAt)),
      verifyUrl: `${base}/verify/${encodeURIComponent(row.serial)}`,
      revoked: row.revokedAt !== null,
    };
    return { serial: row.serial, pdf: await renderCertificatePdf(d) };
  }
}
