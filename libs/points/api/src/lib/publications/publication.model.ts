import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '@xiangzhi/registry/api';

@ObjectType('PointsPublishedRankingRow')
export class PublishedRankingRowModel {
  @Field(() => Int)
  rank!: number;

  /** The head's name, masked. */
  @Field()
  household!: string;

  @Field()
  value!: number;
}

@ObjectType('PointsPublicationLine', { description: 'One published entry: masked names and neutral wording only.' })
export class PublicationLineModel {
  @Field(() => Int)
  lineNo!: number;

  @Field(() => ID)
  entryId!: string;

  @Field()
  household!: string;

  @Field(() => String, { nullable: true })
  member!: string | null;

  @Field()
  wording!: string;

  @Field()
  kind!: string;

  @Field(() => Int)
  points!: number;

  @Field(() => GraphQLDate)
  occurredOn!: string;

  @Field(() => ID, { nullable: true })
  reversalOf!: string | null;
}

/**
 * A village's board for a period (积分公示), the same for staff and the public: it holds no personal data beyond
 * masked names. `lines` and `contentJson` are resolved through a DataLoader.
 */
@ObjectType('PointsPublication')
export class PublicationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  villageCode!: string;

  @Field()
  villageName!: string;

  @Field(() => Int)
  seq!: number;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  fromMonth!: number;

  @Field(() => Int)
  toMonth!: number;

  @Field()
  rankingBasis!: string;

  @Field(() => GraphQLDate)
  publishedOn!: string;

  @Field(() => GraphQLDate)
  objectionUntil!: string;

  @Field(() => GraphQLISODateTime)
  publishedAt!: Date;

  @Field(() => [PublishedRankingRowModel])
  ranking!: PublishedRankingRowModel[];

  @Field(() => String, { nullable: true })
  previousHash!: string | null;

  @Field()
  hash!: string;
}

@ObjectType('PointsPublicationPage')
export class PublicationPageModel {
  @Field(() => [PublicationModel])
  items!: PublicationModel[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('PointsChainCheck', { description: 'One link of a village chain as verified by the API (T1).' })
export class ChainCheckModel {
  @Field(() => Int)
  seq!: number;

  @Field()
  hash!: string;

  @Field()
  recomputed!: string;

  @Field()
  valid!: boolean;

  /** HASH_MISMATCH (the content was altered) or BROKEN_LINK (the previous hash does not match). */
  @Field(() => String, { nullable: true })
  problem!: string | null;
}
