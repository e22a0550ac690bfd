import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { isValidPhone, maskPhone, normalizePhone, todayIso } from '@xiangzhi/registry/util';
import { IdNumberCipher, RegionEntity } from '@xiangzhi/registry/api';
import { countyCodeOf, inTransaction, overlapsScope, regionLevel, RequestContext } from '@xiangzhi/server/core';
import { requireChecklist } from '../../checklist-access';
import { ComplaintThrottle } from '../complaint-throttle';
import type {
  ChecklistComplaintsArgs,
  HandleChecklistComplaintInput,
  SubmitChecklistComplaintInput,
} from '../dto/complaint.input';
import { ChecklistComplaintEventEntity } from '../entities/complaint-event.entity';
import { ChecklistComplaintEntity } from '../entities/complaint.entity';
import type {
  ChecklistComplaintEventModel,
  ChecklistComplaintModel,
  ChecklistComplaintPageModel,
  ChecklistComplaintReceiptModel,
  PublicChecklistComplaintModel,
} from '../models/complaint.model';
import { ChecklistComplaintAction, ChecklistComplaintEventType, ChecklistComplaintStatus } from '../oversight.enums';
import { checkKey, cleanText, OversightErrors } from '../oversight.errors';
import { lockKey, regionFilter, requestHash } from './oversight-store';

/** Letters and digits without look-alikes (0/O, 1/I/L): the random part of a complaint number. */
const NUMBER_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const NUMBER_FORMAT = /^TS\d{8}-[2-9A-HJKMNP-Z]{6}$/;

/**
 * Complaints (投诉): residents file them from the portal without signing in (rate-limited per address and per
 * village; a number to quote comes back); the oversight committee, the town and the county (CHECKLIST_OVERSIGHT)
 * accept, reply and close them, each step an event of the complaint's append-only log. The contact is encrypted at
 * rest, masked for staff and absent from every public answer.
 */
@Injectable()
export class ComplaintsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: IdNumberCipher,
    private readonly throttle: ComplaintThrottle,
  ) {}

  /** Public: a resident's complaint. Returns the number only. */
  async submit(ctx: RequestContext, input: SubmitChecklistComplaintInput): Promise<ChecklistComplaintReceiptModel> {
    const wait = this.throttle.perAddress.attempt(`ip:${ctx.ip || 'unknown'}`);
    if (wait > 0) throw OversightErrors.tooMany(wait);
    const villageCode = input.villageCode;
    if (!/^\d{12}$/.test(villageCode ?? '') || regionLevel(villageCode) !== 'VILLAGE') {
      throw OversightErrors.villageUnknown();
    }
    const subject = cleanText(input.subject, 2, 60, OversightErrors.subjectInvalid);
    const text = cleanText(input.text, 5, 2000, OversightErrors.textInvalid);
    let contact: string | null = null;
    if (input.contact && input.contact.trim()) {
      contact = normalizePhone(input.contact.trim());
      if (!isValidPhone(contact)) throw OversightErrors.contactInvalid();
    }
    const key = input.clientKey ? checkKey(input.clientKey) : null;
    const hash = requestHash({ villageCode, subject, text, contact });
    return inTransaction(this.dataSource, ctx, async (em) => {
      if (key) {
        await lockKey(em, `checklist_complaint:${key}`);
        const earlier = await em.findOneBy(ChecklistComplaintEntity, { clientKey: key });
        if (earlier) {
          if (earlier.requestHash !== hash) throw OversightErrors.keyReused();
          return { number: earlier.number };
        }
      }
      if (!(await em.existsBy(RegionEntity, { code: villageCode }))) throw OversightErrors.villageUnknown();
      const waitVillage = this.throttle.perVillage.attempt(`village:${villageCode}`);
      if (waitVillage > 0) throw OversightErrors.tooMany(waitVillage);
      const number = await freshNumber(em);
      const row = await em.save(
        em.create(ChecklistComplaintEntity, {
          number,
          regionCode: villageCode,
          countyCode: countyCodeOf(villageCode),
          subject,
          text,
          contactCipher: contact ? this.cipher.encrypt(contact) : null,
          contactMasked: contact ? maskPhone(contact) : null,
          status: ChecklistComplaintStatus.SUBMITTED,
          clientKey: key,
          requestHash: hash,
        }),
      );
      await addEvent(em, row, ChecklistComplaintEventType.SUBMITTED, null, null);
      ctx.note({
        targetType: 'checklistComplaint',
        targetId: row.id,
        regionCode: villageCode,
        summary: { number, subject, contact: row.contactMasked },
      });
      return { number };
    });
  }

  /** Staff handle a complaint: accept it, reply (the resident sees the reply), close it with the outcome. */
  async handle(ctx: RequestContext, input: HandleChecklistComplaintInput): Promise<ChecklistComplaintModel> {
    const actor = requireChecklist(ctx, 'OVERSIGHT');
    return inTransaction(this.dataSource, ctx, async (em) => {
      const c = await em.findOne(ChecklistComplaintEntity, {
        where: { id: input.complaintId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!c) throw OversightErrors.complaintNotFound();
      if (!ctx.inScope(c.regionCode)) throw OversightErrors.outOfScope();
      const refuse = () => OversightErrors.complaintStatusInvalid(c.status, input.action);
      const now = new Date();
      const changes: Partial<ChecklistComplaintEntity> = { handledBy: actor.userId };
      let type: ChecklistComplaintEventType;
      let note: string | null;
      switch (input.action) {
        case ChecklistComplaintAction.ACCEPT:
          if (c.status !== ChecklistComplaintStatus.SUBMITTED) throw refuse();
          note = input.text?.trim() ? cleanText(input.text, 1, 2000, OversightErrors.replyRequired) : null;
          Object.assign(changes, { status: ChecklistComplaintStatus.ACCEPTED, acceptedAt: now });
          type = ChecklistComplaintEventType.ACCEPTED;
          break;
        case ChecklistComplaintAction.REPLY:
          if (c.status === ChecklistComplaintStatus.CLOSED) throw refuse();
          note = cleanText(input.text, 2, 2000, OversightErrors.replyRequired);
          Object.assign(changes, {
            status: ChecklistComplaintStatus.REPLIED,
            reply: note,
            repliedAt: now,
            acceptedAt: c.acceptedAt ?? now,
          });
          type = ChecklistComplaintEventType.REPLIED;
          break;
        case ChecklistComplaintAction.CLOSE:
          if (c.status === ChecklistComplaintStatus.CLOSED) throw refuse();
          note = cleanText(input.text, 2, 2000, OversightErrors.replyRequired);
          Object.assign(changes, { status: ChecklistComplaintStatus.CLOSED, closedAt: now });
          type = ChecklistComplaintEventType.CLOSED;
          break;
        default:
          throw refuse();
      }
      await em.update(ChecklistComplaintEntity, { id: c.id }, changes);
      await addEvent(em, c, type, actor.userId, note);
      ctx.note({
        targetType: 'checklistComplaint',
        targetId: c.id,
        regionCode: c.regionCode,
        summary: { action: input.action, from: c.status, to: changes.status },
      });
      return toComplaintModel(await em.findOneByOrFail(ChecklistComplaintEntity, { id: c.id }));
    });
  }

  /** Complaints about the villages of a region, newest first (contact masked). */
  async list(ctx: RequestContext, args: ChecklistComplaintsArgs): Promise<ChecklistComplaintPageModel> {
    requireChecklist(ctx, 'OVERSIGHT');
    if (!overlapsScope(ctx, args.regionCode)) throw OversightErrors.outOfScope();
    const where = regionFilter(ctx, 'c.region_code', args.regionCode);
    const qb = this.dataSource.manager.createQueryBuilder(ChecklistComplaintEntity, 'c').where(where.sql, where.params);
    if (args.status) qb.andWhere('c.status = :status', { status: args.status });
    const [rows, total] = await qb
      .orderBy('c.submitted_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .offset(args.offset ?? 0)
      .limit(args.first ?? 20)
      .getManyAndCount();
    return { items: rows.map(toComplaintModel), total };
  }

  /** Public: a complaint's status and reply by its number; nothing personal (no subject, text or contact). */
  async publicStatus(number: string, ip = ''): Promise<PublicChecklistComplaintModel | null> {
    const wait = this.throttle.lookups.attempt(`ip:${ip || 'unknown'}`);
    if (wait > 0) throw OversightErrors.tooMany(wait);
    const n = (number ?? '').trim().toUpperCase();
    if (!NUMBER_FORMAT.test(n)) return null;
    const c = await this.dataSource.manager.findOneBy(ChecklistComplaintEntity, { number: n });
    if (!c) return null;
    const region = await this.dataSource.manager.findOneBy(RegionEntity, { code: c.regionCode });
    return {
      number: c.number,
      status: c.status,
      villageName: region?.name ?? c.regionCode,
      submittedOn: dayOf(c.submittedAt) as string,
      reply: c.reply,
      repliedOn: dayOf(c.repliedAt),
      closedOn: dayOf(c.closedAt),
    };
  }

  /** Event logs of complaints (for the DataLoader), oldest first. */
  async eventsOf(ids: readonly string[]): Promise<Map<string, ChecklistComplaintEventModel[]>> {
    const rows = await this.dataSource.manager.find(ChecklistComplaintEventEntity, {
      where: { complaintId: In([...ids]) },
      order: { id: 'ASC' },
    });
    const out = new Map<string, ChecklistComplaintEventModel[]>(ids.map((id) => [id, []]));
    for (const r of rows) out.get(r.complaintId)?.push({ type: r.type, actorId: r.actorId, at: r.at, note: r.note });
    return out;
  }
}

/** A date as the calendar day in China (UTC+8). */
function dayOf(d: Date | null): string | null {
  return d ? todayIso(d) : null;
}

async function freshNumber(em: EntityManager): Promise<string> {
  const day = (dayOf(new Date()) as string).replace(/-/g, '');
  for (;;) {
    let tail = '';
    for (let i = 0; i < 6; i++) tail += NUMBER_ALPHABET[randomInt(NUMBER_ALPHABET.length)];
    const number = `TS${day}-${tail}`;
    if (!(await em.existsBy(ChecklistComplaintEntity, { number }))) return number;
  }
}

async function addEvent(
  em: EntityManager,
  c: ChecklistComplaintEntity,
  type: ChecklistComplaintEventType,
  actorId: string | null,
  note: string | null,
): Promise<void> {
  await em.insert(ChecklistComplaintEventEntity, { complaintId: c.id, regionCode: c.regionCode, type, actorId, note });
}

export function toComplaintModel(c: ChecklistComplaintEntity): ChecklistComplaintModel {
  return {
    id: c.id,
    number: c.number,
    regionCode: c.regionCode,
    subject: c.subject,
    text: c.text,
    contactMasked: c.contactMasked,
    status: c.status,
    reply: c.reply,
    repliedAt: c.repliedAt,
    handledBy: c.handledBy,
    submittedAt: c.submittedAt,
    acceptedAt: c.acceptedAt,
    closedAt: c.closedAt,
  };
}
