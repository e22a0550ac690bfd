import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RegionLevelValue } from '../registry.enums';

/** A node of the region tree (grids appear as level GRID under their village). */
@ObjectType('Region')
export class RegionModel {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => RegionLevelValue)
  level!: RegionLevelValue;

  @Field(() => String, { nullable: true })
  parentCode!: string | null;

  // fullName and children are field resolvers (DataLoaders)
}

/** A region as the public site sees it: names, codes and counts only. */
@ObjectType('PublicRegion')
export class PublicRegionModel {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => RegionLevelValue)
  level!: RegionLevelValue;

  @Field(() => String, { nullable: true })
  parentCode!: string | null;
}

/** A village's public page header: names and counts only, never personal data. */
@ObjectType('PublicVillage')
export class PublicVillageModel {
  @Field()
  code!: string;

  @Field()
  name!: string;

  /** County, town and village names. */
  @Field()
  fullName!: string;

  @Field(() => Int)
  gridCount!: number;

  @Field(() => Int)
  householdCount!: number;

  /** Households taking part in the points scheme. */
  @Field(() => Int)
  participatingHouseholdCount!: number;
}
