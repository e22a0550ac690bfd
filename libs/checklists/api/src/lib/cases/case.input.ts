import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
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
} from 'class-validator';
import { PageArgs } from '@xiangzhi/server/core';
import { FlowActionValue } from '../checklists.enums';
import { LIST_TYPE_CODE, REGION_CODE } from '../dto/version.input';
import { ChecklistApplicantKind, ChecklistCaseStatus, ChecklistRequestKind } from './cases.enums';

const ITEM_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

@InputType({ description: 'A request checked against the negative list before the village acts on it.' })
export class CheckChecklistRequestInput {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;

  @Field(() => ChecklistRequestKind)
  @IsEnum(ChecklistRequestKind)
  kind!: ChecklistRequestKind;

  /** The request in the requester's words (e.g. 开具无犯罪记录证明). */
  @Field()
  @IsString()
  @MaxLength(1000)
  text!: string;

  /** TASK: the department pushing the task down. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  department?: string | null;

  /** The item the requester picked, when they picked one. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ITEM_CODE)
  itemCode?: string | null;
}

@InputType()
export class OpenChecklistCaseInput {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;

  @Field()
  @Matches(LIST_TYPE_CODE)
  listType!: string;

  @Field()
  @Matches(ITEM_CODE)
  itemCode!: string;

  @Field(() => ChecklistApplicantKind)
  @IsEnum(ChecklistApplicantKind)
  applicantKind!: ChecklistApplicantKind;

  /** MEMBER: the registry member (the applicant's name is taken from the registry). */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  applicantMemberId?: string | null;

  /** ORGANISATION: its name. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  applicantName?: string | null;

  /** What is asked for, in the applicant's words (checked by the negative-list gate). */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  requestText?: string | null;

  /** Makes the call idempotent: the same key from the same user returns the case opened first. */
  @Field()
  @IsString()
  @MaxLength(64)
  clientKey!: string;
}

@InputType()
export class ActOnChecklistCaseInput {
  @Field(() => ID)
  @IsUUID()
  caseId!: string;

  @Field(() => FlowActionValue)
  @IsEnum(FlowActionValue)
  action!: FlowActionValue;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;

  /** Files of the core files service (uploaded first), readable by the caller. */
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  attachmentFileIds?: string[] | null;
}

@ArgsType()
export class ChecklistCasesArgs extends PageArgs {
  /** A village, or a town / county to see all its villages' cases. */
  @Field()
  @Matches(REGION_CODE)
  regionCode!: string;

  @Field(() => ChecklistCaseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ChecklistCaseStatus)
  status?: ChecklistCaseStatus | null;

  /** true: only overdue cases (open past a deadline, or closed after the case deadline). */
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
}

@ArgsType()
export class ChecklistCaseIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class ChecklistRegionPageArgs extends PageArgs {
  /** A village, town or county in the caller's region. */
  @Field()
  @Matches(REGION_CODE)
  regionCode!: string;
}

@ArgsType()
export class PublicChecklistCasesArgs extends PageArgs {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;
}

@ArgsType()
export class ChecklistDoNotIssueArgs {
  /** '000000000000' for the national default, or a province code; default: the caller's province. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(REGION_CODE)
  provinceCode?: string | null;
}

@InputType({ description: "A province's own entry of the do-not-issue list (or the national default's)." })
export class ChecklistDoNotIssueInput {
  @Field()
  @Matches(REGION_CODE)
  provinceCode!: string;

  @Field()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/)
  code!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  name!: string;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  keywords: string[] = [];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  exceptions: string[] = [];

  @Field()
  @IsString()
  @MaxLength(1000)
  basis!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(1000)
  alternative = '';

  /** false: switches the national entry of this code off in the province. */
  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  enabled = true;
}
