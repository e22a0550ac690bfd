import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageArgs } from '@xiangzhi/server/core';
import { GraphQLDate } from '@xiangzhi/registry/api';
import { EntryChannel, EntryStatus, ReviewDecision } from '../points.enums';
import { REGION_CODE } from './scheme.input';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Most households one bulk call records (P1 benches calls of 500). */
export const BULK_LIMIT = 1000;
/** Most entries one review or approval call takes. */
export const DECISION_LIMIT = 500;

@InputType()
export class RecordPointsEntryInput {
  @Field(() => ID)
  @IsUUID()
  householdId!: string;

  /** Required for INDIVIDUAL items, refused for HOUSEHOLD items. */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  memberId?: string | null;

  @Field()
  @IsString()
  @MaxLength(32)
  itemCode!: string;

  /** As picked within the item's range (≥ 0); the sign comes from the item's kind. */
  @Field(() => Int)
  @IsInt()
  points!: number;

  @Field(() => GraphQLDate)
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  occurredOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  place?: string | null;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  description!: string;

  @Field(() => EntryChannel)
  @IsEnum(EntryChannel)
  channel!: EntryChannel;

  /** Files uploaded through POST /api/files (photos, documents). */
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  evidenceFileIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  declaredByResident?: boolean | null;

  /** The client's key for this recording (R3): a repeat returns the first result and writes nothing. */
  @Field()
  @IsString()
  idempotencyKey!: string;
}

/** One item for many households (e.g. everyone who joined a clean-up day). */
@InputType()
export class RecordPointsEntriesInput {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK_LIMIT)
  @IsUUID('all', { each: true })
  householdIds!: string[];

  @Field()
  @IsString()
  @MaxLength(32)
  itemCode!: string;

  @Field(() => Int)
  @IsInt()
  points!: number;

  @Field(() => GraphQLDate)
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  occurredOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  place?: string | null;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  description!: string;

  @Field(() => EntryChannel)
  @IsEnum(EntryChannel)
  channel!: EntryChannel;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  evidenceFileIds?: string[] | null;

  /** One key for the whole call. */
  @Field()
  @IsString()
  idempotencyKey!: string;
}

@InputType()
export class ReviewPointsEntriesInput {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(DECISION_LIMIT)
  @IsUUID('all', { each: true })
  entryIds!: string[];

  @Field(() => ReviewDecision)
  @IsEnum(ReviewDecision)
  decision!: ReviewDecision;

  /** Required to reject. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}

@InputType()
export class ApprovePointsEntriesInput {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(DECISION_LIMIT)
  @IsUUID('all', { each: true })
  entryIds!: string[];
}

@ArgsType()
export class ReversePointsEntryArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @IsString()
  @MaxLength(500)
  reason!: string;
}

@ArgsType()
export class EntryArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class VillageEntriesArgs extends PageArgs {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;

  @Field(() => EntryStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EntryStatus)
  status?: EntryStatus | null;

  /** With `month`: the month the entries happened in. */
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number | null;
}

@ArgsType()
export class ApprovalQueueArgs extends PageArgs {
  @Field()
  @Matches(REGION_CODE)
  townCode!: string;

  /** Only this village of the town. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(REGION_CODE)
  villageCode?: string | null;

  /** Newest first (the entries reviewed last on top) instead of oldest first. */
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  newestFirst?: boolean | null;
}

@ArgsType()
export class HouseholdEntriesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  householdId!: string;
}

@ArgsType()
export class HouseholdStandingArgs {
  @Field(() => ID)
  @IsUUID()
  householdId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  /** The day exchangeable amounts are computed for; defaults to today (or the year's last day if earlier). */
  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE)
  asOf?: string | null;
}

@ArgsType()
export class VillageRankingArgs {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  fromMonth?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  toMonth?: number | null;
}
