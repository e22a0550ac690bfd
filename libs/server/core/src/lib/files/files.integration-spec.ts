import { createTestApp, TestApp } from '../../testing/harness';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { Role } from '../auth/roles';
import type { Actor } from '../context/request-context';
import {
  actor,
  multipart,
  MultipartFile,
  OTHER_VILLAGE,
  pngBytes,
  TEST_VILLAGE,
  tokenFor,
} from '../../testing/helpers';
import { ProbeModule } from '../../testing/probe.module';
import { XLSX_TYPE } from './file-type';
import { filesNotAttachable } from './attachable';
import { RequestContext } from '../context/request-context';

const UPLOAD_LIMIT = 4096;

describe('files (S7, integration)', () => {
  let t: TestApp;
  const uploader = actor(Role.VILLAGE_ADMIN, TEST_VILLAGE, { username: 'files.admin' });
  const reviewer = actor(Role.VILLAGE_REVIEWER, TEST_VILLAGE);
  const townSupervisor = actor(Role.TOWN_SUPERVISOR, '150121100000', { scopePrefixes: ['150121100'] });
  const otherVillage = actor(Role.VILLAGE_ADMIN, OTHER_VILLAGE);
  const shop = actor(Role.SHOP_OPERATOR, TEST_VILLAGE);

  beforeAll(async () => {
    t = await createTestApp([ProbeModule], { UPLOAD_LIMIT_BYTES: String(UPLOAD_LIMIT) });
  });

  afterAll(async () => {
    await t?.close();
  });

  function upload(files: MultipartFile[], who: Actor | null = uploader, headers: Record<string, string> = {}) {
    const body = multipart(files);
    return t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: {
        'content-type': body.contentType,
        ...(who ? { authorization: `Bearer ${tokenFor(t.app, who)}` } : {}),
        ...headers,
      },
      payload: body.payload,
    });
  }

  function download(id: string, who: Actor | null) {
    return t.app.inject({
      method: 'GET',
      url: `/api/files/${id}`,
      headers: who ? { authorization: `Bearer ${tokenFor(t.app, who)}` } : {},
    });
  }

  const json = (res: LightMyRequestResponse) => JSON.parse(res.body);
  const storedCount = async () =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM stored_file`))[0].n as number;
  /** Every file under DATA_DIR. */
  const filesOnDisk = (): string[] => {
    const root = t.config.values.DATA_DIR;
    return readdirSync(root).flatMap((d) =>
      statSync(join(root, d)).isDirectory() ? readdirSync(join(root, d)).map((f) => join(d, f)) : [d],
    );
  };

  /** Runs `act` and checks that it stored nothing, in the database or on disk. */
  async function expectNothingStored(act: () => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse> {
    const rows = await storedCount();
    const disk = filesOnDisk().length;
    const res = await act();
    expect(await storedCount()).toBe(rows);
    expect(filesOnDisk()).toHaveLength(disk);
    return res;
  }

  describe('upload', () => {
    it('stores a PNG for a user with FILE_UPLOAD, under DATA_DIR, in the uploader’s region, and audits it', async () => {
      const data = pngBytes(300);
      const res = await upload([{ filename: 'evidence.png', contentType: 'image/png', data }], uploader, {
        'x-request-id': 'upload-req-0001',
      });
      expect(res.statusCode).toBe(201);
      const info = json(res);
      expect(info).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'evidence.png',
        size: 300,
        contentType: 'image/png',
      });

      const [row] = await t.dataSource.query(`SELECT * FROM stored_file WHERE id = $1`, [info.id]);
      expect(row).toMatchObject({
        name: 'evidence.png',
        content_type: 'image/png',
        size: 300,
        region_code: TEST_VILLAGE,
        owner_id: uploader.userId,
        kind: 'UPLOAD',
        sha256: createHash('sha256').update(data).digest('hex'),
      });
      const path = join(t.config.values.DATA_DIR, row.storage_key);
      expect(readFileSync(path).equals(data)).toBe(true);
      expect(statSync(path).mode & 0o777).toBe(0o600);

      const audit = await t.dataSource.query(`SELECT * FROM audit_log WHERE request_id = 'upload-req-0001'`);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actor_id: uploader.userId,
        actor_name: 'files.admin',
        operation: 'uploadFile',
        target_type: 'file',
        target_id: info.id,
        region_code: TEST_VILLAGE,
        summary: { args: { name: 'evidence.png' }, change: { size: 300, contentType: 'image/png' } },
      });
    });

    it('lets a grid worker upload and read back their own file, which stays hidden from other grids', async () => {
      // as identity signs them in: bound to the village, seeing only their grids
      const gridWorker = actor(Role.GRID_WORKER, TEST_VILLAGE, { scopePrefixes: [`${TEST_VILLAGE}001`] });
      const otherGrid = actor(Role.GRID_WORKER, TEST_VILLAGE, { scopePrefixes: [`${TEST_VILLAGE}002`] });
      const res = await upload([{ filename: 'visit.png', data: pngBytes() }], gridWorker);
      expect(res.statusCode).toBe(201);
      const { id } = json(res);
      expect((await download(id, gridWorker)).statusCode).toBe(200);
      expect((await download(id, uploader)).statusCode).toBe(200);
      expect((await download(id, otherGrid)).statusCode).toBe(404);
    });

    it('types a file by its content and accepts a spreadsheet', async () => {
      const zip = Buffer.concat([Buffer.from('504b030414000600', 'hex'), Buffer.alloc(200, 1)]);
      const res = await upload([{ filename: 'households.xlsx', contentType: 'application/zip', data: zip }]);
      expect(res.statusCode).toBe(201);
      expect(json(res).contentType).toBe(XLSX_TYPE);
    });

    it.each([
      ['a text file renamed .png', 'photo.png', Buffer.from('just some text, not an image at all')],
      ['an HTML page renamed .pdf', 'minutes.pdf', Buffer.from('<!DOCTYPE html><script>alert(1)</script>')],
      ['an executable renamed .jpg', 'photo.jpg', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)])],
      ['a ZIP renamed .txt', 'notes.txt', Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(100)])],
    ])('refuses %s with 400 FILE_TYPE_NOT_ALLOWED and stores nothing', async (_label, filename, data) => {
      const res = await expectNothingStored(() => upload([{ filename, contentType: 'image/png', data }]));
      expect(res.statusCode).toBe(400);
      expect(json(res)).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', kind: 'BAD_USER_INPUT' });
    });

    it('accepts a file of exactly UPLOAD_LIMIT_BYTES', async () => {
      const res = await upload([{ filename: 'limit.png', data: pngBytes(UPLOAD_LIMIT) }]);
      expect(res.statusCode).toBe(201);
      expect(json(res).size).toBe(UPLOAD_LIMIT);
    });

    it.each([UPLOAD_LIMIT + 1, UPLOAD_LIMIT * 8])(
      'refuses %d bytes with 400 FILE_TOO_LARGE and stores nothing',
      async (size) => {
        const res = await expectNothingStored(() => upload([{ filename: 'big.png', data: pngBytes(size) }]));
        expect(res.statusCode).toBe(400);
        expect(json(res)).toMatchObject({ code: 'FILE_TOO_LARGE', kind: 'BAD_USER_INPUT' });
      },
    );

    it('refuses an empty file', async () => {
      const res = await expectNothingStored(() => upload([{ filename: 'empty.png', data: Buffer.alloc(0) }]));
      expect(res.statusCode).toBe(400);
      expect(json(res).code).toBe('FILE_EMPTY');
    });

    it('refuses a request that is not multipart', async () => {
      const res = await expectNothingStored(() =>
        t.app.inject({
          method: 'POST',
          url: '/api/files',
          headers: { authorization: `Bearer ${tokenFor(t.app, uploader)}` },
          payload: { file: 'x' },
        }),
      );
      expect(res.statusCode).toBe(400);
      expect(json(res).code).toBe('FILE_MULTIPART_REQUIRED');
    });

    it('refuses a multipart body without a file', async () => {
      const body = multipart([], { note: 'no file here' });
      const res = await expectNothingStored(() =>
        t.app.inject({
          method: 'POST',
          url: '/api/files',
          headers: { authorization: `Bearer ${tokenFor(t.app, uploader)}`, 'content-type': body.contentType },
          payload: body.payload,
        }),
      );
      expect(res.statusCode).toBe(400);
      expect(json(res).code).toBe('FILE_MISSING');
    });

    it('refuses a truncated multipart body with a coded 400, not a 500', async () => {
      const body = multipart([{ filename: 'cut.png', data: pngBytes(1000) }]);
      const res = await expectNothingStored(() =>
        t.app.inject({
          method: 'POST',
          url: '/api/files',
          headers: { authorization: `Bearer ${tokenFor(t.app, uploader)}`, 'content-type': body.contentType },
          payload: body.payload.subarray(0, 300),
        }),
      );
      expect(res.statusCode).toBe(400);
      expect(json(res)).toMatchObject({ code: 'FILE_MULTIPART_INVALID', kind: 'BAD_USER_INPUT' });
    });

    it('keeps path characters out of the stored name', async () => {
      const res = await upload([{ filename: '../../etc/passwd.png', data: pngBytes() }]);
      expect(res.statusCode).toBe(201);
      expect(json(res).name).not.toContain('/');
    });

    it('answers 401 to an anonymous upload and stores nothing', async () => {
      const res = await expectNothingStored(() => upload([{ filename: 'anon.png', data: pngBytes() }], null));
      expect(res.statusCode).toBe(401);
      expect(json(res).code).toBe('AUTH_UNAUTHENTICATED');
    });

    it.each([
      ['a reviewer', reviewer],
      ['a shop operator', shop],
    ])('answers 403 to %s (no FILE_UPLOAD) and stores nothing', async (_label, who) => {
      const res = await expectNothingStored(() => upload([{ filename: 'x.png', data: pngBytes() }], who));
      expect(res.statusCode).toBe(403);
      expect(json(res)).toMatchObject({ code: 'AUTH_PERMISSION_DENIED', details: { permission: 'FILE_UPLOAD' } });
    });
  });

  describe('filesNotAttachable', () => {
    const unknown = '00000000-0000-4000-8000-0000000000aa';
    let inVillage: string;
    let ownOutside: string;

    beforeAll(async () => {
      [{ id: inVillage }, { id: ownOutside }] = (await t.dataSource.query(
        `INSERT INTO stored_file (name, content_type, size, sha256, region_code, owner_id, kind, storage_key)
         VALUES ('a.png', 'image/png', 1, repeat('0', 64), $1, $2, 'IMAGE', 'attach-a'),
                ('b.png', 'image/png', 1, repeat('0', 64), $1, $3, 'IMAGE', 'attach-b')
         RETURNING id::text AS id`,
        [TEST_VILLAGE, uploader.userId, otherVillage.userId],
      )) as Array<{ id: string }>;
    });

    const refusedFor = (who: Actor, ids: string[]) =>
      filesNotAttachable(t.dataSource.manager, new RequestContext('attach-test', who), ids);

    it('lets a user attach files of their region and their own uploads elsewhere', async () => {
      expect(await refusedFor(uploader, [inVillage, ownOutside])).toEqual([]);
      expect(await refusedFor(townSupervisor, [inVillage])).toEqual([]);
      expect(await refusedFor(otherVillage, [ownOutside])).toEqual([]);
    });

    it('names, in the order given, the files outside the region that are not their own and those not stored', async () => {
      expect(await refusedFor(otherVillage, [unknown, ownOutside, inVillage, inVillage])).toEqual([
        unknown,
        inVillage,
        inVillage,
      ]);
      expect(await refusedFor(uploader, [])).toEqual([]);
    });
  });

  describe('download', () => {
    const data = pngBytes(500);
    let id: string;

    beforeAll(async () => {
      // PNG content under a .jpg name: the type served is the one found by content
      const res = await upload([{ filename: '证据 photo.jpg', contentType: 'image/jpeg', data }]);
      expect(res.statusCode).toBe(201);
      id = json(res).id;
    });

    it.each([
      ['the uploader', uploader],
      ['a reviewer of the same village', reviewer],
      ['the town supervisor above it', townSupervisor],
      ['the system administrator', actor(Role.SYSTEM_ADMIN, '000000000000', { scopePrefixes: [''] })],
    ])('serves the bytes to %s, typed by content, with nosniff', async (_label, who) => {
      const res = await download(id, who);
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.equals(data)).toBe(true);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['content-length']).toBe(String(data.length));
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent('证据 photo.jpg')}`,
      );
    });

    it('answers 404 FILE_NOT_FOUND to a user whose scope does not hold the file’s region', async () => {
      for (const who of [
        otherVillage,
        actor(Role.GRID_WORKER, `${TEST_VILLAGE}001`, { scopePrefixes: [`${TEST_VILLAGE}001`] }),
      ]) {
        const res = await download(id, who);
        expect(res.statusCode).toBe(404);
        expect(json(res)).toEqual({ code: 'FILE_NOT_FOUND', kind: 'NOT_FOUND', details: {} });
        expect(res.body).not.toContain('PNG');
      }
    });

    it('answers the same 404 for an id that does not exist or is not an id', async () => {
      for (const missing of ['00000000-0000-4000-8000-000000000000', 'not-an-id', '..%2F..%2Fetc%2Fpasswd']) {
        const res = await download(missing, uploader);
        expect(res.statusCode).toBe(404);
        expect(json(res).code).toBe('FILE_NOT_FOUND');
      }
    });

    it('answers 401 to an anonymous caller', async () => {
      const res = await download(id, null);
      expect(res.statusCode).toBe(401);
      expect(json(res).code).toBe('AUTH_UNAUTHENTICATED');
    });

    it('answers 403 to a role without FILE_READ', async () => {
      const res = await download(id, shop);
      expect(res.statusCode).toBe(403);
      expect(json(res)).toMatchObject({ code: 'AUTH_PERMISSION_DENIED', details: { permission: 'FILE_READ' } });
    });
  });
});
