import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
  IsBoolean,
} from 'class-validator';
import { PageArgs } from '@xiangzhi/server/core';
import { ChecklistDraftSource } from '../checklists.enums';
import { ChecklistItemInput } from './item.input';

export const REGION_CODE = /^\d{12}$/;
export const LIST_TYPE_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

@InputType()
export class CreateChecklistDraftInput {
  /** A town (its template) or a village (its own list). */
  @Field()
  @Matches(REGION_CODE)
  regionCode!: string;

  @Field()
  @Matches(LIST_TYPE_CODE)
  listType!: string;

  /** Towns may start from the example items; default: a copy of the region's published version. */
  @Field(() => ChecklistDraftSource, { defaultValue: ChecklistDraftSource.PUBLISHED })
  @IsEnum(ChecklistDraftSource)
  source: ChecklistDraftSource = ChecklistDraftSource.PUBLISHED;

  /** With source VERSION: the version to copy (same region and list type). */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  fromVersionId?: string | null;
}

@InputType()
export class AdoptChecklistTemplateInput {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;

  @Field()
  @Matches(LIST_TYPE_CODE)
  listType!: string;

  /** The template items to take, by code; all of them when absent. */
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  itemCodes?: string[] | null;
}

@InputType()
export class UpdateChecklistDraftInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  /** Items replacing those of the same code, or added. */
  @Field(() => [ChecklistItemInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemInput)
  upsertItems?: ChecklistItemInput[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  removeItemCodes?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  changeReason?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  legalBasis?: string | null;
}

@ArgsType()
export class ChecklistVersionIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class SubmitChecklistArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  /** Why the list changes (required, with the legal basis). */
  @Field()
  @IsString()
  @MaxLength(1000)
  changeReason!: string;

  /** The law or policy behind the change. */
  @Field()
  @IsString()
  @MaxLength(1000)
  legalBasis!: string;
}

@ArgsType()
export class PublishChecklistTemplateArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  changeReason?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  legalBasis?: string | null;
}

@ArgsType()
export class DecideChecklistArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@ArgsType()
export class RejectChecklistArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @IsString()
  @MaxLength(1000)
  reason!: string;
}

@ArgsType()
export class ChecklistVersionsArgs extends PageArgs {
  @Field()
  @Matches(REGION_CODE)
  regionCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(LIST_TYPE_CODE)
  listType?: string | null;
}

@ArgsType()
export class ChecklistInForceArgs {
  @Field()
  @Matches(REGION_CODE)
  regionCode!: string;

  @Field()
  @Matches(LIST_TYPE_CODE)
  listType!: string;
}

@ArgsType()
export class ChecklistDiffArgs {
  @Field(() => ID)
  @IsUUID()
  fromId!: string;

  @Field(() => ID)
  @IsUUID()
  toId!: string;
}

@ArgsType()
export class ChecklistListTypesArgs {
  /** Any region of the county; default the caller's own region. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(REGION_CODE)
  regionCode?: string | null;

  /** Also the lists the county switched off (the county's own settings page). */
  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeDisabled = false;
}

@ArgsType()
export class PublicChecklistsArgs {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;
}
