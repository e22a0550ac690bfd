import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { GRID_CODE, REGION_CODE } from './patterns';

@InputType()
export class CreateGridInput {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;

  /** Optional explicit code (village code + 3 digits); the next free number otherwise. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(GRID_CODE)
  code?: string | null;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  leaderName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  note?: string | null;
}

@InputType()
export class UpdateGridInput {
  @Field()
  @Matches(GRID_CODE)
  code!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  leaderName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  note?: string | null;
}
