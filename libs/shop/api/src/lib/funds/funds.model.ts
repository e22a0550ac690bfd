import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '@xiangzhi/registry/api';
import { FundEntryKindValue, FundSourceValue } from '../shop.enums';

@ObjectType('FundEntry', { description: 'A line of a village’s funds ledger (经费台账); corrections reverse a line.' })
export class FundEntryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  villageCode!: string;

  @Field(() => FundEntryKindValue)
  kind!: FundEntryKindValue;

  /** Signed: income > 0, spending < 0. */
  @Field(() => Float)
  amountYuan!: number;

  @Field(() => FundSourceValue)
  source!: FundSourceValue;

  @Field()
  description!: string;

  /** A stock purchase: the stock-in it paid for. */
  @Field(() => ID, { nullable: true })
  stockMovementId!: string | null;

  /** A correction: the entry it reverses. */
  @Field(() => ID, { nullable: true })
  reversalOf!: string | null;

  /** Set on an entry that has been corrected. */
  @Field(() => ID, { nullable: true })
  reversedBy!: string | null;

  @Field(() => GraphQLDate)
  occurredOn!: string;

  @Field(() => String, { nullable: true })
  createdByName!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('FundEntryPage')
export class FundEntryPageModel {
  @Field(() => [FundEntryModel])
  items!: FundEntryModel[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('FundSourceBalance', {
  description: 'Income, spending and what is left of one source (net of corrections).',
})
export class FundSourceBalanceModel {
  @Field(() => FundSourceValue)
  source!: FundSourceValue;

  @Field(() => Float)
  incomeYuan!: number;

  /** Spending as a positive amount. */
  @Field(() => Float)
  spendingYuan!: number;

  @Field(() => Float)
  balanceYuan!: number;
}

@ObjectType('ExchangeValue', { description: 'What points are worth under the scheme (000: 10 points ≈ 1.2 yuan).' })
export class ExchangeValueModel {
  @Field(() => Int)
  points!: number;

  @Field(() => Float)
  yuan!: number;
}

@ObjectType('VillageFunds', {
  description: 'A village’s funds left beside its liability (outstanding points × value).',
})
export class VillageFundsModel {
  @Field()
  villageCode!: string;

  @Field(() => Float)
  balanceYuan!: number;

  @Field(() => [FundSourceBalanceModel])
  bySource!: FundSourceBalanceModel[];

  /** Sum of the participating households' positive balances this year. */
  @Field(() => Int)
  outstandingPoints!: number;

  @Field(() => ExchangeValueModel, { nullable: true })
  exchangeValue!: ExchangeValueModel | null;

  /** Null when the scheme states no exchange value. */
  @Field(() => Float, { nullable: true })
  liabilityYuan!: number | null;

  @Field(() => Float)
  shortfallYuan!: number;

  /** The liability exceeds the funds left. */
  @Field()
  warning!: boolean;
}
