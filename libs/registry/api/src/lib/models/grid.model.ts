import { Field, ObjectType } from '@nestjs/graphql';

/** A grid (网格) of a village. */
@ObjectType('Grid')
export class GridModel {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  villageCode!: string;

  @Field(() => String, { nullable: true })
  leaderName!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
