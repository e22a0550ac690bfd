import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '@xiangzhi/server/core';
import {
  AwardRuleValue,
  CycleRuleValue,
  ExchangeableRuleValue,
  ItemKindValue,
  ItemSubjectValue,
  PresetKeyValue,
  RankingBasisValue,
  SubjectModelValue,
  VillageAdoptionValue,
} from '../points.enums';

export const REGION_CODE = /^\d{12}$/;

@InputType()
export class CreatePointsSchemeInput {
  @Field()
  @Matches(REGION_CODE)
  townCode!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  /** Start from a preset; without one the version in force for the year is copied. */
  @Field(() => PresetKeyValue, { nullable: true })
  @IsOptional()
  @IsEnum(PresetKeyValue)
  presetKey?: PresetKeyValue | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  changeReason?: string | null;
}

@InputType()
export class AdaptPointsSchemeInput {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  changeReason?: string | null;
}

/** An item to add, or to put in place of the item with the same code. */
@InputType()
export class SchemeItemInput {
  @Field()
  @IsString()
  @MaxLength(32)
  itemCode!: string;

  @Field()
  @IsString()
  @MaxLength(60)
  category!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  name!: string;

  @Field(() => ItemKindValue)
  @IsEnum(ItemKindValue)
  kind!: ItemKindValue;

  @Field(() => Int)
  @IsInt()
  minPoints!: number;

  @Field(() => Int)
  @IsInt()
  maxPoints!: number;

  @Field(() => ItemSubjectValue)
  @IsEnum(ItemSubjectValue)
  subject!: ItemSubjectValue;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  capPerPeriod?: number | null;

  @Field()
  @IsBoolean()
  evidenceRequired!: boolean;

  @Field()
  @IsString()
  @MaxLength(200)
  publicWording!: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  example?: boolean | null;
}

/** Parameters to change (a field left out keeps its value). */
@InputType()
export class PolicyParametersPatchInput {
  @Field(() => SubjectModelValue, { nullable: true })
  @IsOptional()
  @IsEnum(SubjectModelValue)
  subjectModel?: SubjectModelValue | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  basePoints?: number | null;

  @Field(() => CycleRuleValue, { nullable: true })
  @IsOptional()
  @IsEnum(CycleRuleValue)
  cycle?: CycleRuleValue | null;

  @Field(() => RankingBasisValue, { nullable: true })
  @IsOptional()
  @IsEnum(RankingBasisValue)
  rankingBasis?: RankingBasisValue | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  exchangeValuePoints?: number | null;

  /** Yuan, to the fen (000: 10 points ≈ 1.2 yuan). */
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  exchangeValueYuan?: number | null;

  /** True: the exchange value is left to the village (由村里确定); the two fields above are then ignored. */
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  exchangeValueSetByVillage?: boolean | null;

  @Field(() => ExchangeableRuleValue, { nullable: true })
  @IsOptional()
  @IsEnum(ExchangeableRuleValue)
  exchangeableRule?: ExchangeableRuleValue | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  exchangeThreshold?: number | null;

  /** Months of the exchange windows; an empty list = any time. */
  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @IsInt({ each: true })
  @ArrayMaxSize(12)
  exchangeWindowMonths?: number[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  exchangeWindowLabel?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  blackListBlocksExchange?: boolean | null;

  @Field(() => AwardRuleValue, { nullable: true })
  @IsOptional()
  @IsEnum(AwardRuleValue)
  awardRule?: AwardRuleValue | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  reviewCadenceMonths?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  publicationCadenceMonths?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  objectionWindowDays?: number | null;

  @Field(() => VillageAdoptionValue, { nullable: true })
  @IsOptional()
  @IsEnum(VillageAdoptionValue)
  villageAdoption?: VillageAdoptionValue | null;
}

@InputType()
export class UpdatePointsSchemeDraftInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  changeReason?: string | null;

  @Field(() => PolicyParametersPatchInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PolicyParametersPatchInput)
  parameters?: PolicyParametersPatchInput | null;

  /** Items to add, or to replace (same code). */
  @Field(() => [SchemeItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => SchemeItemInput)
  upsertItems?: SchemeItemInput[] | null;

  /** Codes of items to remove. */
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(300)
  @IsString({ each: true })
  removeItems?: string[] | null;
}

@ArgsType()
export class SchemeIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class SubmitPointsSchemeArgs extends SchemeIdArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  changeReason?: string | null;
}

@ArgsType()
export class DecidePointsSchemeArgs extends SchemeIdArgs {
  /** Required to reject. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}

@ArgsType()
export class RejectPointsSchemeArgs extends SchemeIdArgs {
  @Field()
  @IsString()
  @MaxLength(500)
  reason!: string;
}

@ArgsType()
export class SchemeInForceArgs {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

@ArgsType()
export class PublicSchemeArgs {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;

  /** Defaults to the current year. */
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;
}

@ArgsType()
export class SchemeVersionsArgs extends PageArgs {
  /** A town or a village. */
  @Field()
  @Matches(REGION_CODE)
  regionCode!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;
}

@ArgsType()
export class SchemeDiffArgs {
  @Field(() => ID)
  @IsUUID()
  fromId!: string;

  @Field(() => ID)
  @IsUUID()
  toId!: string;
}
