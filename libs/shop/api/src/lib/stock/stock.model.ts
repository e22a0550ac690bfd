import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '@xiangzhi/registry/api';
import { FundSourceValue, StockMovementKindValue } from '../shop.enums';

@ObjectType('StockMovement', {
  description: 'A line of the stock ledger (入库台账, redemptions, reversals, stocktakes).',
})
export class StockMovementModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  goodsId!: string;

  @Field()
  goodsName!: string;

  @Field(() => StockMovementKindValue)
  kind!: StockMovementKindValue;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Float, { nullable: true })
  unitCostYuan!: number | null;

  @Field(() => String, { nullable: true })
  supplier!: string | null;

  @Field(() => String, { nullable: true })
  fundVillageCode!: string | null;

  @Field(() => FundSourceValue, { nullable: true })
  fundSource!: FundSourceValue | null;

  @Field(() => ID, { nullable: true })
  receiptFileId!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => ID, { nullable: true })
  redemptionId!: string | null;

  @Field(() => GraphQLDate)
  occurredOn!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType('StockMovementPage')
export class StockMovementPageModel {
  @Field(() => [StockMovementModel])
  items!: StockMovementModel[];

  @Field(() => Int)
  total!: number;
}
