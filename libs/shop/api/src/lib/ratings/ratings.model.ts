import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('OperatorRating', { description: 'The town’s yearly rating of a shop operator’s service (004).' })
export class OperatorRatingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  shopId!: string;

  @Field(() => ID)
  operatorUserId!: string;

  @Field(() => String, { nullable: true })
  operatorName!: string | null;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  score!: number;

  @Field()
  comment!: string;

  @Field(() => ID, { nullable: true })
  householdId!: string | null;

  /** The award entry (it goes through the village's review and the town's approval). */
  @Field(() => ID, { nullable: true })
  pointsEntryId!: string | null;

  @Field(() => Int)
  awardedPoints!: number;

  @Field(() => String, { nullable: true })
  ratedByName!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('OperatorRatingPage')
export class OperatorRatingPageModel {
  @Field(() => [OperatorRatingModel])
  items!: OperatorRatingModel[];

  @Field(() => Int)
  total!: number;
}
