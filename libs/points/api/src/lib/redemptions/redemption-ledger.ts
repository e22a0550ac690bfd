import type { EntityManager } from 'typeorm';
import type { EngineRedemption } from '@xiangzhi/points/util';
import { PointsRedemptionEntity } from './redemption.entity';

/** The shop's redemptions (and reversals) of a village or of households in a year, as the engine takes them. */
export async function redemptionsOf(
  em: EntityManager,
  where: { villageCode?: string; householdIds?: string[] },
  year: number,
): Promise<EngineRedemption[]> {
  const qb = em
    .createQueryBuilder(PointsRedemptionEntity, 'r')
    .select(['r.id', 'r.householdId', 'r.points', 'r.occurredOn'])
    .where('r.occurred_on >= :from AND r.occurred_on < :to', { from: `${year}-01-01`, to: `${year + 1}-01-01` });
  if (where.villageCode) qb.andWhere('r.village_code = :village', { village: where.villageCode });
  if (where.householdIds) qb.andWhere('r.household_id IN (:...hids)', { hids: where.householdIds });
  const rows = await qb.getMany();
  return rows.map((r) => ({ id: r.id, householdId: r.householdId, points: r.points, on: r.occurredOn }));
}
