/**
 * Points demo data: each demo town runs the preset of its source scheme for this year (and last year, for the year
 * close), every village records entries month by month through the real services — approved up to two months ago,
 * reviewed last month (waiting for the town), recorded this month (waiting for review) —, the quarters that have
 * ended are published (hash-chained boards), and a few households are on the red and black lists.
 * Every entry is synthetic (the households are).
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  EntriesService,
  EntryChannel,
  ListKind,
  PublicationsService,
  ResultsService,
  ReviewDecision,
  SchemeService,
} from '@xiangzhi/points/api';
import { PRESETS, reviewPeriodOf, type PresetKey, type SchemeItem } from '@xiangzhi/points/util';
import { todayIso } from '@xiangzhi/registry/util';
import { AuditService, FilesService, RequestContext, Role, scopePrefix } from '@xiangzhi/server/core';
import { DEMO_TOWNS, DemoTown, villageCode } from './demo-towns';
import { prng } from './people';

/** The preset each demo town runs (its own seed scheme; 和美镇 runs the generic scheme of seed 003). */
export const TOWN_PRESET: Record<string, PresetKey> = {
  changba: 'CHANGBA_000',
  houshan: 'HOUSHAN_001',
  tuke: 'TUKE_002',
  gaoyang: 'GAOYANG_004',
  hemei: 'GENERIC_003',
};

/** A 1×1 PNG: the stand-in photo of the demo entries' evidence. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

type Ctx = RequestContext;

async function userCtx(ds: DataSource, username: string, role: Role, regionCode: string): Promise<Ctx> {
  const [u] = (await ds.query(`SELECT id, display_name AS name FROM app_user WHERE username = $1`, [
    username,
  ])) as Array<{
    id: string;
    name: string;
  }>;
  if (!u) throw new Error(`demo user ${username} is missing`);
  return new RequestContext(`seed-points-${username}`, {
    userId: u.id,
    username,
    displayName: u.name,
    role,
    regionCode,
    scopePrefixes: [scopePrefix(regionCode)],
  });
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function day(year: number, month: number, d: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Loads the points demo data (after the registry and the users). */
export async function seedPointsDemo(app: INestApplicationContext, ds: DataSource, log: (m: string) => void) {
  const schemes = app.get(SchemeService, { strict: false });
  const entries = app.get(EntriesService, { strict: false });
  const publications = app.get(PublicationsService, { strict: false });
  const results = app.get(ResultsService, { strict: false });
  const files = app.get(FilesService, { strict: false });
  const audit = app.get(AuditService, { strict: false });
  const system = RequestContext.system('seed-points');
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const r = prng(20261203);

  for (const town of DEMO_TOWNS) {
    const preset = TOWN_PRESET[town.key];
    if (!preset) continue;
    for (const y of [year - 1, year]) {
      const v = await schemes.create(system, {
        townCode: town.town.code,
        year: y,
        presetKey: preset,
        changeReason: `${y}年度实施方案`,
      } as Parameters<SchemeService['create']>[1]);
      await schemes.submit(system, v.id, `${y}年度实施方案`);
      await schemes.approve(system, v.id, '经镇乡村振兴办审定');
    }
    const recorder = await userCtx(ds, `${town.key}.admin`, Role.VILLAGE_ADMIN, town.town.code);
    const reviewer = await userCtx(ds, `${town.key}.reviewer`, Role.VILLAGE_REVIEWER, town.town.code);
    const approver = await userCtx(ds, `${town.key}.town`, Role.TOWN_SUPERVISOR, town.town.code);
    const items = PRESETS[preset].items.filter((i) => i.subject === 'HOUSEHOLD');
    const positives = items.filter((i) => i.kind === 'POSITIVE');
    const negatives = items.filter((i) => i.kind === 'NEGATIVE');
    let count = 0;
    for (let vi = 0; vi < town.villages.length; vi++) {
      count += await seedVillage(town, vi);
    }
    log(`${town.town.name}: scheme ${preset} in force, ${count} points entries`);

    async function seedVillage(t: DemoTown, index: number): Promise<number> {
      const village = villageCode(t, index);
      const households = (
        (await ds.query(`SELECT id FROM household WHERE region_code = $1 AND participating ORDER BY card_number`, [
          village,
        ])) as Array<{ id: string }>
      ).map((h) => h.id);
      if (!households.length) return 0;
      const photo = await ds.transaction((em) =>
        files.saveGenerated(em, system, '活动照片.png', 'image/png', PHOTO, village),
      );
      // what each household has of each item in the review period: the item's cap is never exceeded
      const used = new Map<string, number>();
      const record = async (item: SchemeItem, on: string, share: number) => {
        const points = item.minPoints + Math.floor(r() * (item.maxPoints - item.minPoints + 1));
        const p = reviewPeriodOf(PRESETS[preset].parameters, on);
        const key = (h: string) => `${h}|${item.code}|${p.year}-${p.fromMonth}`;
        const chosen = households.filter(
          (h) => r() < share && (item.capPerPeriod === null || (used.get(key(h)) ?? 0) + points <= item.capPerPeriod),
        );
        if (!chosen.length) return [];
        for (const h of chosen) used.set(key(h), (used.get(key(h)) ?? 0) + points);
        const res = await entries.recordBulk(recorder, {
          householdIds: chosen,
          itemCode: item.code,
          points,
          occurredOn: on,
          description: `${item.name}（${t.villages[index]}）`,
          channel: EntryChannel.ON_SITE,
          evidenceFileIds: [photo.id],
          idempotencyKey: `demo-${village}-${item.code}-${on}`,
        } as Parameters<EntriesService['recordBulk']>[1]);
        return res.items.map((e) => e.id);
      };
      const byMonth = new Map<string, string[]>();
      const months: Array<[number, number]> = [];
      // last year: the first village only, for the year close preview
      if (index === 0) for (let m = 1; m <= 12; m++) months.push([year - 1, m]);
      for (let m = 1; m <= month; m++) months.push([year, m]);
      for (const [y, m] of months) {
        const ids: string[] = [];
        const lastDay = y === year && m === month ? Number(today.slice(8, 10)) : 28;
        const picked = new Set<SchemeItem>();
        while (picked.size < Math.min(3, positives.length)) picked.add(positives[Math.floor(r() * positives.length)]);
        if (negatives.length && r() < 0.5) picked.add(negatives[Math.floor(r() * negatives.length)]);
        for (const item of picked) {
          const share = item.kind === 'NEGATIVE' ? 0.03 : 0.25;
          ids.push(...(await record(item, day(y, m, 1 + Math.floor(r() * lastDay)), share)));
        }
        byMonth.set(`${y}-${m}`, [...new Set(ids)]);
      }
      for (const [y, m] of months) {
        const ids = byMonth.get(`${y}-${m}`) ?? [];
        const age = (year - y) * 12 + (month - m);
        if (age < 1 || !ids.length) continue; // this month: waiting for the village review
        for (const part of chunks(ids, 500))
          await entries.review(reviewer, { entryIds: part, decision: ReviewDecision.APPROVE } as Parameters<
            EntriesService['review']
          >[1]);
        if (age < 2) continue; // last month: reviewed, waiting for the town
        for (const part of chunks(ids, 500))
          await entries.approve(approver, { entryIds: part } as Parameters<EntriesService['approve']>[1]);
      }
      // the quarters that have ended are on the board (last year's first: the chain runs in time order)
      if (index === 0) for (let q = 1; q <= 10; q += 3) await publications.publish(recorder, village, year - 1, q);
      for (let q = 1; q + 2 < month; q += 3) await publications.publish(recorder, village, year, q);
      await results.addListing(recorder, {
        householdId: households[Math.floor(r() * households.length)],
        kind: ListKind.RED,
        title: '最美家庭',
        fromDate: day(year, 1, 1),
        toDate: day(year, 12, 31),
      });
      if (households.length > 3 && index % 3 === 0)
        await results.addListing(recorder, {
          householdId: households[households.length - 1],
          kind: ListKind.BLACK,
          title: '违反村规民约',
          note: '私搭乱建，经劝导未整改',
          fromDate: day(year, Math.max(1, month - 2), 1),
          toDate: null,
        });
      const n = [...byMonth.values()].reduce((a, b) => a + b.length, 0);
      for (const c of [recorder, reviewer, approver]) c.auditNotes.length = 0;
      await audit.record(ds.manager, system, 'seedPointsDemo', { village }, [
        { targetType: 'region', targetId: village, regionCode: village, summary: { entries: n } },
      ]);
      return n;
    }
  }
}
