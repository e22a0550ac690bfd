/**
 * Synthetic points entries for a synthesized county (`npm run data:synth -- --scale county --entries 12`): every
 * town gets a scheme in force for the year (the five presets in turn), every taking-part household `perHousehold`
 * approved entries spread over the months of the year so far (one in twenty still waiting for review), written in
 * one set-based statement per village — the ledger, the entry states and the RECORDED/APPROVED events.
 */
import type { DataSource } from 'typeorm';
import { PRESET_KEYS, PRESETS } from '@xiangzhi/points/util';

export interface PointsSynthResult {
  schemes: number;
  entries: number;
  seconds: number;
}

const SYSTEM = '00000000-0000-0000-0000-000000000000';

export async function synthesizePoints(
  ds: DataSource,
  villages: readonly string[],
  options: { year: number; perHousehold: number; lastMonth: number },
): Promise<PointsSynthResult> {
  const t0 = Date.now();
  const towns = [...new Set(villages.map((v) => v.slice(0, 9) + '000'))].sort();
  const schemeOf = new Map<string, { id: string; preset: (typeof PRESET_KEYS)[number] }>();
  for (const [i, town] of towns.entries()) {
    const preset = PRESET_KEYS[i % PRESET_KEYS.length];
    const definition = { ...PRESETS[preset], year: options.year };
    const [row] = (await ds.query(
      `INSERT INTO points_scheme_version (region_code, year, version, status, preset_key, definition, change_reason,
              decided_at)
       VALUES ($1, $2, 1, 'IN_FORCE', $3, $4, '合成数据', now()) RETURNING id`,
      [town, options.year, preset, JSON.stringify(definition)],
    )) as Array<{ id: string }>;
    schemeOf.set(town, { id: row.id, preset });
  }
  let entries = 0;
  for (const village of villages) {
    const scheme = schemeOf.get(village.slice(0, 9) + '000');
    if (!scheme) continue;
    // household items without a cap (or a cap above their points), so that the synthetic ledger obeys the scheme
    const items = PRESETS[scheme.preset].items.filter(
      (it) =>
        it.subject === 'HOUSEHOLD' &&
        it.kind === 'POSITIVE' &&
        (it.capPerPeriod === null || it.capPerPeriod >= it.minPoints * options.perHousehold),
    );
    if (!items.length) continue;
    const [{ n }] = (await ds.query(
      `WITH picked AS (
         SELECT gen_random_uuid() AS id, h.id AS household_id, h.scope_code,
                (floor(random() * $3))::int + 1 AS item_no,
                make_date($4, 1 + (k % $5), 1 + (floor(random() * 28))::int) AS occurred_on,
                random() < 0.05 AS waiting
           FROM household h CROSS JOIN generate_series(0, $2 - 1) AS k
          WHERE h.region_code = $1 AND h.participating
       ), ledger AS (
         INSERT INTO points_entry (id, household_id, village_code, scope_code, scheme_version_id, item_code, item_kind,
                item_name, public_wording, points, occurred_on, description, channel, recorded_by)
         SELECT p.id, p.household_id, $1, p.scope_code, $6, ($7::text[])[p.item_no], 'POSITIVE',
                ($8::text[])[p.item_no], ($9::text[])[p.item_no], ($10::int[])[p.item_no], p.occurred_on,
                '合成数据', 'ON_SITE', $11
           FROM picked p
         RETURNING id
       ), states AS (
         INSERT INTO points_entry_state (entry_id, village_code, scope_code, occurred_on, status, approved_by, approved_at)
         SELECT p.id, $1, p.scope_code, p.occurred_on,
                (CASE WHEN p.waiting THEN 'RECORDED' ELSE 'APPROVED' END)::points_entry_status,
                CASE WHEN p.waiting THEN NULL ELSE $11::uuid END, CASE WHEN p.waiting THEN NULL ELSE now() END
           FROM picked p
       ), events AS (
         INSERT INTO points_entry_event (entry_id, action, actor_id)
         SELECT p.id, a.action::points_entry_action, $11
           FROM picked p CROSS JOIN LATERAL (
             SELECT 'RECORDED' AS action UNION ALL SELECT 'APPROVED' WHERE NOT p.waiting
           ) a
       )
       SELECT count(*)::int AS n FROM ledger`,
      [
        village,
        options.perHousehold,
        items.length,
        options.year,
        options.lastMonth,
        scheme.id,
        items.map((i) => i.code),
        items.map((i) => i.name),
        items.map((i) => i.publicWording),
        items.map((i) => i.minPoints),
        SYSTEM,
      ],
    )) as Array<{ n: number }>;
    entries += n;
  }
  return { schemes: towns.length, entries, seconds: (Date.now() - t0) / 1000 };
}
