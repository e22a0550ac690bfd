import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { RankingBasis } from '@xiangzhi/points/util';
import { GraphQLDate } from '@xiangzhi/registry/api';
import {
  EntryAction,
  EntryChannel,
  EntryStatus,
  ItemKindValue,
  RankingBasisValue,
  ReversalSource,
} from '../points.enums';

/** A staff member as the staff view of an entry shows them. */
@ObjectType('PointsActor')
export class PointsActorModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}

@ObjectType('PointsEntryEvent')
export class EntryEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => EntryAction)
  action!: EntryAction;

  @Field(() => ID)
  actorId!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => ID, { nullable: true })
  publicationId!: string | null;
}

/**
 * A ledger entry with where it stands. `household`, `member`, `evidence`, `recorder`, `reviewer`, `approver`,
 * `events` and `reversals` are resolved through DataLoaders.
 */
@ObjectType('PointsEntry')
export class EntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  householdId!: string;

  @Field(() => ID, { nullable: true })
  memberId!: string | null;

  @Field()
  villageCode!: string;

  @Field(() => ID)
  schemeVersionId!: string;

  @Field()
  itemCode!: string;

  @Field(() => ItemKindValue)
  itemKind!: ItemKindValue;

  @Field()
  itemName!: string;

  @Field()
  publicWording!: string;

  /** Signed points. */
  @Field(() => Int)
  points!: number;

  @Field(() => GraphQLDate)
  occurredOn!: string;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field()
  description!: string;

  @Field(() => EntryChannel)
  channel!: EntryChannel;

  @Field(() => [ID])
  evidenceFileIds!: string[];

  @Field()
  declaredByResident!: boolean;

  /** The entry this one reverses. */
  @Field(() => ID, { nullable: true })
  reversalOf!: string | null;

  @Field(() => String, { nullable: true })
  reversalReason!: string | null;

  @Field(() => ReversalSource, { nullable: true })
  reversalSource!: ReversalSource | null;

  @Field(() => ID)
  recordedBy!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field(() => EntryStatus)
  status!: EntryStatus;

  /** A reversing entry exists. */
  @Field()
  reversed!: boolean;

  @Field(() => ID, { nullable: true })
  reviewedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  reviewedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  approvedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;
}

@ObjectType('PointsEntryPage')
export class EntryPageModel {
  @Field(() => [EntryModel])
  items!: EntryModel[];

  @Field(() => Int)
  total!: number;
}

/** What a bulk recording wrote (or, on a repeat of its key, what the first call wrote). */
@ObjectType('RecordedPointsEntries')
export class RecordedEntriesModel {
  @Field(() => [EntryModel])
  items!: EntryModel[];

  @Field(() => Int)
  count!: number;

  /** True when the key had been used: nothing was written now. */
  @Field()
  replayed!: boolean;
}

@ObjectType('PointsMemberStanding')
export class MemberStandingModel {
  @Field(() => ID)
  memberId!: string;

  @Field(() => Int)
  earned!: number;
}

/** A household's figures for a year (the policy engine's householdStanding over approved entries). */
@ObjectType('HouseholdPointsStanding')
export class HouseholdStandingModel {
  @Field(() => ID)
  householdId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => GraphQLDate)
  asOf!: string;

  @Field(() => Boolean)
  schemeInForce!: boolean;

  @Field(() => Int)
  householdEarned!: number;

  @Field(() => Int)
  individualEarned!: number;

  @Field(() => [MemberStandingModel])
  members!: MemberStandingModel[];

  @Field(() => Float)
  familyTotal!: number;

  @Field(() => Float)
  familyAverage!: number;

  @Field(() => Float)
  rankingValue!: number;

  @Field(() => Float)
  balance!: number;

  @Field(() => Float)
  redeemed!: number;

  @Field(() => Float)
  exchangeable!: number;

  /** Why exchange is blocked or limited now (NOT_PARTICIPATING, WINDOW_CLOSED, BELOW_THRESHOLD, …). */
  @Field(() => [String])
  blocks!: string[];

  @Field()
  vetoed!: boolean;
}

@ObjectType('PointsRankingRow')
export class RankingRowModel {
  @Field(() => ID)
  householdId!: string;

  @Field()
  cardNumber!: string;

  /** The head's name as the register shows it to staff. */
  @Field(() => String, { nullable: true })
  headName!: string | null;

  /** The head's name masked (张*明), as the public board shows it. */
  @Field(() => String, { nullable: true })
  maskedName!: string | null;

  @Field(() => Int)
  rank!: number;

  @Field(() => Float)
  value!: number;

  @Field(() => Int)
  householdEarned!: number;

  @Field(() => Int)
  individualEarned!: number;

  @Field(() => Float)
  familyTotal!: number;

  @Field(() => Float)
  familyAverage!: number;

  @Field()
  vetoed!: boolean;

  @Field()
  awardEligible!: boolean;
}

/** A village's ranking for a period (the policy engine's rankVillage over approved entries). */
@ObjectType('PointsVillageRanking')
export class VillageRankingModel {
  @Field()
  villageCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  fromMonth!: number;

  @Field(() => Int)
  toMonth!: number;

  @Field(() => Boolean)
  schemeInForce!: boolean;

  @Field(() => RankingBasisValue, { nullable: true })
  basis!: RankingBasis | null;

  @Field(() => Float)
  average!: number;

  @Field(() => [RankingRowModel])
  rows!: RankingRowModel[];
}
