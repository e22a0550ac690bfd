import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { HouseholdEntity } from '@xiangzhi/registry/api';

/**
 * Points taken from a household's balance by the points shop (积分兑换), or given back by a reversal (negative
 * points, `reversalOf` set). Append-only (a trigger refuses UPDATE and DELETE). The shop keeps what was exchanged;
 * this ledger keeps what it cost in points, so that balances come from the points domain alone.
 */
@Entity({ name: 'points_redemption' })
@Check('points_redemption_points_ck', `"points" <> 0`)
@Index('points_redemption_household_idx', ['householdId', 'occurredOn'])
@Index('points_redemption_village_idx', ['villageCode', 'occurredOn'])
@Index('points_redemption_reversal_of_uq', ['reversalOf'], { unique: true })
@Index('points_redemption_source_uq', ['sourceId'], { unique: true })
export class PointsRedemptionEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'points_redemption_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @ManyToOne(() => HouseholdEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'points_redemption_household_fk' })
  household?: HouseholdEntity;

  @Column({ type: 'varchar', length: 12 })
  villageCode!: string;

  @Column({ type: 'varchar', length: 15 })
  scopeCode!: string;

  /** > 0 taken, < 0 given back. */
  @Column({ type: 'integer' })
  points!: number;

  /** The day of the exchange; decides its year. */
  @Column({ type: 'date' })
  occurredOn!: string;

  @Column({ type: 'uuid', nullable: true })
  reversalOf!: string | null;

  @ManyToOne(() => PointsRedemptionEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'reversal_of', foreignKeyConstraintName: 'points_redemption_reversal_of_fk' })
  reversed?: PointsRedemptionEntity | null;

  /** The shop's record of the exchange (its receipt). */
  @Column({ type: 'uuid' })
  sourceId!: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
