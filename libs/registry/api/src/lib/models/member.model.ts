import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '../graphql/date.scalar';
import { Gender, Relation } from '../registry.enums';

/** A household member. The ID number and phone exist here only masked; `revealIdNumber` is the audited way. */
@ObjectType('Member')
export class MemberModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  householdId!: string;

  @Field()
  name!: string;

  @Field(() => Gender)
  gender!: Gender;

  @Field(() => GraphQLDate, { nullable: true })
  birthDate!: string | null;

  @Field(() => Relation)
  relation!: Relation;

  @Field()
  idNumberMasked!: string;

  @Field(() => String, { nullable: true })
  phoneMasked!: string | null;

  @Field()
  participating!: boolean;

  @Field()
  isHead!: boolean;

  @Field()
  active!: boolean;
}
