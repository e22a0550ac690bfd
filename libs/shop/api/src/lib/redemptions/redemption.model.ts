import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '@xiangzhi/registry/api';

@ObjectType('ShopHousehold', { description: 'A household at the shop counter: what it may exchange today and why.' })
export class ShopHouseholdModel {
  @Field(() => ID)
  householdId!: string;

  @Field()
  cardNumber!: string;

  /** The head's name, masked. */
  @Field(() => String, { nullable: true })
  headMasked!: string | null;

  @Field()
  villageCode!: string;

  @Field()
  villageName!: string;

  /** Whether this shop serves the household's village. */
  @Field()
  served!: boolean;

  @Field()
  schemeInForce!: boolean;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  balance!: number;

  @Field(() => Int)
  redeemed!: number;

  @Field(() => Int)
  exchangeable!: number;

  /** NOT_PARTICIPATING, WINDOW_CLOSED, BELOW_THRESHOLD, BLACK_LISTED, NOTHING_ABOVE_BASE. */
  @Field(() => [String])
  blocks!: string[];

  /** How the windows read in the scheme (半年一兑换 …). */
  @Field(() => String, { nullable: true })
  windowLabel!: string | null;

  @Field(() => Int)
  threshold!: number;

  @Field(() => Int)
  basePoints!: number;

  /** BALANCE or ABOVE_BASE. */
  @Field(() => String, { nullable: true })
  exchangeableRule!: string | null;
}

@ObjectType('RedemptionLine')
export class RedemptionLineModel {
  @Field(() => ID)
  goodsId!: string;

  @Field()
  goodsName!: string;

  @Field()
  unit!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Int)
  pointsPrice!: number;

  @Field(() => Int)
  points!: number;
}

@ObjectType('Redemption', { description: 'An exchange at a shop (or its reversal): a line of the issue ledger.' })
export class RedemptionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  shopId!: string;

  @Field(() => ID)
  householdId!: string;

  @Field()
  cardNumber!: string;

  @Field(() => String, { nullable: true })
  headMasked!: string | null;

  @Field()
  villageCode!: string;

  @Field()
  receiptNumber!: string;

  /** > 0 taken, < 0 given back. */
  @Field(() => Int)
  points!: number;

  @Field(() => Int)
  balanceBefore!: number;

  @Field(() => Int)
  balanceAfter!: number;

  @Field(() => Int)
  exchangeableAfter!: number;

  @Field(() => ID, { nullable: true })
  reversalOf!: string | null;

  /** Set on a redemption that has been reversed. */
  @Field(() => ID, { nullable: true })
  reversedBy!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => GraphQLDate)
  occurredOn!: string;

  @Field()
  createdAt!: Date;

  @Field(() => String, { nullable: true })
  operatorName!: string | null;

  @Field(() => [RedemptionLineModel])
  lines!: RedemptionLineModel[];
}

@ObjectType('RedemptionPage')
export class RedemptionPageModel {
  @Field(() => [RedemptionModel])
  items!: RedemptionModel[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('IssueLedgerGoodsTotal')
export class IssueLedgerGoodsTotalModel {
  @Field(() => ID)
  goodsId!: string;

  @Field()
  goodsName!: string;

  @Field()
  unit!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Int)
  points!: number;
}

@ObjectType('IssueLedgerTotals', { description: 'Totals of a shop’s issue ledger over a period (net of reversals).' })
export class IssueLedgerTotalsModel {
  @Field(() => Int)
  redemptions!: number;

  @Field(() => Int)
  reversals!: number;

  @Field(() => Int)
  households!: number;

  @Field(() => Int)
  points!: number;

  @Field(() => [IssueLedgerGoodsTotalModel])
  byGoods!: IssueLedgerGoodsTotalModel[];
}
