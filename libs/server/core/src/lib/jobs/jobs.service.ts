import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { AppConfig } from '../config/app-config';

/** A background job: what runs, and when (a cron expression in China Standard Time), if on a schedule. */
export interface JobDefinition {
  /** The pg-boss queue name (letters, digits, `-`, `_`, `.`). */
  name: string;
  /** e.g. `0 * * * *` (every hour); omitted: the job runs only when sent (`runNow`). */
  cron?: string;
  /** Does the work; its result is stored as the job's output. Throwing fails the job (retried by pg-boss). */
  handler: () => Promise<unknown>;
}

/** Options a test may lower (how often the worker polls). */
export interface JobsStartOptions {
  pollingIntervalSeconds?: number;
}

/**
 * Background jobs on pg-boss (queues in the `pgboss` schema of the product's database). Domain services register
 * their jobs in `onModuleInit`; the boss starts with the application when JOBS_ENABLED (the default; unit and
 * integration tests turn it off so that dozens of test apps do not each run a boss) and stops with it. Each job's
 * handler is also an ordinary method of its service, callable directly by tests and seeds without a boss.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly jobs = new Map<string, JobDefinition>();
  private boss: PgBoss | null = null;
  private starting: Promise<void> | null = null;

  constructor(private readonly config: AppConfig) {}

  /** Registers a job (before the application has started, e.g. in `onModuleInit`). */
  register(job: JobDefinition): void {
    if (this.jobs.has(job.name)) throw new Error(`job ${job.name} registered twice`);
    this.jobs.set(job.name, job);
    // registered after the start: wire it now
    if (this.boss)
      this.wire(this.boss, job).catch((err: Error) => this.logger.error(`job ${job.name}: ${err.message}`));
  }

  /** The registered job names. */
  get names(): string[] {
    return [...this.jobs.keys()];
  }

  /** Whether the boss is running. */
  get running(): boolean {
    return this.boss !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.values.JOBS_ENABLED) await this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  /** Starts the boss (idempotent): creates its schema if needed, a queue and a worker per job, the schedules. */
  async start(options: JobsStartOptions = {}): Promise<void> {
    if (this.boss) return;
    if (this.starting) return this.starting;
    this.starting = (async () => {
      const boss = new PgBoss({
        connectionString: this.config.values.DATABASE_URL,
        schema: 'pgboss',
        max: 2,
        application_name: 'xiangzhi-jobs',
      });
      boss.on('error', (err: Error) => this.logger.error(`pg-boss: ${err.message}`));
      await boss.start();
      for (const job of this.jobs.values()) await this.wire(boss, job, options);
      this.boss = boss;
    })();
    try {
      await this.starting;
    } finally {
      this.starting = null;
    }
  }

  /** Stops the boss, waiting for running jobs (at most 10 s). */
  async stop(): Promise<void> {
    if (this.starting) await this.starting.catch(() => undefined);
    const boss = this.boss;
    this.boss = null;
    if (boss) await boss.stop({ graceful: true, timeout: 10_000, wait: true });
  }

  /** Queues one run of a job now (the boss must be running); resolves to the pg-boss job id. */
  async runNow(name: string): Promise<string> {
    if (!this.boss) throw new Error('jobs are not running (JOBS_ENABLED=false)');
    if (!this.jobs.has(name)) throw new Error(`unknown job ${name}`);
    const id = await this.boss.send(name, {});
    if (!id) throw new Error(`job ${name} was not queued`);
    return id;
  }

  /** The state of a job run (created, active, completed, failed …) and its output, or null. */
  async runState(name: string, id: string): Promise<{ state: string; output: unknown } | null> {
    if (!this.boss) return null;
    const job = await this.boss.getJobById(name, id, { includeArchive: true });
    return job ? { state: job.state, output: job.output } : null;
  }

  private async wire(boss: PgBoss, job: JobDefinition, options: JobsStartOptions = {}): Promise<void> {
    await boss.createQueue(job.name);
    await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
      const output = await job.handler();
      return output ?? null;
    });
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: 'Asia/Shanghai' });
    else await boss.unschedule(job.name);
  }
}
