import { GridEntity } from '../entities/grid.entity';
import { FieldChangeValue, HouseholdChangeEntity } from '../entities/household-change.entity';
import { HouseholdImportEntity } from '../entities/household-import.entity';
import { HouseholdEntity } from '../entities/household.entity';
import { MemberEntity } from '../entities/member.entity';
import { RegionEntity } from '../entities/region.entity';
import { GridModel } from '../models/grid.model';
import { FieldChangeModel, HouseholdChangeModel } from '../models/household-change.model';
import { HouseholdImportModel } from '../models/household-import.model';
import { HouseholdModel } from '../models/household.model';
import { MemberModel } from '../models/member.model';
import { PublicRegionModel, RegionModel } from '../models/region.model';
import { Relation, RegionLevelValue } from '../registry.enums';

/** Pure mappers from entities to GraphQL models: a column reaches the API only when listed here. */

export function toRegionModel(r: RegionEntity): RegionModel {
  return { code: r.code, name: r.name, level: r.level, parentCode: r.parentCode };
}

/** A grid shown as a node of the region tree, under its village. */
export function gridAsRegion(g: GridEntity): RegionModel {
  return { code: g.code, name: g.name, level: RegionLevelValue.GRID, parentCode: g.villageCode };
}

export function toPublicRegionModel(r: RegionEntity): PublicRegionModel {
  return { code: r.code, name: r.name, level: r.level, parentCode: r.parentCode };
}

export function toGridModel(g: GridEntity): GridModel {
  return { code: g.code, name: g.name, villageCode: g.villageCode, leaderName: g.leaderName, note: g.note };
}

export function toHouseholdModel(h: HouseholdEntity): HouseholdModel {
  return {
    id: h.id,
    cardNumber: h.cardNumber,
    regionCode: h.regionCode,
    gridCode: h.gridCode,
    address: h.address,
    residency: h.residency,
    residentSince: h.residentSince,
    admittedBy: h.admittedBy,
    admittedAt: h.admittedAt,
    admissionNote: h.admissionNote,
    participating: h.participating,
    version: h.version,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
    headMemberId: h.headMemberId,
  };
}

export function toMemberModel(m: MemberEntity): MemberModel {
  return {
    id: m.id,
    householdId: m.householdId,
    name: m.name,
    gender: m.gender,
    birthDate: m.birthDate,
    relation: m.relation,
    idNumberMasked: m.idNumberMasked,
    phoneMasked: m.phoneMasked,
    participating: m.participating,
    isHead: m.relation === Relation.HEAD,
    active: m.active,
  };
}

function text(v: FieldChangeValue['from']): string | null {
  return v === null || v === undefined ? null : String(v);
}

export function toFieldChanges(changes: Record<string, FieldChangeValue>): FieldChangeModel[] {
  return Object.entries(changes).map(([field, c]) => ({ field, from: text(c.from), to: text(c.to) }));
}

/** `address: 甲 → 乙; participating: true → false` */
export function summarizeChanges(changes: FieldChangeModel[]): string {
  return changes.map((c) => `${c.field}: ${c.from ?? '∅'} → ${c.to ?? '∅'}`).join('; ');
}

export function toHouseholdChangeModel(c: HouseholdChangeEntity): HouseholdChangeModel {
  const changes = toFieldChanges(c.changes);
  return {
    id: c.id,
    householdId: c.householdId,
    action: c.operation,
    actorId: c.actorId,
    actorName: c.actorName,
    memberId: c.memberId,
    changes,
    summary: summarizeChanges(changes),
    createdAt: c.at,
  };
}

export function toHouseholdImportModel(i: HouseholdImportEntity): HouseholdImportModel {
  return {
    id: i.id,
    status: i.status,
    villageCode: i.regionCode,
    fileId: i.fileId,
    total: i.total,
    processed: i.processed,
    created: i.created,
    errorCount: i.errorCount,
    errorReportFileId: i.errorReportFileId,
    message: i.message,
    createdAt: i.createdAt,
    finishedAt: i.finishedAt,
  };
}
