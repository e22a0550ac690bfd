import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction, Permission, RequestContext } from '@xiangzhi/server/core';
import { maskName } from '@xiangzhi/registry/util';
import { HouseholdEntity } from '../entities/household.entity';
import { MemberEntity } from '../entities/member.entity';
import { AddMemberInput, RemoveMemberInput, UpdateMemberInput } from '../dto/household.input';
import { toMemberModel } from '../mappers/registry.mappers';
import { MemberModel } from '../models/member.model';
import { HouseholdOperation, Relation } from '../registry.enums';
import { RegistryErrors } from '../registry.errors';
import { HouseholdHistoryService } from './household-history.service';
import { memberChanges } from './household.service';
import { HouseholdStore, translateDuplicate } from './household-store';
import { checkMember, CheckedMember, memberProblemError } from './member-rules';

/** Members of a household: add, change, remove, and the audited reveal of an ID number. */
@Injectable()
export class MemberService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: HouseholdStore,
    private readonly history: HouseholdHistoryService,
  ) {}

  async add(ctx: RequestContext, input: AddMemberInput): Promise<MemberModel> {
    ctx.requirePermission(Permission.HOUSEHOLD_WRITE);
    const checked = checkMember(input);
    if (!checked.ok) throw memberProblemError(checked.problem);
    const m = checked.member;
    if (m.relation === Relation.HEAD) throw RegistryErrors.headExists();
    return inTransaction(this.dataSource, ctx, async (em) => {
      const h = await this.store.lockHousehold(em, ctx, input.householdId);
      const hash = this.store.hash(m.idNumber);
      if ((await this.store.registeredHashes(em, [hash])).size) throw RegistryErrors.idDuplicate();
      const row = this.store.memberRow(h, m, hash);
      await this.store.insertMembers(em, [row]);
      await this.store.touch(em, ctx, h);
      await this.history.write(em, [
        this.history.row(ctx, h, HouseholdOperation.ADD_MEMBER, memberChanges(null, m), row.id),
      ]);
      ctx.note({
        targetType: 'member',
        targetId: row.id,
        regionCode: h.regionCode,
        summary: { householdId: h.id, added: maskName(m.name) },
      });
      return toMemberModel(await em.findOneByOrFail(MemberEntity, { id: row.id }));
    });
  }

  async update(ctx: RequestContext, input: UpdateMemberInput): Promise<MemberModel> {
    ctx.requirePermission(Permission.HOUSEHOLD_WRITE);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const h = await this.lockHouseholdOfMember(ctx, input.id);
      const member = await this.store.activeMember(em, h.id, input.id);
      const current: CheckedMember = {
        name: member.name,
        idNumber: this.store.decryptIdNumber(member),
        relation: member.relation,
        gender: member.gender,
        birthDate: member.birthDate ?? '',
        phone: this.store.decryptPhone(member),
        participating: member.participating,
      };
      const idChanged = input.idNumber != null;
      const relation = input.relation ?? member.relation;
      if (member.relation === Relation.HEAD && relation !== Relation.HEAD) throw RegistryErrors.headRemoval();
      if (member.relation !== Relation.HEAD && relation === Relation.HEAD) throw RegistryErrors.headExists();
      const checked = checkMember({
        name: input.name ?? current.name,
        idNumber: input.idNumber ?? current.idNumber,
        relation,
        // a new ID number brings its own birth date and gender unless they are given too
        gender: input.gender ?? (idChanged ? null : current.gender),
        birthDate: input.birthDate ?? (idChanged ? null : current.birthDate || null),
        phone: input.phone !== undefined ? input.phone : current.phone,
        participating: input.participating ?? current.participating,
      });
      if (!checked.ok) throw memberProblemError(checked.problem);
      const next = checked.member;
      const changes = memberChanges(current, next);
      if (Object.keys(changes).length === 0) return toMemberModel(member);
      let hash = member.idNumberHash;
      if (next.idNumber !== current.idNumber) {
        hash = this.store.hash(next.idNumber);
        if ((await this.store.registeredHashes(em, [hash], member.id)).size) throw RegistryErrors.idDuplicate();
      }
      const sensitive = this.store.sensitiveColumns(next.idNumber, next.phone, hash);
      try {
        await em.update(
          MemberEntity,
          { id: member.id },
          {
            name: next.name,
            relation: next.relation,
            gender: next.gender,
            birthDate: next.birthDate,
            participating: next.participating,
            ...sensitive,
          },
        );
      } catch (err) {
        throw translateDuplicate(err);
      }
      await this.store.touch(em, ctx, h);
      await this.history.write(em, [this.history.row(ctx, h, HouseholdOperation.UPDATE_MEMBER, changes, member.id)]);
      ctx.note({
        targetType: 'member',
        targetId: member.id,
        regionCode: h.regionCode,
        summary: { fields: Object.keys(changes) },
      });
      return toMemberModel(await em.findOneByOrFail(MemberEntity, { id: member.id }));
    });
  }

  /** Marks a member as gone (kept for history); the head cannot be removed before another head is chosen. */
  async remove(ctx: RequestContext, input: RemoveMemberInput): Promise<boolean> {
    ctx.requirePermission(Permission.HOUSEHOLD_WRITE);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const h = await this.lockHouseholdOfMember(ctx, input.memberId);
      const member = await this.store.activeMember(em, h.id, input.memberId);
      if (member.relation === Relation.HEAD || member.id === h.headMemberId) throw RegistryErrors.headRemoval();
      await em.update(MemberEntity, { id: member.id }, { active: false, leftAt: new Date() });
      await this.store.touch(em, ctx, h);
      const reason = input.reason?.trim() || null;
      await this.history.write(em, [
        this.history.row(
          ctx,
          h,
          HouseholdOperation.REMOVE_MEMBER,
          { active: { from: true, to: false }, ...(reason ? { reason: { from: null, to: reason } } : {}) },
          member.id,
        ),
      ]);
      ctx.note({
        targetType: 'member',
        targetId: member.id,
        regionCode: h.regionCode,
        summary: { removed: maskName(member.name), reason },
      });
      return true;
    });
  }

  /** The full ID number, for a stated reason; the reason (never the number) goes to the audit log. */
  async revealIdNumber(ctx: RequestContext, memberId: string, reason: string): Promise<string> {
    ctx.requirePermission(Permission.ID_NUMBER_REVEAL);
    const why = reason.trim();
    if (Array.from(why).length < 2) throw RegistryErrors.revealReasonRequired();
    const em = ctx.em ?? this.dataSource.manager;
    const member = await em.findOneBy(MemberEntity, { id: memberId });
    if (!member) throw RegistryErrors.memberNotFound();
    const h = await em.findOneOrFail(HouseholdEntity, {
      select: { id: true, scopeCode: true, regionCode: true },
      where: { id: member.householdId },
    });
    if (!ctx.inScope(h.scopeCode)) throw RegistryErrors.targetOutOfScope();
    ctx.note({
      targetType: 'member',
      targetId: member.id,
      regionCode: h.regionCode,
      summary: { revealed: 'idNumber', reason: why, householdId: h.id, member: maskName(member.name) },
    });
    return this.store.decryptIdNumber(member);
  }

  /** Locks the household of a member (scope-checked); NOT_FOUND for an unknown member. */
  private async lockHouseholdOfMember(ctx: RequestContext, memberId: string): Promise<HouseholdEntity> {
    const em = ctx.em ?? this.dataSource.manager;
    const row = await em.findOne(MemberEntity, { select: { id: true, householdId: true }, where: { id: memberId } });
    if (!row) throw RegistryErrors.memberNotFound();
    return this.store.lockHousehold(em, ctx, row.householdId);
  }
}
