import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '@xiangzhi/server/core';
import { Residency } from '../registry.enums';
import { GRID_CODE, REGION_CODE } from './patterns';

@InputType()
export class HouseholdFilter {
  /** Any region of the caller's scope (county, town, village). */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(REGION_CODE)
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(GRID_CODE)
  gridCode?: string | null;

  /** A member's name (part of it), part of the address, a card number, or a full ID number. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  search?: string | null;

  @Field(() => Residency, { nullable: true })
  @IsOptional()
  @IsEnum(Residency)
  residency?: Residency | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  participating?: boolean | null;
}

@ArgsType()
export class HouseholdsArgs extends PageArgs {
  @Field(() => HouseholdFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => HouseholdFilter)
  filter?: HouseholdFilter | null;
}

@ArgsType()
export class HouseholdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class HouseholdByCardArgs {
  /** The card number, or the text of the card's QR code. */
  @Field()
  @IsString()
  @MaxLength(300)
  cardNumber!: string;
}

@ArgsType()
export class HouseholdHistoryArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  householdId!: string;
}
