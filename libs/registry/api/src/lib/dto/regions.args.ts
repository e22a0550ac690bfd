import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { REGION_CODE, REGION_OR_GRID_CODE } from './patterns';

@ArgsType()
export class RegionsArgs {
  /** The node whose children are listed (a village's children are its grids). */
  @Field()
  @Matches(REGION_OR_GRID_CODE)
  parentCode!: string;
}

@ArgsType()
export class RegionArgs {
  @Field()
  @Matches(REGION_OR_GRID_CODE)
  code!: string;
}

@ArgsType()
export class GridsArgs {
  @Field()
  @Matches(REGION_CODE)
  villageCode!: string;
}

@ArgsType()
export class PublicRegionsArgs {
  /** Omitted: the top of the tree. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(REGION_CODE)
  parentCode?: string | null;
}

@ArgsType()
export class PublicVillageArgs {
  @Field()
  @Matches(REGION_CODE)
  code!: string;
}
