import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ShopEntity } from './shop.entity';

/**
 * Goods of a shop (明码标价). The current prices are kept here for reading; every price ever set is in
 * `shop_goods_price`. Stock is not stored: it is the sum of the goods' stock movements.
 */
@Entity({ name: 'shop_goods' })
@Check('shop_goods_price_ck', `"points_price" > 0 AND "cost_fen" >= 0`)
@Index('shop_goods_shop_idx', ['shopId', 'name'])
export class GoodsEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'shop_goods_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  shopId!: string;

  @ManyToOne(() => ShopEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shop_id', foreignKeyConstraintName: 'shop_goods_shop_fk' })
  shop?: ShopEntity;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** 袋, 瓶, 桶 … */
  @Column({ type: 'varchar', length: 10 })
  unit!: string;

  @Column({ type: 'integer' })
  pointsPrice!: number;

  /** Cost price in fen. */
  @Column({ type: 'integer' })
  costFen!: number;

  @Column({ type: 'uuid', nullable: true })
  photoFileId!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Cash, cards or vouchers: refused where the town forbids cash (004). */
  @Column({ type: 'boolean', default: false })
  cashLike!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
