import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { CARD_SEQUENCE_MAX, maskIdNumber, maskPhone } from '@xiangzhi/registry/util';
import { RequestContext } from '@xiangzhi/server/core';
import { HouseholdEntity } from '../entities/household.entity';
import { MemberEntity } from '../entities/member.entity';
import { RegistryErrors } from '../registry.errors';
import { updateReturning } from './bulk-insert';
import { CheckedMember } from './member-rules';
import { IdNumberCipher } from './id-number-cipher';

/** Postgres unique violation on the active-ID-number index → REGISTRY_ID_NUMBER_DUPLICATE. */
export function translateDuplicate(err: unknown): unknown {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e.code ?? e.driverError?.code;
  const constraint = e.constraint ?? e.driverError?.constraint;
  if (code === '23505' && constraint === 'member_id_number_hash_active_uq') return RegistryErrors.idDuplicate();
  return err;
}

/** Row-level helpers shared by the household, member and import services (all inside the caller's transaction). */
@Injectable()
export class HouseholdStore {
  constructor(private readonly cipher: IdNumberCipher) {}

  /** The household, locked for this transaction, in the caller's scope. */
  async lockHousehold(em: EntityManager, ctx: RequestContext, id: string): Promise<HouseholdEntity> {
    const household = await em.findOne(HouseholdEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!household) throw RegistryErrors.householdNotFound();
    if (!ctx.inScope(household.scopeCode)) throw RegistryErrors.targetOutOfScope();
    return household;
  }

  /** An active member of the household. */
  async activeMember(em: EntityManager, householdId: string, memberId: string): Promise<MemberEntity> {
    const member = await em.findOne(MemberEntity, { where: { id: memberId, householdId, active: true } });
    if (!member) throw RegistryErrors.memberNotFound();
    return member;
  }

  /** Reserves `count` card sequences of a village (row-locked counter); returns the first. */
  async reserveCardSequences(em: EntityManager, villageCode: string, count: number): Promise<number> {
    const rows = await updateReturning<{ last_card_sequence: number }>(
      em,
      `UPDATE region SET last_card_sequence = last_card_sequence + $2 WHERE code = $1 RETURNING last_card_sequence`,
      [villageCode, count],
    );
    const last = rows[0]?.last_card_sequence;
    if (last === undefined) throw RegistryErrors.regionNotFound(villageCode);
    if (last > CARD_SEQUENCE_MAX) throw RegistryErrors.cardSequenceExhausted(villageCode);
    return last - count + 1;
  }

  /** Hashes (of `hashes`) that belong to an active member already, except `exceptMemberId`. */
  async registeredHashes(em: EntityManager, hashes: string[], exceptMemberId?: string): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < hashes.length; i += 5000) {
      const rows: Array<{ id_number_hash: string }> = await em.query(
        `SELECT id_number_hash FROM member WHERE active AND id_number_hash = ANY($1) AND id <> $2`,
        [hashes.slice(i, i + 5000), exceptMemberId ?? '00000000-0000-0000-0000-000000000000'],
      );
      for (const r of rows) found.add(r.id_number_hash);
    }
    return found;
  }

  hash(idNumber: string): string {
    return this.cipher.hash(idNumber);
  }

  decryptIdNumber(member: MemberEntity): string {
    return this.cipher.decrypt(member.idNumberCipher);
  }

  decryptPhone(member: MemberEntity): string | null {
    return member.phoneCipher ? this.cipher.decrypt(member.phoneCipher) : null;
  }

  /** The sensitive columns of a member (encrypted, hashed, masked). */
  sensitiveColumns(idNumber: string, phone: string | null, hash?: string) {
    return {
      idNumberCipher: this.cipher.encrypt(idNumber),
      idNumberHash: hash ?? this.cipher.hash(idNumber),
      idNumberMasked: maskIdNumber(idNumber),
      phoneCipher: phone ? this.cipher.encrypt(phone) : null,
      phoneMasked: phone ? maskPhone(phone) : null,
    };
  }

  /** A new member row of `household`. */
  memberRow(
    household: Pick<HouseholdEntity, 'id' | 'regionCode' | 'countyCode'>,
    m: CheckedMember,
    hash?: string,
  ): MemberEntity {
    return {
      id: randomUUID(),
      householdId: household.id,
      regionCode: household.regionCode,
      countyCode: household.countyCode,
      name: m.name,
      gender: m.gender,
      birthDate: m.birthDate,
      relation: m.relation,
      ...this.sensitiveColumns(m.idNumber, m.phone, hash),
      participating: m.participating,
      active: true,
      leftAt: null,
    } as MemberEntity;
  }

  async insertMembers(em: EntityManager, rows: MemberEntity[]): Promise<void> {
    try {
      for (let i = 0; i < rows.length; i += 1000) {
        await em
          .createQueryBuilder()
          .insert()
          .into(MemberEntity)
          .values(rows.slice(i, i + 1000))
          .updateEntity(false)
          .execute();
      }
    } catch (err) {
      throw translateDuplicate(err);
    }
  }

  /** Raises the version and stamps the change (the row is locked by the caller). */
  async touch(em: EntityManager, ctx: RequestContext, household: HouseholdEntity, set: Partial<HouseholdEntity> = {}) {
    const updatedBy = ctx.actor && ctx.actor.username !== 'system' ? ctx.actor.userId : null;
    await em.update(HouseholdEntity, { id: household.id }, { ...set, version: household.version + 1, updatedBy });
    Object.assign(household, set, { version: household.version + 1, updatedBy });
  }
}
