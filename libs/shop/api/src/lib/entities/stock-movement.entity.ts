import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { GoodsEntity } from './goods.entity';
import { ShopEntity } from './shop.entity';
import { FundSourceValue, StockMovementKindValue } from '../shop.enums';

/**
 * The stock ledger of a shop (入库台账 and every movement out or back), append-only: stock-in (> 0), a redemption
 * (< 0), its reversal (> 0), a stocktake adjustment (either sign, with its reason). Stock = the sum of a goods'
 * movements.
 */
@Entity({ name: 'shop_stock_movement' })
@Check('shop_stock_movement_quantity_ck', `"quantity" <> 0`)
@Index('shop_stock_movement_goods_idx', ['goodsId'])
@Index('shop_stock_movement_shop_idx', ['shopId', 'occurredOn'])
@Index('shop_stock_movement_key_uq', ['createdBy', 'clientKey'], { unique: true })
export class StockMovementEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'shop_stock_movement_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  shopId!: string;

  @ManyToOne(() => ShopEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shop_id', foreignKeyConstraintName: 'shop_stock_movement_shop_fk' })
  shop?: ShopEntity;

  @Column({ type: 'uuid' })
  goodsId!: string;

  @ManyToOne(() => GoodsEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'goods_id', foreignKeyConstraintName: 'shop_stock_movement_goods_fk' })
  goods?: GoodsEntity;

  @Column({ type: 'enum', enum: StockMovementKindValue, enumName: 'shop_stock_movement_kind' })
  kind!: StockMovementKindValue;

  /** Signed: > 0 into stock, < 0 out. */
  @Column({ type: 'integer' })
  quantity!: number;

  /** Stock-in: what one unit cost, in fen. */
  @Column({ type: 'integer', nullable: true })
  unitCostFen!: number | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  supplier!: string | null;

  /** Stock-in: the village whose funds paid, and from which source. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  fundVillageCode!: string | null;

  @Column({ type: 'enum', enum: FundSourceValue, enumName: 'fund_source', nullable: true })
  fundSource!: FundSourceValue | null;

  /** Stock-in: the spending entry in the funds ledger. */
  @Column({ type: 'uuid', nullable: true })
  fundEntryId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  receiptFileId!: string | null;

  /** Stocktake: why the count differs. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  reason!: string | null;

  /** Redemption or reversal: the shop redemption it belongs to. */
  @Column({ type: 'uuid', nullable: true })
  redemptionId!: string | null;

  @Column({ type: 'date' })
  occurredOn!: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
