import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '@xiangzhi/server/core';
import { ChecklistComplaintAction, ChecklistComplaintStatus } from '../oversight.enums';

const REGION_CODE = /^\d{12}$/;

@InputType({ description: "A resident's complaint from the portal (no sign-in)." })
export class SubmitChecklistComplaintInput {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;

  /** 2–60 characters. */
  @Field()
  @IsString()
  @MaxLength(240)
  subject!: string;

  /** 5–2000 characters. */
  @Field()
  @IsString()
  @MaxLength(8000)
  text!: string;

  /** A phone number to call back (optional): stored encrypted, shown to staff masked, never in public answers. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  contact?: string | null;

  /** Optional idempotency key: a retry with the same key returns the same number. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  clientKey?: string | null;
}

@InputType()
export class HandleChecklistComplaintInput {
  @Field(() => ID)
  @IsUUID()
  complaintId!: string;

  @Field(() => ChecklistComplaintAction)
  @IsEnum(ChecklistComplaintAction)
  action!: ChecklistComplaintAction;

  /** The reply (REPLY) or the outcome (CLOSE), 2–2000 characters; an optional note with ACCEPT. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  text?: string | null;
}

@ArgsType()
export class ChecklistComplaintsArgs extends PageArgs {
  @Field()
  @Matches(REGION_CODE)
  regionCode!: string;

  @Field(() => ChecklistComplaintStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ChecklistComplaintStatus)
  status?: ChecklistComplaintStatus | null;
}

@ArgsType()
export class PublicChecklistComplaintArgs {
  @Field()
  @IsString()
  @MaxLength(40)
  number!: string;
}

@ArgsType()
export class ChecklistOversightArgs {
  /** A village, town or county in the caller's region. */
  @Field()
  @Matches(REGION_CODE)
  regionCode!: string;
}
