import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ShopEntity } from './shop.entity';

/**
 * The town's yearly rating of a shop operator's service quality (004 二(二) 根据服务质量每年给予超市经营者积分奖励).
 * Where the scheme says so, the award is a points entry for the operator's household (it then goes through the
 * normal review and approval). One rating per shop, operator and year.
 */
@Entity({ name: 'shop_operator_rating' })
@Index('shop_operator_rating_uq', ['shopId', 'operatorUserId', 'year'], { unique: true })
export class OperatorRatingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'shop_operator_rating_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  shopId!: string;

  @ManyToOne(() => ShopEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shop_id', foreignKeyConstraintName: 'shop_operator_rating_shop_fk' })
  shop?: ShopEntity;

  @Column({ type: 'uuid' })
  operatorUserId!: string;

  @Column({ type: 'integer' })
  year!: number;

  /** 1 (poor) … 5 (excellent). */
  @Column({ type: 'integer' })
  score!: number;

  @Column({ type: 'varchar', length: 500 })
  comment!: string;

  /** The operator's household that receives the award, and the entry recorded for it. */
  @Column({ type: 'uuid', nullable: true })
  householdId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  pointsEntryId!: string | null;

  @Column({ type: 'integer', default: 0 })
  awardedPoints!: number;

  @Column({ type: 'uuid', nullable: true })
  ratedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
