import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { HouseholdOperation } from '../registry.enums';

/** One changed field: values as text (masked where sensitive), null when absent. */
@ObjectType('FieldChange')
export class FieldChangeModel {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;
}

/** A row of a household's history: who, when, what. */
@ObjectType('HouseholdChange')
export class HouseholdChangeModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  householdId!: string;

  @Field(() => HouseholdOperation)
  action!: HouseholdOperation;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => ID, { nullable: true })
  memberId!: string | null;

  @Field(() => [FieldChangeModel])
  changes!: FieldChangeModel[];

  /** The changes in one line (`address: 甲 → 乙; …`). */
  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('HouseholdChangePage')
export class HouseholdChangePageModel {
  @Field(() => [HouseholdChangeModel])
  items!: HouseholdChangeModel[];

  @Field(() => Int)
  total!: number;
}
