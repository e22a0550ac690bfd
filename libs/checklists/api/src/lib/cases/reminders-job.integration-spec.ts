import 'reflect-metadata';
import { EXAMPLE_CERTIFICATE_ITEMS } from '@xiangzhi/checklists/util';
import { JobsService, Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { IdentityModule } from '@xiangzhi/identity/api';
import { RegistryModule } from '@xiangzhi/registry/api';
import { seedRegions, TEST_REGIONS, testActor } from '@xiangzhi/registry/api/testing';
import { checklistCtx as ctx, publishExampleLists } from '../../testing';
import { ChecklistsModule } from '../checklists.module';
import { ChecklistApplicantKind } from './cases.enums';
import { ChecklistCasesService } from './cases.service';
import { CHECKLIST_REMINDER_JOB } from './reminders.service';

const [V1] = TEST_REGIONS.villages;

/** The one test that runs a real pg-boss (JOBS_ENABLED=true): the reminder job through its queue and worker. */
describe('overdue reminders as a pg-boss job', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule, ChecklistsModule], { JOBS_ENABLED: 'true' });
    await seedRegions(t.dataSource);
    await publishExampleLists(t.app, [V1], ['CERTIFICATE']);
  }, 60_000);
  afterAll(() => t?.close());

  it('starts with the app, schedules the reminders hourly and records a reminder when the job runs', async () => {
    const jobs = t.app.get(JobsService);
    expect(jobs.running).toBe(true);
    expect(jobs.names).toContain(CHECKLIST_REMINDER_JOB);
    const schedules = await t.dataSource.query(`SELECT name, cron, timezone FROM pgboss.schedule`);
    expect(schedules).toContainEqual({ name: CHECKLIST_REMINDER_JOB, cron: '0 * * * *', timezone: 'Asia/Shanghai' });

    const admin = testActor(Role.VILLAGE_ADMIN, V1);
    const late = await t.app.get(ChecklistCasesService).open(
      ctx(admin),
      {
        villageCode: V1,
        listType: 'CERTIFICATE',
        itemCode: EXAMPLE_CERTIFICATE_ITEMS[0].code,
        applicantKind: ChecklistApplicantKind.ORGANISATION,
        applicantName: '呼和嘎查合作社',
        clientKey: 'job-test-0001',
      },
      { at: new Date(Date.now() - 10 * 86_400_000) },
    );
    const jobId = await jobs.runNow(CHECKLIST_REMINDER_JOB);
    let state: { state: string; output: unknown } | null = null;
    for (let i = 0; i < 60; i++) {
      state = await jobs.runState(CHECKLIST_REMINDER_JOB, jobId);
      if (state?.state === 'completed' || state?.state === 'failed') break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(state).toMatchObject({ state: 'completed', output: { reminded: 1 } });
    const rows = await t.dataSource.query(`SELECT step_id, kind FROM checklist_case_reminder WHERE case_id = $1`, [
      late.id,
    ]);
    expect(rows).toEqual([{ step_id: 'review', kind: 'STEP' }]);
  }, 60_000);
});
