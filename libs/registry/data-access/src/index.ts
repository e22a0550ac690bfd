export * from './lib/card-print.facade';
export * from './lib/grids.facade';
export * from './lib/household-import.facade';
export * from './lib/household.facade';
export * from './lib/households.facade';
export * from './lib/public-registry.facade';
export * from './lib/region-code';
export * from './lib/region-context.service';
export * from './lib/regions.facade';
export type {
  AddMemberInput,
  AdmitHouseholdInput,
  CreateGridInput,
  CreateHouseholdInput,
  Gender,
  HouseholdImportStatus,
  MemberInput,
  RegionLevel,
  Relation,
  Residency,
  UpdateGridInput,
  UpdateHouseholdInput,
  UpdateMemberInput,
} from './lib/generated/graphql';
