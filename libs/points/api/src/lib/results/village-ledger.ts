import type { EntityManager } from 'typeorm';
import type { EngineBlackListing, EngineHousehold, YearOpening } from '@xiangzhi/points/util';

/** A household of the village with the names the boards need. */
export interface LedgerHousehold extends EngineHousehold {
  cardNumber: string;
  headName: string;
  members: ReadonlyArray<{ id: string; participating: boolean; name: string }>;
}

/** Households (with active members) of a village, in card order. */
export async function villageHouseholds(em: EntityManager, villageCode: string): Promise<LedgerHousehold[]> {
  const rows = (await em.query(
    `SELECT h.id, h.card_number AS "cardNumber", h.participating, COALESCE(hm.name, '') AS "headName",
            COALESCE(json_agg(json_build_object('id', m.id, 'participating', m.participating, 'name', m.name))
              FILTER (WHERE m.id IS NOT NULL), '[]') AS members
       FROM household h
       LEFT JOIN member hm ON hm.id = h.head_member_id
       LEFT JOIN member m ON m.household_id = h.id AND m.active
      WHERE h.region_code = $1
      GROUP BY h.id, hm.name
      ORDER BY h.card_number`,
    [villageCode],
  )) as Array<Omit<LedgerHousehold, 'villageCode'>>;
  return rows.map((r) => ({ ...r, villageCode }));
}

/** What year close of `year − 1` carried into `year` for the village's households. */
export async function yearOpenings(em: EntityManager, villageCode: string, year: number): Promise<YearOpening[]> {
  return (await em.query(
    `SELECT o.household_id AS "householdId", o.year, o.carried_balance AS "carriedBalance",
            o.carried_family_points AS "carriedFamilyPoints"
       FROM points_year_opening o JOIN points_year_close c ON c.id = o.close_id
      WHERE c.village_code = $1 AND o.year = $2`,
    [villageCode, year],
  )) as YearOpening[];
}

/** The black-list records of households, for the engine: a revoked record ends the day it was revoked. */
export async function blackListings(em: EntityManager, householdIds: readonly string[]): Promise<EngineBlackListing[]> {
  if (!householdIds.length) return [];
  return (await em.query(
    `SELECT household_id AS "householdId", to_char(from_date, 'YYYY-MM-DD') AS "from",
            to_char(CASE WHEN revoked_at IS NOT NULL AND (to_date IS NULL OR revoked_at::date < to_date)
                         THEN revoked_at::date ELSE to_date END, 'YYYY-MM-DD') AS "to"
       FROM points_listing
      WHERE kind = 'BLACK' AND household_id = ANY($1::uuid[])
        AND (revoked_at IS NULL OR revoked_at::date >= from_date)`,
    [[...householdIds]],
  )) as EngineBlackListing[];
}

/** What year close of `year − 1` carried into `year` for a household, if the year was closed. */
export async function yearOpeningOf(em: EntityManager, householdId: string, year: number): Promise<YearOpening | null> {
  const [o] = (await em.query(
    `SELECT household_id AS "householdId", year, carried_balance AS "carriedBalance",
            carried_family_points AS "carriedFamilyPoints"
       FROM points_year_opening WHERE household_id = $1 AND year = $2`,
    [householdId, year],
  )) as YearOpening[];
  return o ?? null;
}
