import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Matches, Max, Min } from 'class-validator';
import { PageArgs } from '@xiangzhi/server/core';
import { REGION_CODE } from '../dto/scheme.input';

@ArgsType()
export class PublishPointsArgs {
  /** A village, or a town (every village of it with a scheme in force that has no board for the period yet). */
  @Field()
  @Matches(REGION_CODE)
  regionCode!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  /** The first month of the publication period (1, 4, 7, 10 for quarterly boards). */
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(12)
  fromMonth!: number;
}

@ArgsType()
export class VillagePublicationsArgs extends PageArgs {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;
}

@ArgsType()
export class PublicationArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class VillageChainArgs {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;
}
