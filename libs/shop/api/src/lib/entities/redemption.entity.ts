import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { HouseholdEntity } from '@xiangzhi/registry/api';
import { ShopEntity } from './shop.entity';

/**
 * An exchange at a shop (a line of the 兑换领取台账), append-only. A reversal is its own row with negative points
 * and `reversalOf` set; the points side lives in the points domain's `points_redemption` under the same id.
 */
@Entity({ name: 'shop_redemption' })
@Check('shop_redemption_points_ck', `"points" <> 0`)
@Index('shop_redemption_shop_idx', ['shopId', 'occurredOn'])
@Index('shop_redemption_household_idx', ['householdId', 'occurredOn'])
@Index('shop_redemption_village_idx', ['villageCode', 'occurredOn'])
@Index('shop_redemption_receipt_uq', ['receiptNumber'], { unique: true })
@Index('shop_redemption_reversal_of_uq', ['reversalOf'], { unique: true })
@Index('shop_redemption_key_uq', ['createdBy', 'clientKey'], { unique: true })
export class RedemptionEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'shop_redemption_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  shopId!: string;

  @ManyToOne(() => ShopEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shop_id', foreignKeyConstraintName: 'shop_redemption_shop_fk' })
  shop?: ShopEntity;

  @Column({ type: 'uuid' })
  householdId!: string;

  @ManyToOne(() => HouseholdEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'shop_redemption_household_fk' })
  household?: HouseholdEntity;

  @Column({ type: 'varchar', length: 12 })
  villageCode!: string;

  @Column({ type: 'varchar', length: 15 })
  scopeCode!: string;

  /** DH-2026-000123 (CZ- for a reversal). */
  @Column({ type: 'varchar', length: 24 })
  receiptNumber!: string;

  /** > 0 taken; < 0 given back by a reversal. */
  @Column({ type: 'integer' })
  points!: number;

  @Column({ type: 'integer' })
  balanceBefore!: number;

  @Column({ type: 'integer' })
  balanceAfter!: number;

  @Column({ type: 'integer' })
  exchangeableAfter!: number;

  @Column({ type: 'uuid', nullable: true })
  reversalOf!: string | null;

  @ManyToOne(() => RedemptionEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'reversal_of', foreignKeyConstraintName: 'shop_redemption_reversal_of_fk' })
  reversed?: RedemptionEntity | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason!: string | null;

  @Column({ type: 'date' })
  occurredOn!: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'varchar', length: 64 })
  clientKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
