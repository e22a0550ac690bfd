import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class IssueChecklistCertificateInput {
  @Field(() => ID)
  @IsUUID()
  caseId!: string;

  /** Default: the case's applicant. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  holderName?: string | null;

  /** Default: the item's 办理用途. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  purpose?: string | null;
}

@ArgsType()
export class RevokeChecklistCertificateArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @IsString()
  @MaxLength(500)
  reason!: string;
}

@ArgsType()
export class VerifyChecklistCertificateArgs {
  @Field()
  @IsString()
  @MaxLength(100)
  serial!: string;
}
