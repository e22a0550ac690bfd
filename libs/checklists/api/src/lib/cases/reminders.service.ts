import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobsService } from '@xiangzhi/server/core';
import { chinaDate } from './case-rules';

/** The pg-boss queue of the overdue reminders. */
export const CHECKLIST_REMINDER_JOB = 'checklist-case-reminders';

/**
 * Overdue reminders (催办): a job (hourly, pg-boss) finds open cases past their current step's or their own
 * deadline and records a reminder — at most one per case, step and day (a unique index) — which the case shows
 * (`reminders`, `lastRemindedAt`). `sendReminders` is an ordinary method too, for tests and demo seeds.
 */
@Injectable()
export class ChecklistRemindersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: CHECKLIST_REMINDER_JOB, cron: '0 * * * *', handler: () => this.sendReminders() });
  }

  /** Records today's reminders of the overdue open cases at `now`; returns how many were new. */
  async sendReminders(now = new Date()): Promise<{ reminded: number }> {
    const [{ n }] = (await this.dataSource.query(
      `WITH due AS (
         SELECT id, region_code, current_step_id,
                CASE WHEN step_due_at < $1 THEN 'STEP' ELSE 'CASE' END AS kind,
                CASE WHEN step_due_at < $1 THEN step_due_at ELSE due_at END AS due
           FROM checklist_case
          WHERE status = 'OPEN' AND (step_due_at < $1 OR due_at < $1)),
       ins AS (
         INSERT INTO checklist_case_reminder (case_id, region_code, step_id, day, kind, due_at, created_at)
         SELECT id, region_code, current_step_id, $2::date, kind::checklist_reminder_kind, due, $1 FROM due
         ON CONFLICT (case_id, step_id, day) DO NOTHING
         RETURNING case_id),
       upd AS (
         UPDATE checklist_case c SET last_reminded_at = $1 FROM ins WHERE c.id = ins.case_id RETURNING c.id)
       SELECT count(*)::int AS n FROM upd`,
      [now, chinaDate(now)],
    )) as Array<{ n: number }>;
    return { reminded: n };
  }
}
