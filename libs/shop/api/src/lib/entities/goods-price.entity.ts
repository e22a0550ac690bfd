import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GoodsEntity } from './goods.entity';

/** A price of a goods item from a moment on (append-only price history). */
@Entity({ name: 'shop_goods_price' })
@Index('shop_goods_price_goods_idx', ['goodsId', 'changedAt'])
export class GoodsPriceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'shop_goods_price_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  goodsId!: string;

  @ManyToOne(() => GoodsEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'goods_id', foreignKeyConstraintName: 'shop_goods_price_goods_fk' })
  goods?: GoodsEntity;

  @Column({ type: 'integer' })
  pointsPrice!: number;

  @Column({ type: 'integer' })
  costFen!: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  changedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;
}
