import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** Username (any case) and password. */
@InputType('LoginInput')
export class LoginInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  username!: string;

  /** Bounded well above the policy's maximum so that a long guess is refused cheaply, never hashed. */
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;
}
