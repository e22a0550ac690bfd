import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Actor, RequestContext, Role } from '@xiangzhi/server/core';
import { seedUser } from '@xiangzhi/identity/api/testing';
import { testActor } from '@xiangzhi/registry/api/testing';
import { EntriesService, EntryChannel, ReviewDecision } from '@xiangzhi/points/api';
import { nextKey } from '@xiangzhi/points/api/testing';
import { todayIso } from '@xiangzhi/registry/util';

/** Test fixtures of the shop domain. */

/** A fresh request context for `actor`. */
export const shopCtx = (actor: Actor) => new RequestContext(`req-${randomUUID()}`, actor);

/** A user of `role` in `region`, as an actor with its real id. */
export async function shopUser(dataSource: DataSource, role: Role, region: string): Promise<Actor> {
  const u = await seedUser(dataSource, {
    username: `shop.${role.toLowerCase()}.${randomUUID().slice(0, 8)}`,
    password: 'Shop@123456',
    role,
    regionCode: region,
    gridCodes: [],
    displayName: `${role}-用户`,
  });
  return { ...testActor(role, region, []), userId: u.id, username: u.username };
}

/**
 * Gives a household `points` approved points today through the real flow (recorded by `recorder`, reviewed by
 * `reviewer`, approved by `approver`), in entries of item T01 (1–10 points) of the points test scheme.
 */
export async function awardPoints(
  app: INestApplicationContext,
  householdId: string,
  points: number,
  by: { recorder: Actor; reviewer: Actor; approver: Actor },
): Promise<void> {
  const entries = app.get(EntriesService);
  const ids: string[] = [];
  for (let left = points; left > 0; left -= 10) {
    const e = await entries.record(shopCtx(by.recorder), {
      householdId,
      itemCode: 'T01',
      points: Math.min(10, left),
      occurredOn: todayIso(),
      description: '参加环境卫生整治',
      channel: EntryChannel.ON_SITE,
      idempotencyKey: nextKey(),
    });
    ids.push(e.id);
  }
  await entries.review(shopCtx(by.reviewer), { entryIds: ids, decision: ReviewDecision.APPROVE });
  await entries.approve(shopCtx(by.approver), { entryIds: ids });
}

let ledgerSerial = 0;

/**
 * An issue-ledger row written directly, to date it in any period (the counter only redeems today): `points` taken by
 * `householdId` at `shopId` on `occurredOn`, or a reversal of `reversalOf`. Balances are not kept; returns the id.
 */
export async function insertLedgerRow(
  dataSource: DataSource,
  row: {
    shopId: string;
    householdId: string;
    villageCode: string;
    occurredOn: string;
    points: number;
    createdBy: string;
    reversalOf?: string | null;
  },
): Promise<string> {
  const id = randomUUID();
  const n = ++ledgerSerial;
  const reversal = row.reversalOf ?? null;
  await dataSource.query(
    `INSERT INTO shop_redemption (id, shop_id, household_id, village_code, scope_code, receipt_number, points,
       balance_before, balance_after, exchangeable_after, reversal_of, reason, occurred_on, created_by, client_key)
     VALUES ($1, $2, $3, $4, $4, $5, $6, 100, 100, 100, $7, $8, $9, $10, $11)`,
    [
      id,
      row.shopId,
      row.householdId,
      row.villageCode,
      `${reversal ? 'CZ' : 'DH'}-${row.occurredOn.slice(0, 4)}-8${String(n).padStart(5, '0')}-${id.slice(0, 4)}`,
      row.points,
      reversal,
      reversal ? '测试冲正' : null,
      row.occurredOn,
      row.createdBy,
      `ledger-row-${n}-${id.slice(0, 8)}`,
    ],
  );
  return id;
}
