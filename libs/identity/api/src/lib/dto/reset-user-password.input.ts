import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';

/** A new password for another user, set by a manager (the policy is checked by the service). */
@InputType('ResetUserPasswordInput')
export class ResetUserPasswordInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field()
  @IsString()
  @MaxLength(1024)
  newPassword!: string;
}
