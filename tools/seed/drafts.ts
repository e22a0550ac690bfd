import { HouseholdDraft, Relation, Residency } from '@xiangzhi/registry/api';
import type { synthHousehold } from './people';

/** A synthetic household as the registry's bulk loader takes it. */
export function toDraft(h: ReturnType<typeof synthHousehold>, gridCode: string): HouseholdDraft {
  return {
    gridCode,
    address: h.address,
    residency: h.residency as Residency,
    residentSince: h.residentSince,
    participating: h.participating,
    members: h.members.map((m) => ({
      name: m.name,
      idNumber: m.idNumber,
      relation: m.relation as Relation,
      phone: m.phone,
      participating: h.participating,
    })),
  };
}
