/* eslint-disable @nx/enforce-module-boundaries */
// The demo seed lives in tools/seed, which is no Nx project and has no Jest project of its own; its test runs with
// the API's (it boots the API's domain modules), so it imports the seed by relative path, here only.
import 'reflect-metadata';
import { validateItem } from '@xiangzhi/checklists/util';
import { ChecklistsModule } from '@xiangzhi/checklists/api';
import { IdentityModule } from '@xiangzhi/identity/api';
import { seedUser } from '@xiangzhi/identity/api/testing';
import { seedHousehold } from '@xiangzhi/registry/api/testing';
import { RegionEntity, RegionLevelValue, RegistryModule } from '@xiangzhi/registry/api';
import { Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { TUKE_TEMPLATES } from '../../../../tools/seed/checklists-demo.data';
import { seedChecklistsDemo } from '../../../../tools/seed/checklists-demo';
import { DEMO_TOWNS, villageCode } from '../../../../tools/seed/demo-towns';

const tuke = DEMO_TOWNS.find((t) => t.key === 'tuke');
if (!tuke) throw new Error('图克镇 is missing from towns.data.json');
const TOWN = tuke.town.code;
const village = (i: number) => villageCode(tuke, i);

describe('checklist demo data of 图克镇 (tools/seed/checklists-demo.ts)', () => {
  it('fills every template item from the catalogue: valid, with a flow chart on handled items, codes unique', () => {
    for (const [listType, items] of Object.entries(TUKE_TEMPLATES)) {
      expect(items.length).toBeGreaterThanOrEqual(5);
      expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
      for (const item of items) {
        expect({ code: item.code, problems: validateItem(listType, item, { requireFlow: true }) }).toEqual({
          code: item.code,
          problems: [],
        });
        if (listType !== 'NEGATIVE') expect(item.flow?.steps.length).toBeGreaterThan(2);
      }
    }
    const autonomy = TUKE_TEMPLATES['AUTONOMY'].map((i) => i.name).join('；');
    for (const matter of [
      '误工补贴',
      '集体经济所得收益',
      '筹资筹劳',
      '承包经营方案',
      '宅基地的使用方案',
      '征地补偿费',
    ]) {
      expect(autonomy).toContain(matter);
    }
  });

  describe('the seed through the services', () => {
    let t: TestApp;
    const log: string[] = [];

    beforeAll(async () => {
      t = await createTestApp([IdentityModule, RegistryModule, ChecklistsModule]);
      const county = tuke.county.code;
      await t.dataSource
        .createQueryBuilder()
        .insert()
        .into(RegionEntity)
        .values([
          {
            code: county,
            name: tuke.county.name,
            level: RegionLevelValue.COUNTY,
            parentCode: tuke.city.code,
            countyCode: county,
          },
          { code: TOWN, name: tuke.town.name, level: RegionLevelValue.TOWN, parentCode: county, countyCode: county },
          ...tuke.villages.map((name, i) => ({
            code: village(i),
            name,
            level: RegionLevelValue.VILLAGE,
            parentCode: TOWN,
            countyCode: county,
            sort: i,
          })),
        ])
        .orIgnore()
        .execute();
      await seedUser(t.dataSource, {
        username: 'tuke.town',
        password: 'Demo@2026x',
        role: Role.TOWN_SUPERVISOR,
        regionCode: TOWN,
      });
      await seedUser(t.dataSource, {
        username: 'tuke.admin',
        password: 'Demo@2026x',
        role: Role.VILLAGE_ADMIN,
        regionCode: village(0),
      });
      await seedUser(t.dataSource, {
        username: 'tuke.oversight',
        password: 'Demo@2026x',
        role: Role.OVERSIGHT,
        regionCode: village(0),
      });
      await seedUser(t.dataSource, {
        username: `${tuke.county.key}.county`,
        password: 'Demo@2026x',
        role: Role.COUNTY_SUPERVISOR,
        regionCode: tuke.county.code,
      });
      // residents to apply: three households in each approved 嘎查村
      for (let i = 0; i < 8; i++) for (let h = 0; h < 3; h++) await seedHousehold(t.app, { villageCode: village(i) });
      await seedChecklistsDemo(t.app, t.dataSource, (m) => log.push(m));
    });
    afterAll(() => t?.close());

    const statuses = async (region: string) =>
      (
        (await t.dataSource.query(
          `SELECT list_type, status FROM checklist_version WHERE region_code = $1 ORDER BY list_type, version`,
          [region],
        )) as Array<{ list_type: string; status: string }>
      ).map((r) => `${r.list_type}:${r.status}`);

    it('publishes the four town templates with the catalogue items', async () => {
      const rows = (await t.dataSource.query(
        `SELECT list_type, status, jsonb_array_length(items) AS n, change_reason FROM checklist_version WHERE region_code = $1`,
        [TOWN],
      )) as Array<{ list_type: string; status: string; n: number; change_reason: string }>;
      expect(rows.map((r) => [r.list_type, r.status, r.n]).sort()).toEqual(
        Object.entries(TUKE_TEMPLATES)
          .map(([type, items]) => [type, 'PUBLISHED', items.length])
          .sort(),
      );
      expect(rows.every((r) => r.change_reason.includes('图政发〔2022〕141号'))).toBe(true);
    });

    it('puts eight 嘎查村 lists on the wall, one village awaiting approval, one with drafts', async () => {
      for (let i = 2; i < 8; i++) {
        expect(await statuses(village(i))).toEqual([
          'ASSISTED_GOVERNMENT:PUBLISHED',
          'AUTONOMY:PUBLISHED',
          'CERTIFICATE:PUBLISHED',
          'NEGATIVE:PUBLISHED',
        ]);
      }
      expect(await statuses(village(0))).toEqual([
        'ASSISTED_GOVERNMENT:PUBLISHED',
        'AUTONOMY:PUBLISHED',
        'CERTIFICATE:SUPERSEDED',
        'CERTIFICATE:PUBLISHED',
        'NEGATIVE:PUBLISHED',
      ]);
      expect(await statuses(village(1))).toEqual([
        'ASSISTED_GOVERNMENT:PUBLISHED',
        'AUTONOMY:PUBLISHED',
        'CERTIFICATE:PUBLISHED',
        'NEGATIVE:PUBLISHED',
        'NEGATIVE:REJECTED',
      ]);
      expect(await statuses(village(8))).toEqual([
        'ASSISTED_GOVERNMENT:SUBMITTED',
        'AUTONOMY:SUBMITTED',
        'CERTIFICATE:SUBMITTED',
        'NEGATIVE:SUBMITTED',
      ]);
      expect(await statuses(village(9))).toEqual([
        'ASSISTED_GOVERNMENT:DRAFT',
        'AUTONOMY:DRAFT',
        'CERTIFICATE:DRAFT',
        'NEGATIVE:DRAFT',
      ]);
    });

    it('adapts a few items per village and keeps the template link, the reason and the legal basis', async () => {
      const [v] = (await t.dataSource.query(
        `SELECT v.items, v.change_reason, v.legal_basis, tpl.region_code AS template_region
           FROM checklist_version v JOIN checklist_version tpl ON tpl.id = v.based_on_id
          WHERE v.region_code = $1 AND v.list_type = 'ASSISTED_GOVERNMENT'`,
        [village(1)],
      )) as Array<{
        items: Array<{ code: string; timeLimit: { days?: number } }>;
        change_reason: string;
        legal_basis: string;
        template_region: string;
      }>;
      expect(v.template_region).toBe(TOWN);
      expect(v.items.find((i) => i.code === 'XZ-006')?.timeLimit.days).toBe(20);
      expect(v.change_reason).toContain(tuke.villages[1]);
      expect(v.legal_basis).toContain('村民委员会组织法');
      const [community] = (await t.dataSource.query(
        `SELECT items FROM checklist_version WHERE region_code = $1 AND list_type = 'AUTONOMY'`,
        [village(9)],
      )) as Array<{ items: Array<{ code: string }> }>;
      expect(community.items.map((i) => i.code)).not.toContain('ZZ-004');
    });

    it('writes version events and audit rows as the mutations do, by the demo users', async () => {
      const events = (await t.dataSource.query(
        `SELECT action, count(*)::int AS n FROM checklist_version_event GROUP BY action ORDER BY action`,
      )) as Array<{ action: string; n: number }>;
      expect(Object.fromEntries(events.map((e) => [e.action, e.n]))).toEqual({
        APPROVED: 33,
        CREATED: 46,
        PUBLISHED: 37,
        REJECTED: 1,
        SUBMITTED: 38,
        SUPERSEDED: 1,
      });
      const audit = (await t.dataSource.query(
        `SELECT operation, actor_name, count(*)::int AS n FROM audit_log WHERE target_type = 'checklistVersion'
          GROUP BY operation, actor_name ORDER BY operation, actor_name`,
      )) as Array<{ operation: string; actor_name: string; n: number }>;
      expect(audit.map((a) => `${a.operation}/${a.actor_name}/${a.n}`)).toEqual([
        'adoptChecklistTemplate/tuke.admin/40',
        'approveChecklist/tuke.town/33',
        'createChecklistDraft/tuke.admin/2',
        'createChecklistDraft/tuke.town/4',
        'publishChecklistTemplate/tuke.town/4',
        'rejectChecklist/tuke.town/1',
        'submitChecklist/tuke.admin/38',
        'updateChecklistDraft/tuke.admin/8',
        'updateChecklistDraft/tuke.town/4',
      ]);
      expect(log.join('\n')).toContain('图克镇');
    });

    it('runs cases at different steps, closed approved and rejected, two of them overdue', async () => {
      const rows = (await t.dataSource.query(
        `SELECT region_code, status, result, current_step_id, due_at < now() OR step_due_at < now() AS late
           FROM checklist_case ORDER BY region_code, number`,
      )) as Array<{
        region_code: string;
        status: string;
        result: string | null;
        current_step_id: string;
        late: boolean;
      }>;
      expect(rows).toHaveLength(34);
      expect(new Set(rows.map((r) => r.region_code))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6, 7].map(village)));
      expect(rows.filter((r) => r.status === 'OPEN')).toHaveLength(17);
      expect(rows.filter((r) => r.result === 'APPROVED').length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.result === 'REJECTED').length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.status === 'OPEN' && r.late).map((r) => r.region_code)).toEqual([
        village(0),
        village(3),
      ]);
      const steps = new Set(rows.filter((r) => r.status === 'OPEN').map((r) => r.current_step_id));
      expect([...steps].sort()).toEqual(['county', 'oversee', 'party', 'review', 'town']);
      const numbers = (await t.dataSource.query(
        `SELECT number FROM checklist_case WHERE region_code = $1 ORDER BY opened_at`,
        [village(0)],
      )) as Array<{ number: string }>;
      expect(numbers.map((n) => n.number)).toEqual([...numbers.map((n) => n.number)].sort());
      const events = (await t.dataSource.query(`SELECT count(*)::int AS n FROM checklist_case_event`)) as Array<{
        n: number;
      }>;
      expect(events[0].n).toBeGreaterThan(60);
    });

    it('shows the public what a resident sees: disclosed results and the certificates by serial', async () => {
      const cases = await t.gql<{
        publicChecklistCases: { total: number; items: Array<{ number: string; result: string }> };
      }>(`query($v: String!) { publicChecklistCases(villageCode: $v, first: 50) { total items { number result } } }`, {
        v: village(0),
      });
      expect(cases.errors).toBeUndefined();
      expect(cases.data?.publicChecklistCases.total).toBeGreaterThan(0);
      const certs = (await t.dataSource.query(
        `SELECT serial, revoked_at IS NOT NULL AS revoked FROM checklist_certificate WHERE region_code = $1`,
        [village(0)],
      )) as Array<{ serial: string; revoked: boolean }>;
      for (const c of certs) {
        const res = await t.gql<{ verifyChecklistCertificate: { status: string; villageName: string } }>(
          `query($s: String!) { verifyChecklistCertificate(serial: $s) { status villageName } }`,
          { s: c.serial },
        );
        expect(res.data?.verifyChecklistCertificate).toEqual({
          status: c.revoked ? 'REVOKED' : 'VALID',
          villageName: tuke.villages[0],
        });
      }
    });

    it('records refused requests, certificates (one revoked), an inspection and complaints', async () => {
      const refusals = (await t.dataSource.query(
        `SELECT refusal_code, matched_code FROM checklist_gate_refusal ORDER BY requested_at, id`,
      )) as Array<{ refusal_code: string; matched_code: string | null }>;
      expect(refusals.map((r) => `${r.refusal_code}:${r.matched_code ?? ''}`).sort()).toEqual(
        [
          'CHECKLIST_DO_NOT_ISSUE:DNI-01',
          'CHECKLIST_DO_NOT_ISSUE:DNI-05',
          'CHECKLIST_DO_NOT_ISSUE:DNI-10',
          'CHECKLIST_NEGATIVE_ITEM:FM-001',
          'CHECKLIST_NEGATIVE_ITEM:FM-004',
          'CHECKLIST_TASK_NOT_LISTED:',
        ].sort(),
      );
      const certs = (await t.dataSource.query(
        `SELECT serial, revoked_at IS NOT NULL AS revoked FROM checklist_certificate ORDER BY serial`,
      )) as Array<{ serial: string; revoked: boolean }>;
      expect(certs).toHaveLength(4);
      expect(certs.filter((c) => c.revoked)).toHaveLength(1);
      const findings = (await t.dataSource.query(
        `SELECT status, count(*)::int AS n FROM checklist_finding GROUP BY status ORDER BY status`,
      )) as Array<{ status: string; n: number }>;
      expect(findings.map((f) => `${f.status}:${f.n}`)).toEqual(['OPEN:1', 'RECTIFICATION_REQUIRED:1', 'VERIFIED:1']);
      const complaints = (await t.dataSource.query(
        `SELECT status FROM checklist_complaint ORDER BY status::text`,
      )) as Array<{
        status: string;
      }>;
      expect(complaints.map((c) => c.status)).toEqual(['REPLIED', 'SUBMITTED']);
      const audit = (await t.dataSource.query(
        `SELECT DISTINCT operation FROM audit_log WHERE target_type <> 'checklistVersion' ORDER BY operation`,
      )) as Array<{ operation: string }>;
      expect(audit.map((a) => a.operation)).toEqual(
        expect.arrayContaining([
          'actOnChecklistCase',
          'checkChecklistRequest',
          'handleChecklistComplaint',
          'issueChecklistCertificate',
          'openChecklistCase',
          'recordChecklistInspection',
          'recordChecklistRectification',
          'revokeChecklistCertificate',
          'submitChecklistComplaint',
        ]),
      );
    });
  });
});
