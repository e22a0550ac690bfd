import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@xiangzhi/identity/api';
import { ShopEntity } from './shop.entity';

/** A SHOP_OPERATOR user bound to a shop: they redeem for the households of the villages it serves. */
@Entity({ name: 'shop_operator' })
@Index('shop_operator_user_idx', ['userId'])
export class ShopOperatorEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'shop_operator_pkey' })
  shopId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'shop_operator_pkey' })
  userId!: string;

  @ManyToOne(() => ShopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shop_id', foreignKeyConstraintName: 'shop_operator_shop_fk' })
  shop?: ShopEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'shop_operator_user_fk' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
