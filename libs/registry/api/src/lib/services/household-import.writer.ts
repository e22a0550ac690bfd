import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { countyCodeOf, RequestContext } from '@xiangzhi/server/core';
import { formatCardNumber } from '@xiangzhi/registry/util';
import { FieldChangeValue } from '../entities/household-change.entity';
import { HouseholdEntity } from '../entities/household.entity';
import { MemberEntity } from '../entities/member.entity';
import { ImportHousehold } from '../excel/import-rows';
import { HouseholdOperation } from '../registry.enums';
import { BulkColumn, bulkInsert } from './bulk-insert';
import { HouseholdHistoryService } from './household-history.service';
import { HouseholdStore, translateDuplicate } from './household-store';

const HOUSEHOLD_COLUMNS: Array<BulkColumn<HouseholdEntity>> = [
  ['id', 'uuid', (h) => h.id],
  ['card_number', 'varchar', (h) => h.cardNumber],
  ['region_code', 'varchar', (h) => h.regionCode],
  ['grid_code', 'varchar', (h) => h.gridCode],
  ['scope_code', 'varchar', (h) => h.scopeCode],
  ['county_code', 'varchar', (h) => h.countyCode],
  ['address', 'varchar', (h) => h.address],
  ['residency', 'household_residency', (h) => h.residency],
  ['resident_since', 'date', (h) => h.residentSince],
  ['participating', 'boolean', (h) => h.participating],
  ['head_member_id', 'uuid', (h) => h.headMemberId],
  ['created_by', 'uuid', (h) => h.createdBy],
  ['updated_by', 'uuid', (h) => h.updatedBy],
];

const MEMBER_COLUMNS: Array<BulkColumn<MemberEntity>> = [
  ['id', 'uuid', (m) => m.id],
  ['household_id', 'uuid', (m) => m.householdId],
  ['region_code', 'varchar', (m) => m.regionCode],
  ['county_code', 'varchar', (m) => m.countyCode],
  ['name', 'varchar', (m) => m.name],
  ['gender', 'member_gender', (m) => m.gender],
  ['birth_date', 'date', (m) => m.birthDate],
  ['relation', 'member_relation', (m) => m.relation],
  ['id_number_cipher', 'bytea', (m) => m.idNumberCipher],
  ['id_number_hash', 'char(64)', (m) => m.idNumberHash],
  ['id_number_masked', 'varchar', (m) => m.idNumberMasked],
  ['phone_cipher', 'bytea', (m) => m.phoneCipher],
  ['phone_masked', 'varchar', (m) => m.phoneMasked],
  ['participating', 'boolean', (m) => m.participating],
];

interface HistoryRow {
  householdId: string;
  regionCode: string;
  countyCode: string;
  actorId: string | null;
  actorName: string;
  operation: HouseholdOperation;
  changes: Record<string, FieldChangeValue>;
}

const HISTORY_COLUMNS: Array<BulkColumn<HistoryRow>> = [
  ['household_id', 'uuid', (c) => c.householdId],
  ['region_code', 'varchar', (c) => c.regionCode],
  ['county_code', 'varchar', (c) => c.countyCode],
  ['actor_id', 'uuid', (c) => c.actorId],
  ['actor_name', 'varchar', (c) => c.actorName],
  ['operation', 'household_operation', (c) => c.operation],
  ['changes', 'jsonb', (c) => JSON.stringify(c.changes)],
];

/** Inserts the validated households of an import, all in the caller's transaction (all or nothing). */
@Injectable()
export class HouseholdImportWriter {
  constructor(
    private readonly store: HouseholdStore,
    private readonly history: HouseholdHistoryService,
  ) {}

  /** Returns the number of members inserted; `progress` gets rows done so far. */
  async insert(
    em: EntityManager,
    ctx: RequestContext,
    villageCode: string,
    households: ImportHousehold[],
    progress: (rowsDone: number) => Promise<void>,
  ): Promise<number> {
    const first = await this.store.reserveCardSequences(em, villageCode, households.length);
    const countyCode = countyCodeOf(villageCode);
    const actorId = ctx.actor && ctx.actor.username !== 'system' ? ctx.actor.userId : null;
    const householdRows: HouseholdEntity[] = [];
    const memberRows: MemberEntity[] = [];
    const historyRows: HistoryRow[] = [];
    households.forEach((f, i) => {
      const h = {
        id: randomUUID(),
        cardNumber: formatCardNumber(villageCode, first + i),
        regionCode: villageCode,
        gridCode: f.gridCode,
        scopeCode: f.gridCode ?? villageCode,
        countyCode,
        address: f.address,
        residency: f.residency,
        residentSince: f.residentSince,
        participating: f.participating,
        createdBy: actorId,
        updatedBy: actorId,
      } as HouseholdEntity;
      const members = f.rows.flatMap((r) => (r.member ? [this.store.memberRow(h, r.member, r.hash ?? undefined)] : []));
      h.headMemberId = members[0].id;
      householdRows.push(h);
      memberRows.push(...members);
      const row = this.history.row(ctx, h, HouseholdOperation.IMPORT, {
        cardNumber: { from: null, to: h.cardNumber },
        address: { from: null, to: h.address },
        gridCode: { from: null, to: h.gridCode },
        residency: { from: null, to: h.residency },
        residentSince: { from: null, to: h.residentSince },
        participating: { from: null, to: h.participating },
        members: { from: null, to: f.rows.map((r) => `${r.member?.name}(${r.member?.relation})`).join('、') },
      });
      historyRows.push(row as HistoryRow);
    });
    const totalRows = memberRows.length;
    let done = 0;
    try {
      await bulkInsert(em, 'household', HOUSEHOLD_COLUMNS, householdRows);
      await bulkInsert(em, 'member', MEMBER_COLUMNS, memberRows, 5000, async (n) => {
        done = n;
        await progress(Math.min(done, totalRows));
      });
      await bulkInsert(em, 'household_change', HISTORY_COLUMNS, historyRows);
    } catch (err) {
      throw translateDuplicate(err);
    }
    return memberRows.length;
  }
}
