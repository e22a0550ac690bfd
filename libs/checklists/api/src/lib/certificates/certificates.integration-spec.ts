import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { EXAMPLE_CERTIFICATE_ITEMS } from '@xiangzhi/checklists/util';
import { Actor, Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { IdentityModule } from '@xiangzhi/identity/api';
import { RegistryModule } from '@xiangzhi/registry/api';
import {
  codeOf,
  dataOf,
  seedHousehold,
  seedRegions,
  sensitiveMatches,
  TEST_REGIONS,
  testActor,
  tokenFor,
} from '@xiangzhi/registry/api/testing';
import { checklistCtx as ctx, publishExampleLists } from '../../testing';
import { FlowActionValue } from '../checklists.enums';
import { ChecklistsModule } from '../checklists.module';
import { pdfText } from '../posters/pdf-text.spec-helper';
import { chinaYear } from '../cases/case-rules';
import { ChecklistApplicantKind } from '../cases/cases.enums';
import { ChecklistCasesService } from '../cases/cases.service';
import { ChecklistCertificatesService } from './certificates.service';

const [V1, V2] = TEST_REGIONS.villages;
const ZM1 = EXAMPLE_CERTIFICATE_ITEMS[0];
let n = 0;
const key = () => `cert-key-${Date.now()}-${++n}`;

describe('checklist certificates: issue from an approved case, PDF with QR code, public verification, revocation', () => {
  let t: TestApp;
  let cases: ChecklistCasesService;
  let certificates: ChecklistCertificatesService;
  let admin: Actor;
  let reviewer: Actor;
  let neighbour: Actor;
  let memberId: string;

  const caseThrough = async (list: string, itemCode: string, actions: FlowActionValue[], text = '入党外调政审证明') => {
    const c = await cases.open(ctx(admin), {
      villageCode: V1,
      listType: list,
      itemCode,
      applicantKind: ChecklistApplicantKind.MEMBER,
      applicantMemberId: memberId,
      requestText: text,
      clientKey: key(),
    });
    for (const action of actions) await cases.act(ctx(admin), { caseId: c.id, action });
    return cases.get(ctx(admin), c.id);
  };
  const approved = () =>
    caseThrough('CERTIFICATE', ZM1.code, [FlowActionValue.APPROVE, FlowActionValue.APPROVE, FlowActionValue.COMPLETE]);

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule, ChecklistsModule], {
      PUBLIC_BASE_URL: 'https://xz.example.cn/',
    });
    await seedRegions(t.dataSource);
    await publishExampleLists(t.app, [V1, V2]);
    cases = t.app.get(ChecklistCasesService);
    certificates = t.app.get(ChecklistCertificatesService);
    admin = testActor(Role.VILLAGE_ADMIN, V1);
    reviewer = testActor(Role.VILLAGE_REVIEWER, V1);
    neighbour = testActor(Role.VILLAGE_ADMIN, V2);
    memberId = (await seedHousehold(t.app, { villageCode: V1 })).headMemberId as string;
  });
  afterAll(() => t?.close());

  it('issues a certificate from an approved case with a serial per village and year, once per case', async () => {
    const c = await approved();
    expect(c).toMatchObject({ status: 'CLOSED', result: 'APPROVED' });
    await expect(certificates.issue(ctx(reviewer), { caseId: c.id })).rejects.toMatchObject({
      code: 'AUTH_PERMISSION_DENIED',
    });
    await expect(certificates.issue(ctx(neighbour), { caseId: c.id })).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
    const cert = await certificates.issue(ctx(admin), { caseId: c.id });
    const year = chinaYear(new Date());
    expect(cert).toMatchObject({
      serial: `${V1}-${year}-000001`,
      holderName: '王建国',
      itemCode: ZM1.code,
      itemName: ZM1.name,
      purpose: ZM1.purpose,
      basis: ZM1.policyBasis,
      issuedBy: admin.userId,
      revokedAt: null,
    });
    await expect(certificates.issue(ctx(admin), { caseId: c.id })).rejects.toMatchObject({
      code: 'CHECKLIST_CERTIFICATE_EXISTS',
    });
    const second = await certificates.issue(ctx(admin), {
      caseId: (await approved()).id,
      holderName: '王小一',
      purpose: '升学',
    });
    expect(second).toMatchObject({ serial: `${V1}-${year}-000002`, holderName: '王小一', purpose: '升学' });
  });

  it('numbers certificates issued at the same time apart', async () => {
    const ids = await Promise.all(Array.from({ length: 4 }, () => approved().then((c) => c.id)));
    const issued = await Promise.all(ids.map((caseId) => certificates.issue(ctx(admin), { caseId })));
    expect(new Set(issued.map((c) => c.serial)).size).toBe(4);
    // and one case gets one certificate however often it is asked at once
    const one = (await approved()).id;
    const results = await Promise.allSettled([1, 2, 3].map(() => certificates.issue(ctx(admin), { caseId: one })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(
      ['CHECKLIST_CERTIFICATE_EXISTS', 'CHECKLIST_CERTIFICATE_EXISTS'],
    );
  });

  it('refuses cases that are open, rejected, or of an item that is not a certificate', async () => {
    const open = await caseThrough('CERTIFICATE', ZM1.code, [FlowActionValue.APPROVE]);
    await expect(certificates.issue(ctx(admin), { caseId: open.id })).rejects.toMatchObject({
      code: 'CHECKLIST_CASE_NOT_APPROVED',
    });
    const rejected = await caseThrough('CERTIFICATE', ZM1.code, [FlowActionValue.REJECT, FlowActionValue.COMPLETE]);
    expect(rejected).toMatchObject({ status: 'CLOSED', result: 'REJECTED' });
    await expect(certificates.issue(ctx(admin), { caseId: rejected.id })).rejects.toMatchObject({
      code: 'CHECKLIST_CASE_NOT_APPROVED',
      details: { status: 'CLOSED', result: 'REJECTED' },
    });
    const autonomy = await caseThrough('AUTONOMY', 'ZZ-001', [FlowActionValue.REJECT], '修订村规民约');
    await expect(certificates.issue(ctx(admin), { caseId: autonomy.id })).rejects.toMatchObject({
      code: 'CHECKLIST_NOT_CERTIFICATE_ITEM',
    });
  });

  it('renders the certificate PDF in Chinese with the serial and the verification URL, for staff of the village', async () => {
    const cert = await certificates.issue(ctx(admin), { caseId: (await approved()).id });
    const url = `/api/checklists/certificates/${cert.id}/certificate.pdf`;
    const res = await t.app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${tokenFor(t.app, admin)}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/);
    const text = pdfText(pdf).replace(/\s+/g, '');
    expect(text).toContain(cert.serial);
    expect(text).toContain('呼和嘎查');
    expect(text).toContain(ZM1.name);
    expect(text).toContain('王建国');
    expect(text).toContain(`https://xz.example.cn/verify/${cert.serial}`);
    if (process.env['XZ_KEEP_PDF']) writeFileSync(process.env['XZ_KEEP_PDF'], pdf);
    const other = await t.app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${tokenFor(t.app, neighbour)}` },
    });
    expect(other.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('verifies a serial publicly: VALID, then REVOKED after a revocation with its reason; UNKNOWN otherwise', async () => {
    const cert = await certificates.issue(ctx(admin), { caseId: (await approved()).id });
    const q = `query($serial: String!) { verifyChecklistCertificate(serial: $serial) {
      serial status itemName villageName issuedOn revokedOn holderMasked } }`;
    type V = { verifyChecklistCertificate: Record<string, unknown> };
    const valid = dataOf(await t.gql<V>(q, { serial: cert.serial })).verifyChecklistCertificate;
    expect(valid).toMatchObject({
      serial: cert.serial,
      status: 'VALID',
      itemName: ZM1.name,
      villageName: '呼和嘎查',
      revokedOn: null,
      holderMasked: '王*国',
    });
    expect(valid['issuedOn']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(valid)).not.toContain('王建国');
    expect(sensitiveMatches(valid)).toEqual([]);

    await expect(certificates.revoke(ctx(admin), cert.id, ' ')).rejects.toMatchObject({
      code: 'CHECKLIST_REASON_REQUIRED',
    });
    await expect(certificates.revoke(ctx(neighbour), cert.id, '错误')).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
    const revoke = await t.gql<{ revokeChecklistCertificate: { status: string; revokeReason: string } }>(
      `mutation($id: ID!, $reason: String!) { revokeChecklistCertificate(id: $id, reason: $reason) { status revokeReason } }`,
      { id: cert.id, reason: '持证人信息有误' },
      tokenFor(t.app, admin),
    );
    expect(dataOf(revoke).revokeChecklistCertificate).toEqual({ status: 'REVOKED', revokeReason: '持证人信息有误' });
    await expect(certificates.revoke(ctx(admin), cert.id, '再次')).rejects.toMatchObject({
      code: 'CHECKLIST_CERTIFICATE_REVOKED',
    });
    const revoked = dataOf(await t.gql<V>(q, { serial: cert.serial })).verifyChecklistCertificate;
    expect(revoked).toMatchObject({ status: 'REVOKED' });
    expect(revoked['revokedOn']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const unknown = dataOf(await t.gql<V>(q, { serial: 'no-such-serial' })).verifyChecklistCertificate;
    expect(unknown).toEqual({
      serial: 'no-such-serial',
      status: 'UNKNOWN',
      itemName: null,
      villageName: null,
      issuedOn: null,
      revokedOn: null,
      holderMasked: null,
    });
    const audits = await t.dataSource.query(
      `SELECT operation, target_type FROM audit_log WHERE target_id = $1 ORDER BY id`,
      [cert.id],
    );
    expect(audits).toEqual([{ operation: 'revokeChecklistCertificate', target_type: 'checklistCertificate' }]);
    // a revoked certificate's case may get a new one
    const again = await certificates.issue(ctx(admin), { caseId: cert.caseId });
    expect(again.serial).not.toBe(cert.serial);
  });

  it('lists the issuance log of the region and shows the certificate on its case', async () => {
    const log = await t.gql<{
      checklistCertificates: { total: number; items: Array<{ serial: string; status: string }> };
    }>(
      `{ checklistCertificates(regionCode: "${V1}", first: 100) { total items { serial status holderName itemName issuedAt revokedAt } } }`,
      {},
      tokenFor(t.app, admin),
    );
    const items = dataOf(log).checklistCertificates.items;
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.some((i) => i.status === 'REVOKED')).toBe(true);
    expect(
      codeOf(await t.gql(`{ checklistCertificates(regionCode: "${V1}") { total } }`, {}, tokenFor(t.app, neighbour))),
    ).toBe('SCOPE_OUT_OF_REGION');
    const viaGql = await t.gql<{ issueChecklistCertificate: { id: string; serial: string; caseId: string } }>(
      `mutation($input: IssueChecklistCertificateInput!) { issueChecklistCertificate(input: $input) { id serial caseId } }`,
      { input: { caseId: (await approved()).id } },
      tokenFor(t.app, admin),
    );
    const issued = dataOf(viaGql).issueChecklistCertificate;
    const c = await t.gql<{ checklistCase: { certificate: { serial: string; status: string } } }>(
      `query($id: ID!) { checklistCase(id: $id) { certificate { serial status } } }`,
      { id: issued.caseId },
      tokenFor(t.app, admin),
    );
    expect(dataOf(c).checklistCase.certificate).toEqual({ serial: issued.serial, status: 'VALID' });
  });
});
