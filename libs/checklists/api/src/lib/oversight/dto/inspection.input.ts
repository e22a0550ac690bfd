import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '@xiangzhi/server/core';
import { GraphQLDate } from '@xiangzhi/registry/api';
import { ChecklistFindingAction, ChecklistFindingSeverity, ChecklistFindingStatus } from '../oversight.enums';

const REGION_CODE = /^\d{12}$/;
const LIST_TYPE_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class ChecklistFindingInput {
  /** What was found (2–1000 characters). */
  @Field()
  @IsString()
  @MaxLength(4000)
  text!: string;

  @Field(() => ChecklistFindingSeverity)
  @IsEnum(ChecklistFindingSeverity)
  severity!: ChecklistFindingSeverity;

  /** Set to require a rectification at once, with this deadline (整改期限). */
  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE)
  dueOn?: string | null;
}

@InputType({
  description:
    'An inspection: a list (villageCode + listType), an item (+ itemCode) or a case (caseId; the village and item are the case’s).',
})
export class RecordChecklistInspectionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(REGION_CODE)
  villageCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(LIST_TYPE_CODE)
  listType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  itemCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  caseId?: string | null;

  @Field(() => GraphQLDate)
  @Matches(ISO_DATE)
  inspectedOn!: string;

  /** What was inspected and how (2–2000 characters). */
  @Field()
  @IsString()
  @MaxLength(8000)
  summary!: string;

  @Field(() => [ChecklistFindingInput])
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ChecklistFindingInput)
  findings!: ChecklistFindingInput[];

  @Field()
  @IsString()
  clientKey!: string;
}

@InputType()
export class AddChecklistFindingInput {
  @Field(() => ID)
  @IsUUID()
  inspectionId!: string;

  @Field(() => ChecklistFindingInput)
  @ValidateNested()
  @Type(() => ChecklistFindingInput)
  finding!: ChecklistFindingInput;
}

@InputType({ description: "An inspector's decision on a finding." })
export class ActOnChecklistFindingInput {
  @Field(() => ID)
  @IsUUID()
  findingId!: string;

  @Field(() => ChecklistFindingAction)
  @IsEnum(ChecklistFindingAction)
  action!: ChecklistFindingAction;

  /** Required to reopen or close; optional otherwise. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string | null;

  /** The deadline: required to require a rectification; to reopen, a new one (default: unchanged). */
  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE)
  dueOn?: string | null;
}

@InputType({ description: "The village's rectification of a finding (整改情况) with evidence files." })
export class RecordChecklistRectificationInput {
  @Field(() => ID)
  @IsUUID()
  findingId!: string;

  /** What was done (2–1000 characters). */
  @Field()
  @IsString()
  @MaxLength(4000)
  text!: string;

  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  fileIds: string[] = [];
}

@ArgsType()
export class ChecklistInspectionsArgs extends PageArgs {
  /** A village, or a town or county: every village below it. */
  @Field()
  @Matches(REGION_CODE)
  regionCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(LIST_TYPE_CODE)
  listType?: string | null;

  /** Only inspections with findings still open. */
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  openOnly?: boolean | null;
}

@ArgsType()
export class ChecklistFindingsArgs extends PageArgs {
  @Field()
  @Matches(REGION_CODE)
  regionCode!: string;

  @Field(() => ChecklistFindingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ChecklistFindingStatus)
  status?: ChecklistFindingStatus | null;

  /** Only findings whose rectification deadline has passed (still RECTIFICATION_REQUIRED). */
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
}

@ArgsType()
export class ChecklistInspectionIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
