import { AppConfig } from '../config/app-config';
import { JobsService } from './jobs.service';

const config = (jobs: boolean) =>
  AppConfig.fromEnv({
    NODE_ENV: 'test',
    DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    JWT_SECRET: 'x'.repeat(40),
    ID_ENCRYPTION_KEY: 'a'.repeat(64),
    ID_HASH_KEY: 'b'.repeat(64),
    JOBS_ENABLED: jobs ? 'true' : 'false',
  });

describe('JobsService', () => {
  it('does not start a boss when JOBS_ENABLED is false, and refuses to run jobs then', async () => {
    const jobs = new JobsService(config(false));
    const handler = jest.fn(async () => 'done');
    jobs.register({ name: 'test-job', cron: '0 * * * *', handler });
    await jobs.onApplicationBootstrap();
    expect(jobs.running).toBe(false);
    expect(jobs.names).toEqual(['test-job']);
    await expect(jobs.runNow('test-job')).rejects.toThrow(/not running/);
    expect(await jobs.runState('test-job', 'x')).toBeNull();
    await jobs.onModuleDestroy();
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a job name registered twice', () => {
    const jobs = new JobsService(config(false));
    jobs.register({ name: 'twice', handler: async () => null });
    expect(() => jobs.register({ name: 'twice', handler: async () => null })).toThrow(/twice/);
  });
});
