import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { GraphQLDate } from '../graphql/date.scalar';
import { Gender, Relation, Residency } from '../registry.enums';
import { GRID_CODE, ISO_DATE, REGION_CODE } from './patterns';

/** A member as entered; gender and birth date default to what the ID number encodes (and must agree with it). */
@InputType()
export class MemberInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  name!: string;

  @Field()
  @IsString()
  @MaxLength(30)
  idNumber!: string;

  @Field(() => Relation)
  @IsEnum(Relation)
  relation!: Relation;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender | null;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE)
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  phone?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  participating?: boolean | null;
}

@InputType()
export class CreateHouseholdInput {
  /** The village. */
  @Field()
  @Matches(REGION_CODE)
  regionCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(GRID_CODE)
  gridCode?: string | null;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  address!: string;

  @Field(() => Residency)
  @IsEnum(Residency)
  residency!: Residency;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE)
  residentSince?: string | null;

  /** Default: true for local hukou; a non-local household takes part once admitted (admitHousehold). */
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  participating?: boolean | null;

  /** Exactly one member with relation HEAD. */
  @Field(() => [MemberInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => MemberInput)
  members!: MemberInput[];
}

/** Omitted fields stay; `gridCode: null` takes the household out of its grid. */
@InputType()
export class UpdateHouseholdInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  /** The version read; refused with REGISTRY_HOUSEHOLD_VERSION_CONFLICT if it has changed since. */
  @Field(() => Int)
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(GRID_CODE)
  gridCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  address?: string | null;

  @Field(() => Residency, { nullable: true })
  @IsOptional()
  @IsEnum(Residency)
  residency?: Residency | null;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE)
  residentSince?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  participating?: boolean | null;

  /** Makes this member the head (relation HEAD); the former head becomes OTHER until edited. */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  headMemberId?: string | null;
}

@InputType()
export class AddMemberInput extends MemberInput {
  @Field(() => ID)
  @IsUUID()
  householdId!: string;
}

/** Omitted fields stay; `phone: null` removes the phone. */
@InputType()
export class UpdateMemberInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  idNumber?: string | null;

  @Field(() => Relation, { nullable: true })
  @IsOptional()
  @IsEnum(Relation)
  relation?: Relation | null;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender | null;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE)
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  phone?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  participating?: boolean | null;
}

@InputType()
export class RemoveMemberInput {
  @Field(() => ID)
  @IsUUID()
  memberId!: string;

  /** Why (moved away, deceased …); kept in the history. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string | null;
}

@InputType()
export class AdmitHouseholdInput {
  @Field(() => ID)
  @IsUUID()
  householdId!: string;

  /** Date of the village committee's decision. */
  @Field(() => GraphQLDate)
  @Matches(ISO_DATE)
  admittedAt!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}
