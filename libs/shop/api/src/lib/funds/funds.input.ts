import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNumber, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PageArgs } from '@xiangzhi/server/core';
import { GraphQLDate } from '@xiangzhi/registry/api';
import { FundEntryKindValue, FundSourceValue } from '../shop.enums';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const VILLAGE_CODE = /^\d{12}$/;

@InputType()
export class RecordFundEntryInput {
  @Field()
  @Matches(VILLAGE_CODE)
  villageCode!: string;

  /** ALLOCATION, DONATION, COLLECTIVE_INCOME or OTHER_SPENDING (stock purchases come from stock-in). */
  @Field(() => FundEntryKindValue)
  @IsEnum(FundEntryKindValue)
  kind!: FundEntryKindValue;

  /** Income: its own kind; OTHER_SPENDING: the source it is charged to. */
  @Field(() => FundSourceValue)
  @IsEnum(FundSourceValue)
  source!: FundSourceValue;

  /** > 0, at most 2 decimals; the sign comes from the kind. */
  @Field(() => Float)
  @IsNumber()
  amountYuan!: number;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  description!: string;

  @Field(() => GraphQLDate)
  @Matches(ISO_DATE)
  occurredOn!: string;

  @Field()
  @IsString()
  clientKey!: string;
}

@ArgsType()
export class ReverseFundEntryArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(150)
  reason!: string;

  @Field()
  @IsString()
  clientKey!: string;
}

@ArgsType()
export class FundEntriesArgs extends PageArgs {
  @Field()
  @Matches(VILLAGE_CODE)
  villageCode!: string;
}

@ArgsType()
export class VillageFundsArgs {
  @Field()
  @Matches(VILLAGE_CODE)
  villageCode!: string;
}
