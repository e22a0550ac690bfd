import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GoodsEntity } from './goods.entity';
import { RedemptionEntity } from './redemption.entity';

/** A line of a redemption: goods, quantity and the price it went at (append-only). */
@Entity({ name: 'shop_redemption_line' })
@Check('shop_redemption_line_quantity_ck', `"quantity" > 0`)
@Index('shop_redemption_line_redemption_idx', ['redemptionId'])
@Index('shop_redemption_line_goods_idx', ['goodsId'])
export class RedemptionLineEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'shop_redemption_line_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  redemptionId!: string;

  @ManyToOne(() => RedemptionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'redemption_id', foreignKeyConstraintName: 'shop_redemption_line_redemption_fk' })
  redemption?: RedemptionEntity;

  @Column({ type: 'uuid' })
  goodsId!: string;

  @ManyToOne(() => GoodsEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'goods_id', foreignKeyConstraintName: 'shop_redemption_line_goods_fk' })
  goods?: GoodsEntity;

  @Column({ type: 'varchar', length: 100 })
  goodsName!: string;

  @Column({ type: 'varchar', length: 10 })
  unit!: string;

  /** Always > 0 (a reversal's lines repeat the original's). */
  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ type: 'integer' })
  pointsPrice!: number;

  @Column({ type: 'integer' })
  points!: number;
}
