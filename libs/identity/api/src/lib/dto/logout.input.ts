import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** The refresh token of the session to end. */
@InputType('LogoutInput')
export class LogoutInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  refreshToken!: string;
}
