import ExcelJS from 'exceljs';
import { IdentityModule } from '@xiangzhi/identity/api';
import { AuditService, FilesService, RequestContext, Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { IMPORT_COLUMNS, maskIdNumber } from '@xiangzhi/registry/util';
import {
  codeOf,
  dataOf,
  seedHousehold,
  seedRegions,
  sensitiveMatches,
  testActor,
  testIdNumber,
  TEST_REGIONS,
  tokenFor,
} from '../testing';
import { HouseholdImportEntity } from './entities/household-import.entity';
import { Relation, Residency } from './registry.enums';
import { loadHouseholds } from './services/bulk-load';
import { IdNumberCipher } from './services/id-number-cipher';
import { RegistryModule } from './registry.module';
import { HouseholdImportRunner } from './services/household-import.runner';

const [V1, V2, V3] = TEST_REGIONS.villages;

const START = `mutation($i: StartHouseholdImportInput!) { startHouseholdImport(input: $i) {
  id status villageCode total processed created errorCount errorReportFileId message } }`;
const STATUS = `query($id: ID!) { householdImport(id: $id) {
  id status villageCode total processed created errorCount errorReportFileId message } }`;

type Cell = string | number | Date | null;

interface ImportView {
  id: string;
  status: string;
  total: number;
  processed: number;
  created: number;
  errorCount: number;
  errorReportFileId: string | null;
  message: string | null;
}

/** An .xlsx (built in memory with exceljs) with the given header and rows. */
async function workbook(rows: Cell[][], header: readonly string[] = IMPORT_COLUMNS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('户籍台账');
  sheet.addRow([...header]);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Rows of the sheet of an .xlsx as texts. */
async function readSheet(data: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0].eachRow((row) =>
    out.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))),
  );
  return out;
}

/** A household of `size` members (head first) as import rows; ID numbers from `seed`. */
function householdRows(
  key: string,
  seed: number,
  size: number,
  extra: Partial<Record<'grid' | 'residency' | 'participating', string>> = {},
): Cell[][] {
  return Array.from({ length: size }, (_, i) => {
    const head = i === 0;
    return [
      key,
      head ? '是' : '否',
      head ? `户主${key}` : `成员${key}-${i}`,
      testIdNumber(seed + i),
      '',
      '',
      head ? '户主' : '子女',
      head ? '13812345678' : '',
      head ? (extra.grid ?? '001') : '',
      head ? `幸福路${key}号` : '',
      head ? (extra.residency ?? '本地户籍') : '',
      head && extra.residency === '非本地户籍' ? '2020-01-01' : '',
      head ? (extra.participating ?? '是') : '',
    ];
  });
}

describe('registry household import and export (integration)', () => {
  let t: TestApp;
  let files: FilesService;
  let runner: HouseholdImportRunner;
  const admin = testActor(Role.VILLAGE_ADMIN, V1);
  let adminToken: string;
  let seedBase = 500_000;

  const upload = async (data: Buffer, name = 'households.xlsx', actor = admin) =>
    (await files.saveUpload(new RequestContext('test', actor), name, data)).id;

  /** Starts an import and waits until the background run has finished. */
  async function runImport(data: Buffer, village = V1, tok = adminToken): Promise<ImportView> {
    const fileId = await upload(data);
    const started = dataOf(
      await t.gql<{ startHouseholdImport: ImportView }>(START, { i: { fileId, villageCode: village } }, tok),
    );
    expect(started.startHouseholdImport.status).toBe('QUEUED');
    await runner.whenIdle();
    return dataOf(await t.gql<{ householdImport: ImportView }>(STATUS, { id: started.startHouseholdImport.id }, tok))
      .householdImport;
  }

  const householdCount = async (village: string) =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM household WHERE region_code = $1`, [village]))[0].n);

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule]);
    await seedRegions(t.dataSource);
    files = t.app.get(FilesService);
    runner = t.app.get(HouseholdImportRunner);
    adminToken = tokenFor(t.app, admin);
  });
  afterAll(async () => {
    await runner?.whenIdle();
    await t?.close();
  });

  it('imports a workbook: households, members, history and one audit row, with progress', async () => {
    const rows = [
      ...householdRows('A1', seedBase, 3),
      ...householdRows('A2', seedBase + 10, 2, { grid: `${V1}002`, participating: '否' }),
      ...householdRows('A3', seedBase + 20, 1, { residency: '非本地户籍', participating: '否', grid: '' }),
    ];
    // a real Excel date cell (agreeing with the ID number) is accepted; blank ones are derived from the ID number
    rows[1][5] = new Date(Date.UTC(1950, 0, 1) + ((seedBase + 1) % 20000) * 86_400_000);
    seedBase += 100;
    const before = await householdCount(V1);
    const result = await runImport(await workbook(rows));
    expect(result).toMatchObject({ status: 'DONE', total: 6, processed: 6, created: 3, errorCount: 0, message: null });
    expect(await householdCount(V1)).toBe(before + 3);
    const imported = await t.dataSource.query(
      `SELECT h.card_number, h.grid_code, h.residency, h.participating, h.resident_since,
              (SELECT count(*) FROM member m WHERE m.household_id = h.id)::int AS members,
              (SELECT name FROM member m WHERE m.id = h.head_member_id) AS head,
              (SELECT count(*) FROM household_change c WHERE c.household_id = h.id AND c.operation = 'IMPORT')::int AS history
         FROM household h WHERE h.address LIKE '幸福路A%' ORDER BY h.card_number`,
    );
    expect(
      imported.map((h: Record<string, unknown>) => [
        h['head'],
        h['members'],
        h['grid_code'],
        h['residency'],
        h['participating'],
        h['history'],
      ]),
    ).toEqual([
      ['户主A1', 3, `${V1}001`, 'LOCAL_HUKOU', true, 1],
      ['户主A2', 2, `${V1}002`, 'LOCAL_HUKOU', false, 1],
      ['户主A3', 1, null, 'NON_LOCAL', false, 1],
    ]);
    const audit = await t.dataSource.query(
      `SELECT operation, summary FROM audit_log WHERE target_id = $1 ORDER BY id`,
      [result.id],
    );
    expect(audit.map((a: { operation: string }) => a.operation)).toEqual(['startHouseholdImport', 'householdImport']);
    expect(audit[1].summary.change).toEqual({ households: 3, members: 6, rows: 6 });
    // the imported members read back masked, derived birth date and gender
    const list = await t.gql<{ households: { items: Array<{ head: { idNumberMasked: string; birthDate: string } }> } }>(
      `{ households(filter: { search: "户主A1" }) { items { head { idNumberMasked birthDate gender } } } }`,
      {},
      adminToken,
    );
    expect(dataOf(list).households.items[0].head.idNumberMasked).toBe(maskIdNumber(testIdNumber(500_000)));
  });

  it('refuses the whole file when rows are bad, with an error report that adds a 错误 column', async () => {
    const existing = await seedHousehold(t.app, { villageCode: V1 });
    const [registeredId] = await t.dataSource.query(`SELECT id FROM member WHERE household_id = $1 LIMIT 1`, [
      existing.id,
    ]);
    const registered = dataOf(
      await t.gql<{ revealIdNumber: string }>(
        `mutation($m: ID!) { revealIdNumber(memberId: $m, reason: "导入测试") }`,
        { m: registeredId.id },
        adminToken,
      ),
    ).revealIdNumber;
    const good = householdRows('B1', seedBase, 2);
    const badCheck = householdRows('B2', seedBase + 10, 1);
    badCheck[0][3] = String(badCheck[0][3]).slice(0, 17) + (String(badCheck[0][3]).endsWith('1') ? '2' : '1');
    const dupInFile = householdRows('B3', seedBase + 20, 2);
    dupInFile[1][3] = good[0][3];
    const alreadyThere = householdRows('B4', seedBase + 30, 1);
    alreadyThere[0][3] = registered;
    const noHead = householdRows('B5', seedBase + 40, 1);
    noHead[0][1] = '否';
    noHead[0][6] = '子女';
    const unknownGrid = householdRows('B6', seedBase + 50, 1, { grid: '099' });
    const badDate = householdRows('B7', seedBase + 60, 1);
    badDate[0][5] = '1990-13-01';
    const numericId = householdRows('B8', seedBase + 70, 1);
    numericId[0][3] = Number('150626199001011234'); // typed as a number in Excel: digits lost
    seedBase += 100;
    const rows = [
      ...good,
      ...badCheck,
      ...dupInFile,
      ...alreadyThere,
      ...noHead,
      ...unknownGrid,
      ...badDate,
      ...numericId,
    ];
    const before = await householdCount(V1);
    const result = await runImport(await workbook(rows));
    expect(result).toMatchObject({
      status: 'FAILED',
      created: 0,
      errorCount: 7,
      message: 'IMPORT_ROWS_INVALID',
      total: rows.length,
    });
    expect(await householdCount(V1)).toBe(before);
    expect(result.errorReportFileId).toBeTruthy();
    const report = await readSheet(
      await files.read(new RequestContext('t', admin), result.errorReportFileId as string),
    );
    expect(report[0]).toEqual([...IMPORT_COLUMNS, '错误']);
    const errors = report.slice(1).map((r) => r[13] ?? '');
    expect(errors).toEqual([
      '',
      '',
      '身份证号校验位错误',
      '',
      expect.stringContaining('身份证号与第2行重复'),
      expect.stringContaining('身份证号已登记在册'),
      expect.stringContaining('该户没有户主'),
      expect.stringContaining('网格编号不是本村的网格'),
      expect.stringContaining('出生日期格式错误'),
      expect.stringContaining('身份证号须以文本格式填写'),
    ]);
  });

  it('refuses a header that is not the template, and a file that is not a workbook', async () => {
    const missing = await upload(await workbook([], IMPORT_COLUMNS.slice(0, 12)));
    const res1 = await t.gql(START, { i: { fileId: missing, villageCode: V1 } }, adminToken);
    expect(codeOf(res1)).toBe('IMPORT_COLUMNS_MISMATCH');
    const extra = await upload(await workbook([], [...IMPORT_COLUMNS, '备注']));
    expect(codeOf(await t.gql(START, { i: { fileId: extra, villageCode: V1 } }, adminToken))).toBe(
      'IMPORT_COLUMNS_MISMATCH',
    );
    const pdf = await upload(Buffer.from('%PDF-1.4\n%…'), 'households.pdf');
    expect(codeOf(await t.gql(START, { i: { fileId: pdf, villageCode: V1 } }, adminToken))).toBe('IMPORT_NOT_EXCEL');
    const zipNotXlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    const fake = await upload(zipNotXlsx, 'broken.xlsx');
    expect(codeOf(await t.gql(START, { i: { fileId: fake, villageCode: V1 } }, adminToken))).toBe('IMPORT_NOT_EXCEL');
    const text = await t.gql(
      START,
      { i: { fileId: '00000000-0000-4000-8000-000000000000', villageCode: V1 } },
      adminToken,
    );
    expect(codeOf(text)).toBe('FILE_NOT_FOUND');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM household_import WHERE status = 'QUEUED'`)).toEqual(
      [{ n: 0 }],
    );
  });

  it('refuses an import into a village outside the scope or by a role without the permission', async () => {
    const fileId = await upload(await workbook(householdRows('C1', seedBase, 1)));
    seedBase += 10;
    expect(codeOf(await t.gql(START, { i: { fileId, villageCode: V2 } }, adminToken))).toBe('SCOPE_OUT_OF_REGION');
    const town = tokenFor(t.app, testActor(Role.TOWN_SUPERVISOR, TEST_REGIONS.towns[0]));
    expect(codeOf(await t.gql(START, { i: { fileId, villageCode: V1 } }, town))).toBe('AUTH_PERMISSION_DENIED');
  });

  it('is all or nothing: a failure after the inserts leaves no household behind', async () => {
    const audit = t.app.get(AuditService);
    const record = audit.record.bind(audit);
    // the last step of the import transaction fails, after every household, member and history row was inserted
    jest.spyOn(audit, 'record').mockImplementation(async (em, ctx, operation, args, notes) => {
      if (operation === 'householdImport') throw new Error('disk full');
      return record(em, ctx, operation, args, notes);
    });
    try {
      const before = await householdCount(V3);
      const v3admin = testActor(Role.VILLAGE_ADMIN, V3);
      const fileId = await upload(await workbook(householdRows('D1', seedBase, 3, { grid: '' })), 'd.xlsx', v3admin);
      seedBase += 10;
      const started = dataOf(
        await t.gql<{ startHouseholdImport: ImportView }>(
          START,
          { i: { fileId, villageCode: V3 } },
          tokenFor(t.app, v3admin),
        ),
      );
      await runner.whenIdle();
      const [row] = await t.dataSource.query(`SELECT status, message, created FROM household_import WHERE id = $1`, [
        started.startHouseholdImport.id,
      ]);
      expect(row).toEqual({ status: 'FAILED', message: 'INTERNAL_ERROR', created: 0 });
      expect(await householdCount(V3)).toBe(before);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM member WHERE name LIKE '%D1%'`)).toEqual([
        { n: 0 },
      ]);
    } finally {
      jest.restoreAllMocks();
    }
  });

  it('takes up an import left unfinished by a crash', async () => {
    const fileId = await upload(await workbook(householdRows('E1', seedBase, 2)));
    seedBase += 10;
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO household_import (region_code, county_code, file_id, status, actor, updated_at)
       VALUES ($1, $2, $3, 'IMPORTING', $4, now() - interval '10 minutes') RETURNING id`,
      [V1, TEST_REGIONS.county, fileId, JSON.stringify(admin)],
    );
    expect(await runner.resumeStale(60)).toBe(1);
    await runner.whenIdle();
    const [row] = await t.dataSource.query(`SELECT status, created, attempts FROM household_import WHERE id = $1`, [
      id,
    ]);
    expect(row).toEqual({ status: 'DONE', created: 1, attempts: 1 });
  });

  it('serves the template (REST), whose example rows are skipped on import', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/registry/households/import-template.xlsx',
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const data = res.rawPayload;
    const rows = await readSheet(data);
    expect(rows[0]).toEqual([...IMPORT_COLUMNS]);
    expect(rows[1][0]).toBe('示例');
    const result = await runImport(data);
    expect(result).toMatchObject({ status: 'FAILED', message: 'IMPORT_EMPTY' });
    const denied = await t.app.inject({
      method: 'GET',
      url: '/api/registry/households/import-template.xlsx',
      headers: { authorization: `Bearer ${tokenFor(t.app, testActor(Role.VILLAGE_REVIEWER, V1))}` },
    });
    expect(denied.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/registry/households/import-template.xlsx' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('exports the register of the scope (REST), ID numbers and phones masked', async () => {
    const h = await seedHousehold(t.app, { villageCode: V1, extraMembers: 2 });
    await seedHousehold(t.app, { villageCode: V2 });
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/registry/households/export.xlsx?regionCode=${V1}`,
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(res.statusCode).toBe(200);
    const rows = await readSheet(res.rawPayload);
    expect(rows[0]).toEqual([...IMPORT_COLUMNS]);
    const mine = rows.filter((r) => r[0] === h.cardNumber);
    expect(mine.map((r) => r[1])).toEqual(['是', '否', '否']);
    expect(mine[0][3]).toMatch(/^150\*{11}[\dX]{4}$/);
    expect(mine[0][7]).toBe('138****8000');
    expect(rows.slice(1).every((r) => r[0].startsWith(`XZ${V1}`))).toBe(true);
    expect(sensitiveMatches(rows)).toEqual([]);
    const outside = await t.app.inject({
      method: 'GET',
      url: `/api/registry/households/export.xlsx?regionCode=${V2}`,
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(outside.statusCode).toBe(403);
    expect(JSON.parse(outside.body).code).toBe('SCOPE_OUT_OF_REGION');
    const audit = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE operation = 'exportHouseholds'`,
    );
    expect(audit[0].n).toBe(1);
  });

  it('refuses a second import of a village while one is running', async () => {
    const fileId = await upload(await workbook(householdRows('F1', seedBase, 1)));
    seedBase += 10;
    await t.dataSource.query(
      `INSERT INTO household_import (region_code, county_code, file_id, status, actor) VALUES ($1, $2, $3, 'VALIDATING', '{}')`,
      [V1, TEST_REGIONS.county, fileId],
    );
    expect(codeOf(await t.gql(START, { i: { fileId, villageCode: V1 } }, adminToken))).toBe(
      'REGISTRY_IMPORT_IN_PROGRESS',
    );
    await t.dataSource.query(`UPDATE household_import SET status = 'FAILED' WHERE status = 'VALIDATING'`);
  });

  it('reports progress at least every 200 rows (700 rows)', async () => {
    const rows: Cell[][] = [];
    for (let i = 0; i < 175; i++) rows.push(...householdRows(`G${i}`, seedBase + i * 4, 4));
    seedBase += 1000;
    const manager = t.dataSource.manager;
    const update = manager.update.bind(manager);
    const progress: Array<Record<string, unknown>> = [];
    const spy = jest.spyOn(manager, 'update').mockImplementation((target, criteria, set) => {
      if (target === HouseholdImportEntity) progress.push({ ...(set as Record<string, unknown>) });
      return update(target, criteria, set);
    });
    let result: ImportView;
    try {
      result = await runImport(await workbook(rows));
    } finally {
      spy.mockRestore();
    }
    expect(result).toMatchObject({ status: 'DONE', total: 700, processed: 700, created: 175 });
    expect(progress.filter((p) => p['total'] !== undefined).map((p) => p['total'])).toEqual([200, 400, 600, 700]);
    expect(progress.some((p) => p['status'] === 'IMPORTING')).toBe(true);
    const history = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM household_change c JOIN household h ON h.id = c.household_id WHERE h.address LIKE '幸福路G%'`,
    );
    expect(history[0].n).toBe(175);
  });
});

describe('loadHouseholds (bulk loader for demo and synthetic data)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule]);
    await seedRegions(t.dataSource);
  });
  afterAll(() => t?.close());

  it('writes households through the import writer, readable through the API', async () => {
    const V = TEST_REGIONS.villages[1];
    const result = await loadHouseholds(t.dataSource, t.app.get(IdNumberCipher), V, [
      {
        gridCode: `${V}001`,
        address: '演示路1号',
        residency: Residency.LOCAL_HUKOU,
        participating: true,
        members: [
          { name: '演示户主', idNumber: testIdNumber(900_001), relation: Relation.HEAD, phone: '13900001111' },
          { name: '演示成员', idNumber: testIdNumber(900_002), relation: Relation.CHILD },
        ],
      },
    ]);
    expect(result).toEqual({ households: 1, members: 2 });
    const page = await t.gql<{
      households: { items: Array<{ cardNumber: string; head: { name: string; phoneMasked: string } }> };
    }>(
      `{ households { items { cardNumber head { name phoneMasked } } } }`,
      {},
      tokenFor(t.app, testActor(Role.VILLAGE_ADMIN, V)),
    );
    expect(dataOf(page).households.items).toEqual([
      {
        cardNumber: expect.stringMatching(new RegExp(`^XZ${V}-00001[\\dX]$`)),
        head: { name: '演示户主', phoneMasked: '139****1111' },
      },
    ]);
  });
});
