import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID, Matches } from 'class-validator';
import { REGION_CODE } from './patterns';

@InputType()
export class StartHouseholdImportInput {
  /** An uploaded .xlsx (POST /api/files). */
  @Field(() => ID)
  @IsUUID()
  fileId!: string;

  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;
}

@ArgsType()
export class HouseholdImportArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

/** Exactly one of `householdIds` and `villageCode` (all active households of the village). */
@InputType()
export class PrintHouseholdCardsInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  householdIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(REGION_CODE)
  villageCode?: string | null;
}
