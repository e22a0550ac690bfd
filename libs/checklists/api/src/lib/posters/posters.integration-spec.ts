import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { EXAMPLE_CERTIFICATE_ITEMS } from '@xiangzhi/checklists/util';
import { Actor, Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { IdentityModule } from '@xiangzhi/identity/api';
import { RegistryModule } from '@xiangzhi/registry/api';
import { seedRegions, TEST_REGIONS, testActor, tokenFor } from '@xiangzhi/registry/api/testing';
import { checklistCtx } from '../../testing';
import { ChecklistsModule } from '../checklists.module';
import { ChecklistDraftSource } from '../checklists.enums';
import { ChecklistVersionsService } from '../services/checklist-versions.service';
import { mediaBoxes, pdfText } from './pdf-text.spec-helper';
import { POSTER_PAGE } from './poster-types';

const TOWN = TEST_REGIONS.towns[1];
const [, , VILLAGE, NEIGHBOUR] = TEST_REGIONS.villages;
const TITLE = '嘎鲁图镇沙尔嘎查依法出具证明事项清单';

describe('checklist posters over REST', () => {
  let t: TestApp;
  let town: Actor;
  let village: Actor;
  let neighbour: Actor;
  let templateId: string;
  let publishedId: string;
  let draftId: string;

  const get = (url: string, actor?: Actor) =>
    t.app.inject({
      method: 'GET',
      url,
      headers: actor ? { authorization: `Bearer ${tokenFor(t.app, actor)}` } : {},
    });
  const text = (body: Buffer) => pdfText(body).replace(/\n/g, '');

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule, ChecklistsModule]);
    await seedRegions(t.dataSource);
    town = testActor(Role.TOWN_SUPERVISOR, TOWN);
    village = testActor(Role.VILLAGE_ADMIN, VILLAGE);
    neighbour = testActor(Role.VILLAGE_ADMIN, NEIGHBOUR);
    const versions = t.app.get(ChecklistVersionsService);
    const template = await versions.createDraft(checklistCtx(town), {
      regionCode: TOWN,
      listType: 'CERTIFICATE',
      source: ChecklistDraftSource.EXAMPLES,
    });
    templateId = template.id;
    await versions.publishTemplate(checklistCtx(town), template.id, '首次发布', null);
    const adopted = await versions.adopt(checklistCtx(village), { villageCode: VILLAGE, listType: 'CERTIFICATE' });
    await versions.submit(checklistCtx(village), adopted.id, '首次上墙', '民发〔2020〕20号');
    await versions.approve(checklistCtx(town), adopted.id, null);
    publishedId = adopted.id;
    const next = await versions.createDraft(checklistCtx(village), {
      regionCode: VILLAGE,
      listType: 'CERTIFICATE',
      source: ChecklistDraftSource.PUBLISHED,
    });
    draftId = next.id;
  });
  afterAll(() => t?.close());

  it("serves a version's poster to staff of its village as an A3 or A4 portrait PDF", async () => {
    const a3 = await get(`/api/checklists/versions/${publishedId}/poster.pdf?size=A3`, village);
    expect(a3.statusCode).toBe(200);
    expect(a3.headers['content-type']).toBe('application/pdf');
    expect(a3.headers['cache-control']).toBe('no-store');
    expect(decodeURIComponent(String(a3.headers['content-disposition']).split("''")[1])).toBe(`${TITLE}-第1版-A3.pdf`);
    const boxes = mediaBoxes(a3.rawPayload);
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.every((b) => Math.round(b[2]) === Math.round(POSTER_PAGE.A3.width))).toBe(true);
    const content = text(a3.rawPayload);
    expect(content).toContain(TITLE);
    expect(content).toContain('现行有效');
    expect(content).toContain('政策依据：民发〔2020〕20号');
    for (const item of EXAMPLE_CERTIFICATE_ITEMS) expect(content).toContain(item.name);
    expect(content).toContain('办理流程图');
    expect(content).toContain('扫码查看'); // the QR code of the village's lists page

    const a4 = await get(`/api/checklists/versions/${publishedId}/poster.pdf`, village);
    expect(a4.statusCode).toBe(200);
    expect(mediaBoxes(a4.rawPayload).every((b) => Math.round(b[3]) === Math.round(POSTER_PAGE.A4.height))).toBe(true);
  });

  it('marks a draft as not in force, and lets a village print the town template it adopts', async () => {
    const draft = await get(`/api/checklists/versions/${draftId}/poster.pdf?size=a4`, village);
    expect(draft.statusCode).toBe(200);
    expect(text(draft.rawPayload)).toContain('第2版 · 草稿，未生效');
    const template = await get(`/api/checklists/versions/${templateId}/poster.pdf`, village);
    expect(template.statusCode).toBe(200);
    expect(text(template.rawPayload)).toContain('嘎鲁图镇依法出具证明事项清单');
    expect(text(template.rawPayload)).not.toContain('扫码查看'); // a town's template has no portal page
  });

  it('refuses outside the scope, without the permission, and without sign-in', async () => {
    const other = await get(`/api/checklists/versions/${publishedId}/poster.pdf`, neighbour);
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    const operator = await get(
      `/api/checklists/versions/${publishedId}/poster.pdf`,
      testActor(Role.SHOP_OPERATOR, VILLAGE),
    );
    expect(operator.statusCode).toBe(403);
    expect(operator.json()).toMatchObject({ code: 'AUTH_PERMISSION_DENIED' });
    const anonymous = await get(`/api/checklists/versions/${publishedId}/poster.pdf`);
    expect(anonymous.statusCode).toBe(401);
  });

  it('answers coded errors for an unknown version and a bad size', async () => {
    for (const id of [randomUUID(), 'not-a-version']) {
      const res = await get(`/api/checklists/versions/${id}/poster.pdf`, village);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'CHECKLIST_VERSION_NOT_FOUND', kind: 'NOT_FOUND' });
    }
    for (const size of ['A5', 'letter', 'A3A4']) {
      const res = await get(`/api/checklists/versions/${publishedId}/poster.pdf?size=${size}`, village);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'CHECKLIST_POSTER_SIZE_INVALID',
        kind: 'BAD_USER_INPUT',
        details: { size, allowed: ['A4', 'A3'] },
      });
    }
  });

  it('serves the public poster of the version in force without sign-in', async () => {
    const res = await get(`/api/public/checklists/${VILLAGE}/CERTIFICATE/poster.pdf?size=A3`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const content = text(res.rawPayload);
    expect(content).toContain(TITLE);
    expect(content).toContain('第1版'); // the published version, not the newer draft
    expect(content).not.toContain('草稿');
    for (const item of EXAMPLE_CERTIFICATE_ITEMS) expect(content).toContain(item.sample as string);
  });

  it('answers 404 when a village has no such list in force, and 400 for a bad size', async () => {
    for (const url of [
      `/api/public/checklists/${VILLAGE}/NEGATIVE/poster.pdf`,
      `/api/public/checklists/${NEIGHBOUR}/CERTIFICATE/poster.pdf`,
      `/api/public/checklists/${TOWN}/CERTIFICATE/poster.pdf`,
      `/api/public/checklists/12345/CERTIFICATE/poster.pdf`,
      `/api/public/checklists/${VILLAGE}/certificate;drop/poster.pdf`,
    ]) {
      const res = await get(url);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'CHECKLIST_NONE_PUBLISHED' });
    }
    const bad = await get(`/api/public/checklists/${VILLAGE}/CERTIFICATE/poster.pdf?size=B5`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'CHECKLIST_POSTER_SIZE_INVALID' });
  });

  it('renders the public poster once per version and size, and shows the next version once it is in force', async () => {
    const url = `/api/public/checklists/${VILLAGE}/CERTIFICATE/poster.pdf`;
    const first = await get(url);
    const again = await get(url);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    const versions = t.app.get(ChecklistVersionsService);
    await versions.submit(checklistCtx(village), draftId, '复核后重新上墙', '民发〔2020〕20号');
    await versions.approve(checklistCtx(town), draftId, null);
    const next = await get(url);
    expect(next.statusCode).toBe(200);
    expect(text(next.rawPayload)).toContain('第2版');
    expect(text(next.rawPayload)).toContain('调整理由：复核后重新上墙');
  });
});
