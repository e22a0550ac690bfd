import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

/** The policy (length, not the username) is checked by the service, which answers with its own codes. */
@InputType('ChangePasswordInput')
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(1024)
  currentPassword!: string;

  @Field()
  @IsString()
  @MaxLength(1024)
  newPassword!: string;
}
