import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '../graphql/date.scalar';
import { Residency } from '../registry.enums';

/** A household. `head`, `members`, `memberCount`, `village` and `grid` are resolved through DataLoaders. */
@ObjectType('Household')
export class HouseholdModel {
  @Field(() => ID)
  id!: string;

  @Field()
  cardNumber!: string;

  /** The village code. */
  @Field()
  regionCode!: string;

  @Field(() => String, { nullable: true })
  gridCode!: string | null;

  @Field()
  address!: string;

  @Field(() => Residency)
  residency!: Residency;

  @Field(() => GraphQLDate, { nullable: true })
  residentSince!: string | null;

  /** The user who recorded the admission. */
  @Field(() => ID, { nullable: true })
  admittedBy!: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  admittedAt!: string | null;

  @Field(() => String, { nullable: true })
  admissionNote!: string | null;

  @Field()
  participating!: boolean;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  /** Not exposed: used by the head field resolver. */
  headMemberId!: string | null;
}

@ObjectType('HouseholdPage')
export class HouseholdPageModel {
  @Field(() => [HouseholdModel])
  items!: HouseholdModel[];

  @Field(() => Int)
  total!: number;
}
