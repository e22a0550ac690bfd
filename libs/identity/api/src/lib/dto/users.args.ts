import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageArgs, Role } from '@xiangzhi/server/core';

/** Filters of the users list; every result also lies within the caller's scope. */
@ArgsType()
export class UsersArgs extends PageArgs {
  /** Users bound to this region or anywhere below it. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{12}(\d{3})?$/)
  regionCode?: string;

  /** Part of the username or display name. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  search?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;
}
