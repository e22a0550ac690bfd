import type { SchemeDefinition, SchemeItem } from '@xiangzhi/points/util';
import { PointsEntryStateEntity } from './entities/entry-state.entity';
import { PointsEntryEntity } from './entities/entry.entity';
import { PointsSchemeVersionEntity } from './entities/scheme-version.entity';
import { EntryModel } from './models/entry.model';
import {
  PolicyParametersModel,
  PublicSchemeVersionModel,
  SchemeItemModel,
  SchemeVersionModel,
} from './models/scheme.model';

export function toItemModel(item: SchemeItem): SchemeItemModel {
  return { ...item, example: item.example ?? false };
}

function parametersOf(d: SchemeDefinition): PolicyParametersModel {
  const p = d.parameters;
  return {
    ...p,
    exchangeValue: p.exchangeValue ? { ...p.exchangeValue } : null,
    exchangeWindows: {
      months: p.exchangeWindows.months ? [...p.exchangeWindows.months] : null,
      label: p.exchangeWindows.label,
    },
  };
}

export function toSchemeModel(v: PointsSchemeVersionEntity): SchemeVersionModel {
  return {
    id: v.id,
    regionCode: v.regionCode,
    year: v.year,
    version: v.version,
    status: v.status,
    presetKey: v.presetKey,
    name: v.definition.name,
    parameters: parametersOf(v.definition),
    items: v.definition.items.map(toItemModel),
    basedOnId: v.basedOnId,
    changeReason: v.changeReason,
    decisionReason: v.decisionReason,
    createdBy: v.createdBy,
    createdAt: v.createdAt,
    submittedBy: v.submittedBy,
    submittedAt: v.submittedAt,
    decidedBy: v.decidedBy,
    decidedAt: v.decidedAt,
  };
}

/** The public view: no user ids. */
export function toPublicSchemeModel(v: PointsSchemeVersionEntity): PublicSchemeVersionModel {
  return {
    id: v.id,
    regionCode: v.regionCode,
    year: v.year,
    version: v.version,
    status: v.status,
    name: v.definition.name,
    parameters: parametersOf(v.definition),
    items: v.definition.items.map(toItemModel),
    changeReason: v.changeReason,
    decidedAt: v.decidedAt,
  };
}

export function toEntryModel(e: PointsEntryEntity, s: PointsEntryStateEntity): EntryModel {
  return {
    id: e.id,
    householdId: e.householdId,
    memberId: e.memberId,
    villageCode: e.villageCode,
    schemeVersionId: e.schemeVersionId,
    itemCode: e.itemCode,
    itemKind: e.itemKind,
    itemName: e.itemName,
    publicWording: e.publicWording,
    points: e.points,
    occurredOn: e.occurredOn,
    place: e.place,
    description: e.description,
    channel: e.channel,
    evidenceFileIds: e.evidenceFileIds,
    declaredByResident: e.declaredByResident,
    reversalOf: e.reversalOf,
    reversalReason: e.reversalReason,
    reversalSource: e.reversalSource,
    recordedBy: e.recordedBy,
    recordedAt: e.recordedAt,
    status: s.status,
    reversed: s.reversed,
    reviewedBy: s.reviewedBy,
    reviewedAt: s.reviewedAt,
    approvedBy: s.approvedBy,
    approvedAt: s.approvedAt,
    publishedAt: s.publishedAt,
  };
}
