import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '@xiangzhi/registry/api';

@ObjectType('ExchangeRoundVillage', { description: 'One village’s figures for an exchange round.' })
export class ExchangeRoundVillageModel {
  @Field()
  villageCode!: string;

  @Field()
  villageName!: string;

  /** Participating households of the village in the registry. */
  @Field(() => Int)
  residentHouseholds!: number;

  /** Households whose redemptions in the round, net of reversals, took points. */
  @Field(() => Int)
  redeemingHouseholds!: number;

  /** redeeming / resident (4 decimals). */
  @Field(() => Float)
  share!: number;

  /** share ≥ target; null without a target. */
  @Field(() => Boolean, { nullable: true })
  met!: boolean | null;
}

@ObjectType('ExchangeRoundTotals')
export class ExchangeRoundTotalsModel {
  @Field(() => Int)
  residentHouseholds!: number;

  @Field(() => Int)
  redeemingHouseholds!: number;

  @Field(() => Float)
  share!: number;

  @Field(() => Boolean, { nullable: true })
  met!: boolean | null;
}

@ObjectType('ExchangeRoundReport', {
  description:
    'An exchange round (兑换活动) of a town: the share of households that redeemed, by village (000: ≥ 30%).',
})
export class ExchangeRoundReportModel {
  @Field(() => Int)
  index!: number;

  @Field(() => Int)
  fromMonth!: number;

  @Field(() => Int)
  toMonth!: number;

  @Field(() => GraphQLDate)
  from!: string;

  @Field(() => GraphQLDate)
  to!: string;

  /** The share the scheme asks for (0.3 for 000); null without a target. */
  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => [ExchangeRoundVillageModel])
  villages!: ExchangeRoundVillageModel[];

  @Field(() => ExchangeRoundTotalsModel)
  totals!: ExchangeRoundTotalsModel;
}
