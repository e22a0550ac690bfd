import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '@xiangzhi/server/core';
import { REGION_CODE } from '../dto/scheme.input';
import { ObjectionDecision, ObjectionStatus } from './objection.enums';

@InputType()
export class PortalObjectionInput {
  @Field(() => ID)
  @IsUUID()
  publicationId!: string;

  /** The entry objected to; omitted when an entry is missing. */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  entryId?: string | null;

  /** The household card number (积分信息卡). */
  @Field()
  @IsString()
  @MaxLength(21)
  cardNumber!: string;

  /** The last four digits of the household head's phone. */
  @Field()
  @IsString()
  @MaxLength(4)
  phoneLast4!: string;

  @Field()
  @IsString()
  @MaxLength(1000)
  content!: string;
}

@InputType()
export class StaffObjectionInput {
  @Field(() => ID)
  @IsUUID()
  publicationId!: string;

  @Field(() => ID)
  @IsUUID()
  householdId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  entryId?: string | null;

  @Field()
  @IsString()
  @MaxLength(1000)
  content!: string;
}

@ArgsType()
export class InvestigateObjectionArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @IsString()
  @MaxLength(1000)
  findings!: string;
}

@ArgsType()
export class DecideObjectionArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => ObjectionDecision)
  @IsEnum(ObjectionDecision)
  decision!: ObjectionDecision;

  @Field()
  @IsString()
  @MaxLength(500)
  reason!: string;
}

@ArgsType()
export class ObjectionsArgs extends PageArgs {
  /** A village, or a town (all its villages). */
  @Field()
  @Matches(REGION_CODE)
  regionCode!: string;

  @Field(() => ObjectionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ObjectionStatus)
  status?: ObjectionStatus | null;
}
