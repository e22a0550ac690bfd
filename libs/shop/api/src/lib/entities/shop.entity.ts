import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SixHaveRecord } from '@xiangzhi/shop/util';

/**
 * A points shop (积分超市). It serves one village, or several neighbouring villages of one town (002).
 * `regionCode` is the village it serves, or the town when it serves several; scope checks go by the served villages.
 */
@Entity({ name: 'shop' })
@Index('shop_region_idx', ['regionCode'])
export class ShopEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'shop_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 12 })
  countyCode!: string;

  /** The villages whose households may redeem here (all of one town). */
  @Column({ type: 'varchar', length: 12, array: true })
  villageCodes!: string[];

  @Column({ type: 'varchar', length: 200 })
  address!: string;

  /** 有专人管理: the person in charge. */
  @Column({ type: 'varchar', length: 50 })
  personInCharge!: string;

  /** The 六有 record: each of the six with a description and a photo. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  sixHaves!: SixHaveRecord[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
