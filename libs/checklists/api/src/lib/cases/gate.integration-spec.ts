import 'reflect-metadata';
import {
  DO_NOT_ISSUE_CERTIFICATES,
  EXAMPLE_CERTIFICATE_ITEMS,
  EXAMPLE_NEGATIVE_ITEMS,
} from '@xiangzhi/checklists/util';
import { Actor, Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { IdentityModule } from '@xiangzhi/identity/api';
import { RegistryModule } from '@xiangzhi/registry/api';
import { codeOf, dataOf, seedRegions, TEST_REGIONS, testActor, tokenFor } from '@xiangzhi/registry/api/testing';
import { checklistCtx as ctx, publishExampleLists } from '../../testing';
import { ChecklistsModule } from '../checklists.module';
import { ChecklistApplicantKind, ChecklistRequestKind } from './cases.enums';
import { ChecklistCasesService } from './cases.service';
import { ChecklistGateService } from './gate.service';

const [T1, T2] = TEST_REGIONS.towns;
const [V1, V2] = TEST_REGIONS.villages;
const PROVINCE = '150000000000';
const FM1 = EXAMPLE_NEGATIVE_ITEMS[0];
const ZM1 = EXAMPLE_CERTIFICATE_ITEMS[0];

describe('the negative-list gate: refusals shown with their basis, recorded for oversight, never lost', () => {
  let t: TestApp;
  let gate: ChecklistGateService;
  let cases: ChecklistCasesService;
  let admin: Actor;
  let town: Actor;
  let town2: Actor;
  let oversight: Actor;
  let neighbour: Actor;
  let sysadmin: Actor;
  let county: Actor;

  const refusalRows = async () =>
    (await t.dataSource.query(
      `SELECT id, region_code, requested_by, request_kind, request_text, department, item_code, refusal_code,
              matched_code, matched_name, policy_basis FROM checklist_gate_refusal ORDER BY requested_at, id`,
    )) as Array<Record<string, string | null>>;
  const check = (actor: Actor, kind: ChecklistRequestKind, text: string, department?: string) =>
    gate.check(ctx(actor), { villageCode: V1, kind, text, department: department ?? null });

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule, ChecklistsModule]);
    await seedRegions(t.dataSource);
    await publishExampleLists(t.app, [V1, V2]);
    gate = t.app.get(ChecklistGateService);
    cases = t.app.get(ChecklistCasesService);
    admin = testActor(Role.VILLAGE_ADMIN, V1);
    town = testActor(Role.TOWN_SUPERVISOR, T1);
    town2 = testActor(Role.TOWN_SUPERVISOR, T2);
    oversight = testActor(Role.OVERSIGHT, V1);
    neighbour = testActor(Role.VILLAGE_ADMIN, V2);
    sysadmin = testActor(Role.SYSTEM_ADMIN, '000000000000');
    county = testActor(Role.COUNTY_SUPERVISOR, TEST_REGIONS.county);
  });
  afterAll(() => t?.close());

  it('ships the national do-not-issue list as data', async () => {
    const list = await gate.doNotIssue(ctx(admin));
    expect(list.map((d) => d.code)).toEqual(DO_NOT_ISSUE_CERTIFICATES.map((d) => d.code));
    expect(list[4]).toMatchObject({ name: '无犯罪记录证明', provinceCode: '000000000000', enabled: true });
  });

  it('refuses a do-not-issue certificate with the item and its basis, and records who asked what', async () => {
    const r = await check(admin, ChecklistRequestKind.CERTIFICATE, '请村里开一个无犯罪记录证明');
    expect(r.allowed).toBe(false);
    expect(r.refusal).toMatchObject({
      code: 'CHECKLIST_DO_NOT_ISSUE',
      itemCode: 'DNI-05',
      itemName: '无犯罪记录证明',
      basis: DO_NOT_ISSUE_CERTIFICATES[4].basis,
      alternative: '由公安机关出具',
    });
    expect(r.matches).toContainEqual(expect.objectContaining({ source: 'DO_NOT_ISSUE', code: 'DNI-05' }));
    const rows = await refusalRows();
    expect(rows).toEqual([
      expect.objectContaining({
        id: r.refusal?.refusalId,
        region_code: V1,
        requested_by: admin.userId,
        request_kind: 'CERTIFICATE',
        request_text: '请村里开一个无犯罪记录证明',
        refusal_code: 'CHECKLIST_DO_NOT_ISSUE',
        matched_code: 'DNI-05',
        matched_name: '无犯罪记录证明',
      }),
    ]);
    // the refusal has its own audit row
    const audits = await t.dataSource.query(`SELECT operation, target_type FROM audit_log WHERE target_id = $1`, [
      r.refusal?.refusalId,
    ]);
    expect(audits).toEqual([{ operation: 'checklistGateRefusal', target_type: 'checklistGateRefusal' }]);
  });

  it('allows a listed certificate and a listed task', async () => {
    expect(await check(admin, ChecklistRequestKind.CERTIFICATE, '入党外调政审证明')).toMatchObject({
      allowed: true,
      itemCode: ZM1.code,
      refusal: null,
    });
    expect(await check(town, ChecklistRequestKind.TASK, '低保', '镇民政办')).toMatchObject({
      allowed: true,
      itemCode: 'XZ-001',
    });
  });

  it('refuses a task matching a NEGATIVE item and a task not on the assisted-government list', async () => {
    const neg = await check(town, ChecklistRequestKind.TASK, '请各村完成报刊订阅任务', '县文旅局');
    expect(neg.refusal).toMatchObject({
      code: 'CHECKLIST_NEGATIVE_ITEM',
      itemCode: FM1.code,
      itemName: FM1.name,
      basis: FM1.basis,
    });
    const unlisted = await check(town, ChecklistRequestKind.TASK, '协助开展企业安全生产检查', '县应急管理局');
    expect(unlisted.refusal).toMatchObject({ code: 'CHECKLIST_TASK_NOT_LISTED', itemCode: null });
    const notCert = await check(admin, ChecklistRequestKind.CERTIFICATE, '证明我家的羊是我家的');
    expect(notCert.refusal).toMatchObject({ code: 'CHECKLIST_NOT_A_CERTIFICATE' });
    const rows = await refusalRows();
    expect(rows.find((r) => r['id'] === neg.refusal?.refusalId)).toMatchObject({
      department: '县文旅局',
      requested_by: town.userId,
      matched_code: FM1.code,
      policy_basis: FM1.basis,
    });
    expect(rows.find((r) => r['id'] === unlisted.refusal?.refusalId)).toMatchObject({
      refusal_code: 'CHECKLIST_TASK_NOT_LISTED',
      department: '县应急管理局',
    });
  });

  it('answers checkChecklistRequest over GraphQL and audits the check and the refusal', async () => {
    const res = await t.gql<{
      checkChecklistRequest: { allowed: boolean; refusal: { code: string; itemCode: string; refusalId: string } };
    }>(
      `mutation($input: CheckChecklistRequestInput!) { checkChecklistRequest(input: $input) {
        allowed itemCode refusal { code itemCode itemName basis alternative refusalId } matches { source code name } } }`,
      { input: { villageCode: V1, kind: 'CERTIFICATE', text: '居民养犬证明', department: null } },
      tokenFor(t.app, admin),
    );
    const r = dataOf(res).checkChecklistRequest;
    expect(r).toMatchObject({ allowed: false, refusal: { code: 'CHECKLIST_DO_NOT_ISSUE', itemCode: 'DNI-04' } });
    const audits = await t.dataSource.query(`SELECT operation FROM audit_log WHERE target_id = $1 ORDER BY id`, [
      r.refusal.refusalId,
    ]);
    expect(audits).toEqual([{ operation: 'checklistGateRefusal' }, { operation: 'checkChecklistRequest' }]);
  });

  it('refuses opening a case for a NEGATIVE item or a banned certificate, and the refusal survives the error', async () => {
    const before = (await refusalRows()).length;
    const token = tokenFor(t.app, admin);
    const open = (input: Record<string, unknown>) =>
      t.gql(
        `mutation($input: OpenChecklistCaseInput!) { openChecklistCase(input: $input) { id } }`,
        {
          input: {
            villageCode: V1,
            applicantKind: 'ORGANISATION',
            applicantName: '某公司',
            clientKey: `gate-${Math.random().toString(36).slice(2, 12)}`,
            ...input,
          },
        },
        token,
      );
    const negative = await open({ listType: 'NEGATIVE', itemCode: FM1.code, requestText: '报刊订阅' });
    expect(codeOf(negative)).toBe('CHECKLIST_NEGATIVE_ITEM');
    expect(negative.errors?.[0].extensions).toMatchObject({ itemCode: FM1.code, itemName: FM1.name, basis: FM1.basis });
    const banned = await open({ listType: 'CERTIFICATE', itemCode: ZM1.code, requestText: '开具亲属关系证明' });
    expect(codeOf(banned)).toBe('CHECKLIST_DO_NOT_ISSUE');
    expect(banned.errors?.[0].extensions).toMatchObject({ itemCode: 'DNI-01', itemName: '亲属关系证明' });
    const rows = await refusalRows();
    expect(rows).toHaveLength(before + 2);
    expect(rows.slice(-2).map((r) => [r['refusal_code'], r['item_code'], r['matched_code']])).toEqual([
      ['CHECKLIST_NEGATIVE_ITEM', FM1.code, FM1.code],
      ['CHECKLIST_DO_NOT_ISSUE', ZM1.code, 'DNI-01'],
    ]);
    // nothing of the refused mutation itself was kept: no case, no mutation audit row
    expect(await t.dataSource.query(`SELECT 1 FROM checklist_case`)).toEqual([]);
    expect(await t.dataSource.query(`SELECT 1 FROM audit_log WHERE operation = 'openChecklistCase'`)).toEqual([]);
    // through the service as well
    await expect(
      cases.open(ctx(admin), {
        villageCode: V1,
        listType: 'NEGATIVE',
        itemCode: FM1.code,
        applicantKind: ChecklistApplicantKind.ORGANISATION,
        applicantName: '某公司',
        clientKey: 'gate-service-1',
      }),
    ).rejects.toMatchObject({ code: 'CHECKLIST_NEGATIVE_ITEM' });
    expect(await refusalRows()).toHaveLength(before + 3);
    // append-only
    await expect(t.dataSource.query(`UPDATE checklist_gate_refusal SET request_text = 'x'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`DELETE FROM checklist_gate_refusal`)).rejects.toThrow(/append-only/);
  });

  it('lists refusals for oversight and the town, never for another village or town', async () => {
    const total = (await refusalRows()).length;
    expect((await gate.refusals(ctx(oversight), V1, { first: 100, offset: 0 })).total).toBe(total);
    expect((await gate.refusals(ctx(town), T1, { first: 100, offset: 0 })).total).toBe(total);
    expect((await gate.refusals(ctx(county), TEST_REGIONS.county, { first: 100, offset: 0 })).total).toBe(total);
    await expect(gate.refusals(ctx(neighbour), V1, { first: 20, offset: 0 })).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
    await expect(gate.refusals(ctx(town2), V1, { first: 20, offset: 0 })).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
    await expect(check(neighbour, ChecklistRequestKind.CERTIFICATE, '无犯罪记录证明')).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
    const res = await t.gql<{ checklistGateRefusals: { total: number; items: Array<{ refusalCode: string }> } }>(
      `{ checklistGateRefusals(regionCode: "${V1}", first: 5) { total items { refusalCode matchedCode matchedName policyBasis requestText requestedAt } } }`,
      {},
      tokenFor(t.app, oversight),
    );
    expect(dataOf(res).checklistGateRefusals.total).toBe(total);
  });

  it('lets a province extend or switch off entries of the national list (system administrator only)', async () => {
    const entry = {
      provinceCode: PROVINCE,
      code: 'NM-01',
      name: '牲畜存栏证明',
      keywords: ['存栏'],
      exceptions: [],
      basis: '自治区民政厅通知（示例）',
      alternative: '由苏木镇农牧业服务中心核实',
      enabled: true,
    };
    await expect(gate.upsertDoNotIssue(ctx(admin), entry)).rejects.toMatchObject({ code: 'AUTH_PERMISSION_DENIED' });
    await expect(gate.upsertDoNotIssue(ctx(town), entry)).rejects.toMatchObject({ code: 'AUTH_PERMISSION_DENIED' });
    await expect(gate.upsertDoNotIssue(ctx(sysadmin), { ...entry, provinceCode: V1 })).rejects.toMatchObject({
      code: 'CHECKLIST_PROVINCE_INVALID',
    });
    expect(await gate.upsertDoNotIssue(ctx(sysadmin), entry)).toMatchObject({ code: 'NM-01', provinceCode: PROVINCE });
    expect((await check(admin, ChecklistRequestKind.CERTIFICATE, '开牲畜存栏证明')).refusal).toMatchObject({
      code: 'CHECKLIST_DO_NOT_ISSUE',
      itemCode: 'NM-01',
      basis: '自治区民政厅通知（示例）',
    });
    // switching DNI-05 off in the province: the request falls to "not on the village's certificate list"
    const dni5 = DO_NOT_ISSUE_CERTIFICATES[4];
    await gate.upsertDoNotIssue(ctx(sysadmin), {
      provinceCode: PROVINCE,
      code: dni5.code,
      name: dni5.name,
      keywords: [...dni5.keywords],
      exceptions: [],
      basis: dni5.basis,
      alternative: dni5.alternative,
      enabled: false,
    });
    expect((await check(admin, ChecklistRequestKind.CERTIFICATE, '无犯罪记录证明')).refusal?.code).toBe(
      'CHECKLIST_NOT_A_CERTIFICATE',
    );
    const inProvince = await gate.doNotIssue(ctx(admin));
    expect(inProvince.find((d) => d.code === dni5.code)).toMatchObject({ enabled: false, provinceCode: PROVINCE });
    expect(inProvince.map((d) => d.code)).toContain('NM-01');
    const national = await gate.doNotIssue(ctx(sysadmin), '000000000000');
    expect(national.find((d) => d.code === dni5.code)).toMatchObject({ enabled: true });
    expect(national.map((d) => d.code)).not.toContain('NM-01');
    const audits = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE target_type = 'checklistDoNotIssue'`,
    );
    expect(audits[0].n).toBe(0); // service calls outside GraphQL: the interceptor writes the audit rows
    const res = await t.gql(
      `mutation($input: ChecklistDoNotIssueInput!) { upsertChecklistDoNotIssue(input: $input) { code enabled } }`,
      { input: { ...entry, name: '牲畜存栏数量证明' } },
      tokenFor(t.app, sysadmin),
    );
    expect(res.errors).toBeUndefined();
    expect(
      (
        await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE target_type = 'checklistDoNotIssue'`)
      )[0].n,
    ).toBe(1);
  });
});
