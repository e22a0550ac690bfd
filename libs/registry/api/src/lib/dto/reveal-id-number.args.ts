import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class RevealIdNumberArgs {
  @Field(() => ID)
  @IsUUID()
  memberId!: string;

  /** Why the full number is needed (≥ 2 characters); written to the audit log. */
  @Field()
  @IsString()
  @MaxLength(200)
  reason!: string;
}
