import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '@xiangzhi/registry/api';

@ObjectType('PublicSixHave', { description: 'One of a shop’s 六有 as disclosed (no photos).' })
export class PublicSixHaveModel {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field()
  description!: string;
}

@ObjectType('PublicGoods', { description: 'A goods item on a shop’s price list (明码标价).' })
export class PublicGoodsModel {
  @Field()
  name!: string;

  @Field()
  unit!: string;

  @Field(() => Int)
  pointsPrice!: number;
}

@ObjectType('PublicIssuePeriod', { description: 'Totals of a shop’s issue ledger for a quarter, net of reversals.' })
export class PublicIssuePeriodModel {
  @Field()
  label!: string;

  @Field(() => GraphQLDate)
  from!: string;

  @Field(() => GraphQLDate)
  to!: string;

  @Field(() => Int)
  redemptions!: number;

  @Field(() => Int)
  households!: number;

  @Field(() => Int)
  points!: number;
}

@ObjectType('PublicShop', { description: 'A points shop as the portal shows it: no personal data.' })
export class PublicShopModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  address!: string;

  @Field()
  personInCharge!: string;

  @Field(() => [String])
  villageNames!: string[];

  @Field(() => [PublicSixHaveModel])
  sixHaves!: PublicSixHaveModel[];

  @Field(() => [PublicGoodsModel])
  goods!: PublicGoodsModel[];

  @Field(() => [PublicIssuePeriodModel])
  periods!: PublicIssuePeriodModel[];
}

@ObjectType('PublicShopPage', { description: 'A page of the active shops serving a village, by name.' })
export class PublicShopPageModel {
  @Field(() => [PublicShopModel])
  items!: PublicShopModel[];

  /** All the active shops serving the village. */
  @Field(() => Int)
  total!: number;
}

@ObjectType('PublicFundsPeriod', { description: 'A quarter of a village’s funds ledger as disclosed.' })
export class PublicFundsPeriodModel {
  @Field()
  label!: string;

  @Field(() => GraphQLDate)
  from!: string;

  @Field(() => GraphQLDate)
  to!: string;

  @Field(() => Float)
  incomeYuan!: number;

  /** Spending as a positive amount. */
  @Field(() => Float)
  spendingYuan!: number;

  /** What was left at the end of the period. */
  @Field(() => Float)
  balanceYuan!: number;
}

@ObjectType('PublicVillageFunds', { description: 'A village’s funds ledger disclosed by quarter (001).' })
export class PublicVillageFundsModel {
  @Field()
  villageCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => [PublicFundsPeriodModel])
  periods!: PublicFundsPeriodModel[];

  /** At the end of the year (today for the current year). */
  @Field(() => Float)
  balanceYuan!: number;

  /** Outstanding points × exchange value (current year only; null without an exchange value). */
  @Field(() => Float, { nullable: true })
  liabilityYuan!: number | null;
}
