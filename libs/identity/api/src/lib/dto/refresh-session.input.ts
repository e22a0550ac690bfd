import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** The refresh token to exchange (valid once). */
@InputType('RefreshSessionInput')
export class RefreshSessionInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  refreshToken!: string;
}
