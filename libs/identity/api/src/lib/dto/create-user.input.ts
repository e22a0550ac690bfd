import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Role } from '@xiangzhi/server/core';

export const PHONE_PATTERN = /^\+?[0-9][0-9 -]{4,30}$/;

/** A new staff account, bound inside the caller's scope with a role the caller manages. */
@InputType('CreateUserInput')
export class CreateUserInput {
  /** Stored in lower case; 3–64 of a–z, 0–9, `.`, `_`, `@`, `-`. */
  @Field()
  @IsString()
  @MaxLength(64)
  username!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  displayName!: string;

  @Field()
  @IsString()
  @MaxLength(1024)
  password!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  /** The 12-digit region node the user is bound to (a village for grid workers). */
  @Field()
  @Matches(/^\d{12}$/)
  regionCode!: string;

  /** GRID_WORKER only: 15-digit grid codes under `regionCode`. */
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(15, { each: true })
  gridCodes?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  @Matches(PHONE_PATTERN)
  phone?: string | null;
}
