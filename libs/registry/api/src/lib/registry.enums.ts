import { registerEnumType } from '@nestjs/graphql';

/** Level of a node of the region tree (grids extend villages). */
export enum RegionLevelValue {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWN = 'TOWN',
  VILLAGE = 'VILLAGE',
  GRID = 'GRID',
}
registerEnumType(RegionLevelValue, { name: 'RegionLevel' });

/** Local hukou, or non-local (living here; takes part once admitted by the village committee). */
export enum Residency {
  LOCAL_HUKOU = 'LOCAL_HUKOU',
  NON_LOCAL = 'NON_LOCAL',
}
registerEnumType(Residency, { name: 'Residency' });

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, { name: 'Gender' });

/** A member's relation to the head of the household (the head is HEAD). */
export enum Relation {
  HEAD = 'HEAD',
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  PARENT = 'PARENT',
  GRANDCHILD = 'GRANDCHILD',
  SIBLING = 'SIBLING',
  OTHER = 'OTHER',
}
registerEnumType(Relation, { name: 'Relation' });

/** QUEUED → VALIDATING → (FAILED with an error report | IMPORTING → DONE). */
export enum HouseholdImportStatus {
  QUEUED = 'QUEUED',
  VALIDATING = 'VALIDATING',
  IMPORTING = 'IMPORTING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(HouseholdImportStatus, { name: 'HouseholdImportStatus' });

/** What a household history row records. */
export enum HouseholdOperation {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  ADD_MEMBER = 'ADD_MEMBER',
  UPDATE_MEMBER = 'UPDATE_MEMBER',
  REMOVE_MEMBER = 'REMOVE_MEMBER',
  ADMIT = 'ADMIT',
  IMPORT = 'IMPORT',
}
registerEnumType(HouseholdOperation, { name: 'HouseholdOperation' });
