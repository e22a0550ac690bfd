import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ObjectionChannel, ObjectionDecision, ObjectionStatus } from './objection.enums';

/** An objection as staff see it. */
@ObjectType('PointsObjection')
export class ObjectionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  publicationId!: string;

  @Field()
  villageCode!: string;

  @Field(() => ID)
  householdId!: string;

  @Field(() => ID, { nullable: true })
  entryId!: string | null;

  @Field(() => ObjectionChannel)
  channel!: ObjectionChannel;

  @Field()
  content!: string;

  @Field(() => ObjectionStatus)
  status!: ObjectionStatus;

  @Field(() => GraphQLISODateTime)
  filedAt!: Date;

  @Field(() => String, { nullable: true })
  findings!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  investigatedAt!: Date | null;

  @Field(() => ObjectionDecision, { nullable: true })
  decision!: ObjectionDecision | null;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  reversalEntryId!: string | null;
}

@ObjectType('PointsObjectionPage')
export class ObjectionPageModel {
  @Field(() => [ObjectionModel])
  items!: ObjectionModel[];

  @Field(() => Int)
  total!: number;
}

/** What a resident sees of their own objection: its state and the town's answer. */
@ObjectType('PublicPointsObjection')
export class PublicObjectionModel {
  @Field(() => ID)
  id!: string;

  /** The board it concerns. */
  @Field(() => ID)
  publicationId!: string;

  @Field(() => ID, { nullable: true })
  entryId!: string | null;

  @Field()
  content!: string;

  @Field(() => ObjectionStatus)
  status!: ObjectionStatus;

  @Field(() => GraphQLISODateTime)
  filedAt!: Date;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;
}
