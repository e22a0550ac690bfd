import { GridEntity } from './grid.entity';
import { HouseholdChangeEntity } from './household-change.entity';
import { HouseholdImportEntity } from './household-import.entity';
import { HouseholdEntity } from './household.entity';
import { MemberEntity } from './member.entity';
import { RegionEntity } from './region.entity';

export { GridEntity, HouseholdChangeEntity, HouseholdImportEntity, HouseholdEntity, MemberEntity, RegionEntity };

/** Entities of the registry domain. */
export const registryEntities = [
  RegionEntity,
  GridEntity,
  HouseholdEntity,
  MemberEntity,
  HouseholdChangeEntity,
  HouseholdImportEntity,
];
