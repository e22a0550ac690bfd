import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { FlowChart } from '@xiangzhi/checklists/util';
import type { LoaderFactory, RequestContext } from '@xiangzhi/server/core';
import { ChecklistCertificateEntity } from '../certificates/certificate.entity';
import type { ChecklistCertificateModel } from '../certificates/certificate.model';
import { toCertificateModel } from '../certificates/certificate-mappers';
import { ChecklistCaseEventEntity } from './case-event.entity';
import { ChecklistCaseReminderEntity } from './case-reminder.entity';
import { ChecklistCaseEntity } from './case.entity';
import type { ChecklistCaseEventModel, ChecklistCaseReminderModel } from './case.model';
import { toCaseEventModel } from './case-mappers';

/** Per-request DataLoaders of cases: a page of cases costs one query each for events, reminders, certificates. */
@Injectable()
export class ChecklistCaseLoaders {
  private readonly eventsFactory: LoaderFactory<string, ChecklistCaseEventModel[]> = () =>
    new DataLoader(async (ids) => {
      const em = this.dataSource.manager;
      const rows = await em.find(ChecklistCaseEventEntity, { where: { caseId: In([...ids]) }, order: { id: 'ASC' } });
      const cases = await em.find(ChecklistCaseEntity, {
        select: { id: true, item: true },
        where: { id: In([...ids]) },
      });
      const flows = new Map(cases.map((c) => [c.id, c.item.flow as FlowChart | undefined]));
      const actorIds = [...new Set(rows.map((r) => r.actorId))];
      const users = actorIds.length
        ? ((await em.query(`SELECT id, display_name AS "displayName" FROM app_user WHERE id = ANY($1::uuid[])`, [
            actorIds,
          ])) as Array<{ id: string; displayName: string }>)
        : [];
      const names = new Map(users.map((u) => [u.id, u.displayName]));
      const out = new Map<string, ChecklistCaseEventModel[]>(ids.map((id) => [id, []]));
      for (const r of rows) {
        out.get(r.caseId)?.push(toCaseEventModel(r, flows.get(r.caseId), names.get(r.actorId) ?? null));
      }
      return ids.map((id) => out.get(id) ?? []);
    });

  private readonly remindersFactory: LoaderFactory<string, ChecklistCaseReminderModel[]> = () =>
    new DataLoader(async (ids) => {
      const rows = await this.dataSource.manager.find(ChecklistCaseReminderEntity, {
        where: { caseId: In([...ids]) },
        order: { id: 'ASC' },
      });
      const out = new Map<string, ChecklistCaseReminderModel[]>(ids.map((id) => [id, []]));
      for (const r of rows) {
        out.get(r.caseId)?.push({ stepId: r.stepId, day: r.day, kind: r.kind, dueAt: r.dueAt, createdAt: r.createdAt });
      }
      return ids.map((id) => out.get(id) ?? []);
    });

  private readonly certificateFactory: LoaderFactory<string, ChecklistCertificateModel | null> = () =>
    new DataLoader(async (ids) => {
      const rows = await this.dataSource.manager.find(ChecklistCertificateEntity, {
        where: { caseId: In([...ids]) },
        order: { issuedAt: 'ASC' },
      });
      // the certificate in force, else the last one revoked
      const out = new Map<string, ChecklistCertificateEntity>();
      for (const r of rows) {
        const seen = out.get(r.caseId);
        if (!seen || seen.revokedAt !== null) out.set(r.caseId, r);
      }
      return ids.map((id) => {
        const r = out.get(id);
        return r ? toCertificateModel(r) : null;
      });
    });

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  events(ctx: RequestContext): DataLoader<string, ChecklistCaseEventModel[]> {
    return ctx.loader(this.eventsFactory);
  }

  reminders(ctx: RequestContext): DataLoader<string, ChecklistCaseReminderModel[]> {
    return ctx.loader(this.remindersFactory);
  }

  certificate(ctx: RequestContext): DataLoader<string, ChecklistCertificateModel | null> {
    return ctx.loader(this.certificateFactory);
  }
}
