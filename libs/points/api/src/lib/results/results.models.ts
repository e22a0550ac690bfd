import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '@xiangzhi/registry/api';
import { PublicObjectionModel } from '../objections/objection.model';
import { ListKind } from './results.enums';

@ObjectType('PointsListing', { description: 'A red-list (红榜) or black-list (黑榜) record, as staff see it.' })
export class ListingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  householdId!: string;

  @Field()
  villageCode!: string;

  @Field(() => ListKind)
  kind!: ListKind;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => GraphQLDate)
  fromDate!: string;

  @Field(() => GraphQLDate, { nullable: true })
  toDate!: string | null;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revokeReason!: string | null;
}

@ObjectType('PointsListingPage')
export class ListingPageModel {
  @Field(() => [ListingModel])
  items!: ListingModel[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('PublicPointsListing', { description: 'Public: a household on a list today (masked name).' })
export class PublicListingModel {
  @Field(() => ListKind)
  kind!: ListKind;

  @Field()
  household!: string;

  @Field()
  title!: string;

  @Field(() => GraphQLDate)
  fromDate!: string;

  @Field(() => GraphQLDate, { nullable: true })
  toDate!: string | null;
}

@ObjectType('PointsYearClosePreviewRow')
export class YearClosePreviewRowModel {
  @Field(() => ID)
  householdId!: string;

  @Field()
  cardNumber!: string;

  @Field()
  headName!: string;

  @Field()
  balance!: number;

  @Field()
  familyTotal!: number;

  @Field()
  carriedBalance!: number;

  @Field()
  carriedFamilyPoints!: number;
}

@ObjectType('PointsYearClosePreview', { description: 'What closing the year carries into the next, per household.' })
export class YearClosePreviewModel {
  @Field()
  villageCode!: string;

  @Field(() => Int)
  year!: number;

  @Field()
  cycle!: string;

  @Field()
  closed!: boolean;

  @Field(() => [YearClosePreviewRowModel])
  rows!: YearClosePreviewRowModel[];
}

@ObjectType('PointsYearClose')
export class YearCloseModel {
  @Field(() => ID)
  id!: string;

  @Field()
  villageCode!: string;

  @Field(() => Int)
  year!: number;

  @Field()
  cycle!: string;

  @Field(() => Int)
  households!: number;

  @Field(() => GraphQLISODateTime)
  closedAt!: Date;
}

@ObjectType('PublicPointsEntry', { description: "A household's own approved entry, shown after the card check." })
export class PublicEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLDate)
  occurredOn!: string;

  @Field()
  itemName!: string;

  /** The item's neutral wording, as on the board. */
  @Field()
  publicWording!: string;

  @Field()
  kind!: string;

  @Field(() => Int)
  points!: number;

  @Field()
  status!: string;

  @Field(() => ID, { nullable: true })
  reversalOf!: string | null;
}

@ObjectType('PublicHouseholdPoints', { description: "Public, after the card check: a household's own points." })
export class PublicHouseholdPointsModel {
  @Field()
  household!: string;

  @Field()
  villageName!: string;

  @Field(() => [PublicEntryModel])
  entries!: PublicEntryModel[];

  @Field(() => [PublicObjectionModel])
  objections!: PublicObjectionModel[];
}

@ObjectType('PointsAwardCheck', {
  description: 'Whether a household may be nominated for an award under the scheme (评先选优).',
})
export class AwardCheckModel {
  @Field(() => ID)
  householdId!: string;

  @Field()
  eligible!: boolean;

  /** NO_SCHEME, NOT_RANKED, NOT_ABOVE_AVERAGE, NOT_AT_TOP, VETOED or NO_AWARD_RULE; null when eligible. */
  @Field(() => String, { nullable: true })
  reason!: string | null;

  /** The scheme's award rule. */
  @Field()
  rule!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Int, { nullable: true })
  rank!: number | null;

  @Field(() => Float)
  villageAverage!: number;
}
