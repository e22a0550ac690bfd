import type { EntityManager } from 'typeorm';
import { parentCode } from '@xiangzhi/server/core';
import {
  householdStanding,
  type EngineBlackListing,
  type EngineEntry,
  type EngineRedemption,
  type HouseholdStanding,
  type SchemeDefinition,
  type YearOpening,
} from '@xiangzhi/points/util';

/** Everything the policy engine needs about one household and year, read in one statement. */
export interface StandingSnapshot {
  members: Array<{ id: string; participating: boolean }>;
  entries: EngineEntry[];
  redemptions: EngineRedemption[];
  blackList: EngineBlackListing[];
  opening: YearOpening | null;
  /** The scheme in force for the household's village (its own adaptation, else the town's), and its preset. */
  scheme: { id: string; definition: SchemeDefinition } | null;
  presetKey: string | null;
  headName: string | null;
  villageName: string;
  /** The value of the caller's extra column (see loadStandingSnapshot), or null. */
  extra: unknown;
}

/**
 * A column the caller reads in the same statement (one round trip less on a hot path): SQL built for the index of its
 * first parameter, and those parameters.
 */
export interface SnapshotExtra {
  sql: (firstParameter: number) => string;
  params: unknown[];
}

/**
 * One round trip for a household's standing (the shop's counter reads it inside its redemption transaction, after
 * locking the household: under READ COMMITTED this statement then sees every redemption committed before it).
 * Approved and published entries count, as in EntriesService.countingEntries.
 */
export async function loadStandingSnapshot(
  em: EntityManager,
  h: { id: string; regionCode: string; headMemberId: string | null },
  year: number,
  extra?: SnapshotExtra,
): Promise<StandingSnapshot> {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const [row] = (await em.query(
    `SELECT
       (SELECT COALESCE(json_agg(json_build_object('id', m.id, 'participating', m.participating)), '[]')
          FROM member m WHERE m.household_id = $1 AND m.active) AS members,
       (SELECT COALESCE(json_agg(json_build_object('id', e.id, 'householdId', e.household_id, 'memberId', e.member_id,
                 'itemCode', e.item_code, 'kind', e.item_kind, 'points', e.points,
                 'occurredOn', to_char(e.occurred_on, 'YYYY-MM-DD'), 'reversalOf', e.reversal_of)), '[]')
          FROM points_entry e JOIN points_entry_state s ON s.entry_id = e.id
         WHERE e.household_id = $1 AND s.status IN ('APPROVED', 'PUBLISHED')
           AND e.occurred_on >= $2 AND e.occurred_on < $3) AS entries,
       (SELECT COALESCE(json_agg(json_build_object('id', r.id, 'householdId', r.household_id, 'points', r.points,
                 'on', to_char(r.occurred_on, 'YYYY-MM-DD'))), '[]')
          FROM points_redemption r WHERE r.household_id = $1 AND r.occurred_on >= $2 AND r.occurred_on < $3) AS redemptions,
       (SELECT COALESCE(json_agg(json_build_object('householdId', l.household_id,
                 'from', to_char(l.from_date, 'YYYY-MM-DD'),
                 'to', to_char(CASE WHEN l.revoked_at IS NOT NULL AND (l.to_date IS NULL OR l.revoked_at::date < l.to_date)
                                    THEN l.revoked_at::date ELSE l.to_date END, 'YYYY-MM-DD'))), '[]')
          FROM points_listing l WHERE l.kind = 'BLACK' AND l.household_id = $1
           AND (l.revoked_at IS NULL OR l.revoked_at::date >= l.from_date)) AS "blackList",
       (SELECT json_build_object('householdId', o.household_id, 'year', o.year, 'carriedBalance', o.carried_balance,
                 'carriedFamilyPoints', o.carried_family_points)
          FROM points_year_opening o WHERE o.household_id = $1 AND o.year = $4) AS opening,
       (SELECT json_build_object('id', v.id, 'definition', v.definition, 'presetKey', (
                 WITH RECURSIVE chain(id, preset_key, based_on_id, depth) AS (
                   SELECT v.id, v.preset_key, v.based_on_id, 0
                   UNION ALL
                   SELECT p.id, p.preset_key, p.based_on_id, c.depth + 1
                     FROM points_scheme_version p JOIN chain c ON p.id = c.based_on_id
                    WHERE c.preset_key IS NULL AND c.depth < 10)
                 SELECT preset_key FROM chain WHERE preset_key IS NOT NULL LIMIT 1))
          FROM points_scheme_version v
         WHERE v.region_code IN ($5, $6) AND v.year = $4 AND v.status = 'IN_FORCE'
         ORDER BY CASE WHEN v.region_code = $5 THEN 0 ELSE 1 END LIMIT 1) AS scheme,
       (SELECT name FROM member WHERE id = $7) AS "headName",
       (SELECT name FROM region WHERE code = $5) AS "villageName",
       ${extra ? extra.sql(8) : 'NULL'} AS extra`,
    [
      h.id,
      from,
      to,
      year,
      h.regionCode,
      parentCode(h.regionCode) ?? h.regionCode,
      h.headMemberId,
      ...(extra?.params ?? []),
    ],
  )) as Array<{
    members: StandingSnapshot['members'];
    entries: EngineEntry[];
    redemptions: EngineRedemption[];
    blackList: EngineBlackListing[];
    opening: YearOpening | null;
    scheme: { id: string; definition: SchemeDefinition; presetKey: string | null } | null;
    headName: string | null;
    villageName: string | null;
    extra: unknown;
  }>;
  return {
    members: row.members,
    entries: row.entries,
    redemptions: row.redemptions,
    blackList: row.blackList,
    opening: row.opening,
    scheme: row.scheme ? { id: row.scheme.id, definition: row.scheme.definition } : null,
    presetKey: row.scheme?.presetKey ?? null,
    headName: row.headName,
    villageName: row.villageName ?? '',
    extra: row.extra ?? null,
  };
}

/** The engine's standing from a snapshot (null when no scheme is in force). */
export function standingFromSnapshot(
  snap: StandingSnapshot,
  h: { id: string; regionCode: string; participating: boolean },
  year: number,
  day: string,
): HouseholdStanding | null {
  if (!snap.scheme) return null;
  return householdStanding({
    parameters: snap.scheme.definition.parameters,
    household: { id: h.id, villageCode: h.regionCode, participating: h.participating, members: snap.members },
    year,
    entries: snap.entries,
    redemptions: snap.redemptions,
    blackList: snap.blackList,
    opening: snap.opening,
    asOf: day,
  });
}
