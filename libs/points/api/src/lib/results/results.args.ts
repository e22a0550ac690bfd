import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageArgs } from '@xiangzhi/server/core';
import { GraphQLDate } from '@xiangzhi/registry/api';
import { REGION_CODE } from '../dto/scheme.input';
import { ListKind } from './results.enums';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class AddPointsListingInput {
  @Field(() => ID)
  @IsUUID()
  householdId!: string;

  @Field(() => ListKind)
  @IsEnum(ListKind)
  kind!: ListKind;

  /** The honour (最美家庭) or the neutral public reason (黑榜), as the board shows it. */
  @Field()
  @IsString()
  @MaxLength(100)
  title!: string;

  /** What happened, for staff only. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;

  @Field(() => GraphQLDate)
  @Matches(ISO_DATE)
  fromDate!: string;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE)
  toDate?: string | null;
}

@ArgsType()
export class RevokePointsListingArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @IsString()
  @MaxLength(500)
  reason!: string;
}

@ArgsType()
export class ListingsArgs extends PageArgs {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;

  @Field(() => ListKind, { nullable: true })
  @IsOptional()
  @IsEnum(ListKind)
  kind?: ListKind | null;
}

@ArgsType()
export class PublicListingsArgs {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;
}

@ArgsType()
export class YearArgs {
  /** A village, or a town (closing: every village of it). */
  @Field()
  @Matches(REGION_CODE)
  regionCode!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

@ArgsType()
export class CardCheckArgs {
  @Field()
  @IsString()
  @MaxLength(21)
  cardNumber!: string;

  @Field()
  @IsString()
  @MaxLength(4)
  phoneLast4!: string;
}

@ArgsType()
export class AwardCheckArgs {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  householdIds!: string[];
}
