import 'reflect-metadata';
import { DEFAULT_LIST_TYPES } from '@xiangzhi/checklists/util';
import { createTestApp, listOperations, TestApp } from '@xiangzhi/server/testing';
import { IdentityModule } from '@xiangzhi/identity/api';
import { RegistryModule } from '@xiangzhi/registry/api';
import { checklistPermission } from './checklist-access';
import { checklistsResolvers, ChecklistsModule } from './checklists.module';
import { checklistEntities } from './entities';

describe('checklists: migration, entities, append-only log, declared access', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule, ChecklistsModule]);
  });
  afterAll(() => t?.close());

  it('matches the entities exactly (no drift for the schema builder)', async () => {
    for (const entity of checklistEntities) expect(t.dataSource.hasMetadata(entity)).toBe(true);
    const sql = await t.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query).filter((q) => /checklist/.test(q))).toEqual([]);
  });

  it('seeds the default list types of @xiangzhi/checklists/util for every county', async () => {
    const rows = (await t.dataSource.query(
      `SELECT code, name_zh, name_en, display_order, kind, enabled FROM checklist_list_type
        WHERE county_code = '000000000000' ORDER BY display_order`,
    )) as Array<Record<string, unknown>>;
    expect(rows).toEqual(
      DEFAULT_LIST_TYPES.map((d) => ({
        code: d.code,
        name_zh: d.nameZh,
        name_en: d.nameEn,
        display_order: d.order,
        kind: d.kind,
        enabled: true,
      })),
    );
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the event log', async () => {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO checklist_version (region_code, county_code, list_type, version, status)
       VALUES ('150626100201', '150626000000', 'AUTONOMY', 1, 'DRAFT') RETURNING id`,
    );
    await t.dataSource.query(
      `INSERT INTO checklist_version_event (version_id, region_code, action, actor_id)
       VALUES ($1, '150626100201', 'CREATED', gen_random_uuid())`,
      [id],
    );
    await expect(t.dataSource.query(`UPDATE checklist_version_event SET reason = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM checklist_version_event`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE checklist_version_event`)).rejects.toThrow(/append-only/);
  });

  it('declares a permission or @Public on every operation; only the wall, complaints, results and verification are public', () => {
    const ops = listOperations(checklistsResolvers);
    expect(ops.length).toBeGreaterThan(10);
    for (const op of ops) expect(op.access).toBeDefined();
    expect(
      ops
        .filter((o) => o.access?.kind === 'public')
        .map((o) => o.name)
        .sort(),
    ).toEqual([
      'publicChecklistCases',
      'publicChecklistComplaint',
      'publicChecklists',
      'submitChecklistComplaint',
      'verifyChecklistCertificate',
    ]);
    const manage = ops.filter(
      (o) => o.access?.kind === 'permission' && o.access.permission === checklistPermission('MANAGE'),
    );
    expect(manage.map((o) => o.name).sort()).toEqual([
      'approveChecklist',
      'publishChecklistTemplate',
      'rejectChecklist',
    ]);
    const above = (action: 'COUNTY' | 'PROVINCE') =>
      ops.filter((o) => o.access?.kind === 'permission' && o.access.permission === checklistPermission(action));
    expect(above('COUNTY').map((o) => o.name)).toEqual(['setChecklistListType']);
    expect(above('PROVINCE').map((o) => o.name)).toEqual(['upsertChecklistDoNotIssue']);
  });
});
