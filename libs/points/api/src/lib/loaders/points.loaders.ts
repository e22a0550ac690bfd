import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { LoaderFactory, StoredFileEntity } from '@xiangzhi/server/core';
import { UserEntity } from '@xiangzhi/identity/api';
import {
  HouseholdEntity,
  HouseholdModel,
  MemberEntity,
  MemberModel,
  Relation,
  StoredFileModel,
} from '@xiangzhi/registry/api';
import { PointsEntryEventEntity } from '../entities/entry-event.entity';
import { PointsEntryStateEntity } from '../entities/entry-state.entity';
import { PointsEntryEntity } from '../entities/entry.entity';
import { toEntryModel } from '../mappers';
import { EntryEventModel, EntryModel, PointsActorModel } from '../models/entry.model';

/**
 * Per-request DataLoaders of the points domain (`ctx.loader(loaders.x)`): the staff view of a list of entries costs
 * one query per relation, whatever the length of the list (T2 without N+1).
 */
@Injectable()
export class PointsLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Staff users by id (display name only). */
  readonly userById: LoaderFactory<string, PointsActorModel | null> = () =>
    new DataLoader(async (ids) => {
      const users = await this.dataSource.manager.find(UserEntity, {
        select: { id: true, displayName: true },
        where: { id: In([...ids]) },
      });
      const byId = new Map(users.map((u) => [u.id, { id: u.id, displayName: u.displayName }]));
      return ids.map((id) => byId.get(id) ?? null);
    });

  readonly fileById: LoaderFactory<string, StoredFileModel | null> = () =>
    new DataLoader(async (ids) => {
      const files = await this.dataSource.manager.find(StoredFileEntity, { where: { id: In([...ids]) } });
      const byId = new Map(
        files.map((f) => [f.id, { id: f.id, name: f.name, size: f.size, contentType: f.contentType }]),
      );
      return ids.map((id) => byId.get(id) ?? null);
    });

  readonly eventsByEntry: LoaderFactory<string, EntryEventModel[]> = () =>
    new DataLoader(async (ids) => {
      const events = await this.dataSource.manager.find(PointsEntryEventEntity, {
        where: { entryId: In([...ids]) },
        order: { id: 'ASC' },
      });
      const byEntry = new Map<string, EntryEventModel[]>(ids.map((id) => [id, []]));
      for (const e of events) {
        byEntry.get(e.entryId)?.push({
          id: e.id,
          action: e.action,
          actorId: e.actorId,
          at: e.at,
          reason: e.reason,
          publicationId: e.publicationId,
        });
      }
      return ids.map((id) => byEntry.get(id) ?? []);
    });

  /** The reversing entries of each entry (at most one, by the unique index). */
  readonly reversalsByEntry: LoaderFactory<string, EntryModel[]> = () =>
    new DataLoader(async (ids) => {
      const rows = await this.dataSource.manager
        .createQueryBuilder(PointsEntryEntity, 'e')
        .innerJoinAndMapOne('e.state', PointsEntryStateEntity, 's', 's.entry_id = e.id')
        .where('e.reversal_of IN (:...ids)', { ids })
        .orderBy('e.recorded_at', 'ASC')
        .getMany();
      const byEntry = new Map<string, EntryModel[]>(ids.map((id) => [id, []]));
      for (const r of rows) {
        const state = (r as PointsEntryEntity & { state: PointsEntryStateEntity }).state;
        byEntry.get(r.reversalOf as string)?.push(toEntryModel(r, state));
      }
      return ids.map((id) => byEntry.get(id) ?? []);
    });

  readonly householdById: LoaderFactory<string, HouseholdModel | null> = () =>
    new DataLoader(async (ids) => {
      const rows = await this.dataSource.manager.findBy(HouseholdEntity, { id: In([...ids]) });
      const byId = new Map(rows.map((h) => [h.id, toHousehold(h)]));
      return ids.map((id) => byId.get(id) ?? null);
    });

  readonly memberById: LoaderFactory<string, MemberModel | null> = () =>
    new DataLoader(async (ids) => {
      const rows = await this.dataSource.manager.findBy(MemberEntity, { id: In([...ids]) });
      const byId = new Map(rows.map((m) => [m.id, toMember(m)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
}

function toHousehold(h: HouseholdEntity): HouseholdModel {
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

function toMember(m: MemberEntity): MemberModel {
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
