/**
 * `npm run bench [-- --only P1,P3,P4,P6,P10] [--scale village|county] [--duration 10]`: performance figures of QUALITY.md
 * as JSON lines, measured on this machine against real PostgreSQL and the built API (run `npm run build` first,
 * or let `npm start` build). Every run uses a fresh database and removes it afterwards.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { JwtService } from '@nestjs/jwt';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { AppConfig, claimsFromActor, createApp, RequestContext, Role } from '@xiangzhi/server/core';
import { CreateUserInput, UserService } from '@xiangzhi/identity/api';
import { EntriesService, EntryChannel, PublicationsService } from '@xiangzhi/points/api';
import { seedScheme, testScheme } from '@xiangzhi/points/api/testing';
import { AppModule } from '../../apps/api/src/app/app.module';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { createScratchDatabase, loadSecretsIntoEnv, resolveDatabaseUrl } from '../db/database-url';
import { SCALES, synthesize } from '../db/synth';
import { synthesizePoints } from '../db/synth-points';
import { benchRedemptions } from './shop-bench';
import { todayIso } from '@xiangzhi/registry/util';

const root = resolve(__dirname, '../..');
const args = process.argv.slice(2);
const arg = (name: string, dflt: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const only = new Set(arg('--only', 'P1,P3,P4,P6,P10').split(','));
const scaleName = arg('--scale', 'village');
const duration = Number(arg('--duration', '10'));
const emit = (o: Record<string, unknown>) => console.log(JSON.stringify({ ...o, at: new Date().toISOString() }));

const LIST = `query Bench($first: Int!) { households(first: $first, offset: 0) { total items { id cardNumber address participating
  head { id name idNumberMasked phoneMasked } village { code name } grid { code name } memberCount } } }`;

async function waitFor(url: string, body?: string, timeoutMs = 120_000): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    try {
      const r = await fetch(
        url,
        body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body } : undefined,
      );
      if (r.ok) return Date.now() - t0;
    } catch {
      /* not yet */
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`timeout waiting for ${url}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** P10: `npm start` on a built tree to the first GraphQL answer, embedded PostgreSQL included (cold and warm). */
async function benchStartup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'xz-p10-'));
  chmodSync(dataDir, 0o755); // the embedded server runs as the postgres user when we are root
  const port = 3300;
  const env = {
    ...process.env,
    SKIP_BUILD: '1',
    PGDATA_DIR: join(dataDir, 'pg'),
    EMBEDDED_PG_PORT: '54333',
    PORT: String(port),
    SECRETS_FILE: join(dataDir, 'secrets.json'),
  };
  delete (env as Record<string, string | undefined>)['DATABASE_URL'];
  const runs: Record<string, number> = {};
  for (const kind of ['cold', 'warm']) {
    const t0 = Date.now();
    const child = spawn(process.execPath, [resolve(root, 'tools/scripts/start.mjs')], {
      cwd: root,
      env,
      stdio: 'ignore',
    });
    await waitFor(`http://127.0.0.1:${port}/graphql`, JSON.stringify({ query: '{ __typename }' }), 300_000);
    runs[kind] = (Date.now() - t0) / 1000;
    await stopChild(child);
  }
  rmSync(dataDir, { recursive: true, force: true });
  emit({
    id: 'P10',
    what: 'npm start (built tree) to first GraphQL answer, embedded PostgreSQL',
    cold_seconds: runs['cold'],
    warm_seconds: runs['warm'],
    goal_seconds: 20,
    note: 'cold includes initdb, migrations and loading the demo data',
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGINT');
  });
}

/** P3: household list, 50 rows, signed-in user, 32 connections; SQL statements per request. */
async function benchHouseholdList(adminUrl: string): Promise<void> {
  const scratch = await createScratchDatabase(adminUrl);
  const ds = createDataSource(scratch.url, 4);
  await ds.initialize();
  let api: ChildProcess | null = null;
  try {
    await ds.runMigrations({ transaction: 'each' });
    process.env['DATABASE_URL'] = scratch.url;
    const synth = await synthesize(ds, SCALES[scaleName], 7, () => undefined);
    emit({
      id: 'data',
      scale: scaleName,
      households: synth.households,
      members: synth.members,
      load_seconds: synth.seconds,
      households_per_second: Math.round(synth.households / synth.seconds),
    });

    // a county supervisor of the synthetic county, created through the identity service
    const config = AppConfig.fromEnv({
      ...process.env,
      DATABASE_URL: scratch.url,
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
    });
    const app = await createApp(AppModule.forRoot(config), config, { logs: false });
    await app.init();
    const ctx = RequestContext.system('bench');
    await ds.transaction(async (em) => {
      ctx.em = em;
      await app.get(UserService, { strict: false }).create(
        ctx,
        Object.assign(new CreateUserInput(), {
          username: 'bench.county',
          displayName: 'bench',
          password: 'Bench@2026!',
          role: Role.COUNTY_SUPERVISOR,
          regionCode: synth.county,
        }),
      );
      ctx.em = undefined;
    });

    // statements per request, in process: count every query sent through node-postgres
    const pgProto = Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
    const original = pgProto.query;
    let statements = 0;
    const captured: Array<{ text: string; values: unknown[] }> = [];
    pgProto.query = function (this: unknown, ...a: unknown[]) {
      statements++;
      const q = a[0];
      const text = typeof q === 'string' ? q : String((q as { text?: string })?.text ?? '');
      const values = (Array.isArray(a[1]) ? a[1] : ((q as { values?: unknown[] })?.values ?? [])) as unknown[];
      captured.push({ text, values });
      return original.apply(this, a);
    };
    const login = async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({
          query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
          variables: { i: { username: 'bench.county', password: 'Bench@2026!' } },
        }),
      });
      return JSON.parse(res.body).data.login.accessToken as string;
    };
    const inProcessToken = await login();
    const perPage: Record<number, number> = {};
    let sqlOf50: Array<{ text: string; values: unknown[] }> = [];
    for (const first of [10, 50]) {
      const run = () =>
        app.inject({
          method: 'POST',
          url: '/graphql',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${inProcessToken}` },
          payload: JSON.stringify({ query: LIST, variables: { first } }),
        });
      await run(); // warm caches and graphql-jit
      statements = 0;
      captured.length = 0;
      const res = await run();
      if (JSON.parse(res.body).errors) throw new Error(res.body);
      perPage[first] = statements;
      if (first === 50) sqlOf50 = [...captured];
    }
    pgProto.query = original;
    await app.close();

    // the built API, measured over HTTP
    const main = resolve(root, 'dist/apps/api/main.js');
    if (!existsSync(main)) throw new Error('dist/apps/api/main.js missing: run `npm run build` first');
    const port = 3200;
    api = spawn(process.execPath, [main], {
      cwd: root,
      stdio: 'ignore',
      env: {
        ...process.env,
        DATABASE_URL: scratch.url,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'error',
        DATABASE_POOL_SIZE: '16',
        LOGIN_MAX_FAILURES: '100',
      },
    });
    await waitFor(`http://127.0.0.1:${port}/health`);
    const tokenRes = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
        variables: { i: { username: 'bench.county', password: 'Bench@2026!' } },
      }),
    });
    const token = ((await tokenRes.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
    const body = JSON.stringify({ query: LIST, variables: { first: 50 } });
    const request = {
      url: `http://127.0.0.1:${port}/graphql`,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    };
    await autocannon({ ...request, connections: 4, duration: 3 }); // warm-up
    const single = await autocannon({ ...request, connections: 1, duration: Math.max(3, Math.round(duration / 2)) });
    const loaded = await autocannon({ ...request, connections: 32, duration });
    const memory = rssMb(api.pid as number);

    // PostgreSQL's own time for the statements of one request, run one after another on one connection
    const pgc = new Client({ connectionString: scratch.url });
    await pgc.connect();
    const reads = sqlOf50.filter((q) => /^\s*(SELECT|WITH)/i.test(q.text));
    const rounds = 200;
    for (const q of reads) await pgc.query(q.text, q.values);
    const tDb = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) for (const q of reads) await pgc.query(q.text, q.values);
    const dbMs = Number(process.hrtime.bigint() - tDb) / 1e6 / rounds;
    await pgc.end();
    emit({
      id: 'P3-sql',
      statements_per_request_first10: perPage[10],
      statements_per_request_first50: perPage[50],
      constant: perPage[10] === perPage[50],
      database_ms_per_request: Number(dbMs.toFixed(2)),
      api_over_database: Number((single.latency.p50 / dbMs).toFixed(2)),
    });

    emit({
      id: 'P3',
      what: 'households(first: 50) with head, village, grid; county supervisor; autocannon',
      scale: scaleName,
      connections: 32,
      duration_seconds: duration,
      requests_per_second: Math.round(loaded.requests.average),
      latency_p50_ms: loaded.latency.p50,
      latency_p90_ms: loaded.latency.p90,
      latency_p97_5_ms: loaded.latency.p97_5,
      errors: loaded.errors + loaded.non2xx,
      single_connection_p50_ms: single.latency.p50,
      single_connection_rps: Math.round(single.requests.average),
      goal: '>= 1500 req/s, p95 <= 40 ms',
    });
    emit({ id: 'P9', what: 'API resident memory after the P3 load', rss_mb: Math.round(memory), goal_mb: 300 });
  } finally {
    if (api) await stopChild(api);
    await ds.destroy();
    await scratch.drop();
  }
}

/**
 * P1: bulk recording. 20,000 entries for the households of a synthetic village in bulk calls of up to 500 (one
 * item, one date), through the entries service and through GraphQL (with the audit row of each mutation).
 */
async function benchBulkRecording(adminUrl: string): Promise<void> {
  const scratch = await createScratchDatabase(adminUrl);
  const ds = createDataSource(scratch.url, 4);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    process.env['DATABASE_URL'] = scratch.url;
    const synth = await synthesize(ds, SCALES['village'], 11, () => undefined);
    const [{ village }] = (await ds.query(
      `SELECT region_code AS village, count(*) FROM household WHERE participating GROUP BY region_code ORDER BY 2 DESC LIMIT 1`,
    )) as Array<{ village: string }>;
    const households = (
      (await ds.query(`SELECT id FROM household WHERE participating AND region_code = $1`, [village])) as Array<{
        id: string;
      }>
    ).map((r) => r.id);
    const today = todayIso();
    const year = Number(today.slice(0, 4));
    await seedScheme(ds, village.slice(0, 9) + '000', year, { definition: testScheme(year) });

    const config = AppConfig.fromEnv({
      ...process.env,
      DATABASE_URL: scratch.url,
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
    });
    const app = await createApp(AppModule.forRoot(config), config, { logs: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const entries = app.get(EntriesService, { strict: false });
    const admin = {
      userId: randomUUID(),
      username: 'bench.village',
      displayName: 'bench',
      role: Role.VILLAGE_ADMIN,
      regionCode: village,
      scopePrefixes: [village],
    };
    const total = 20_000;
    const batch = Math.min(500, households.length);
    const calls = Math.ceil(total / batch);
    const input = (i: number) => ({
      householdIds: households.slice(0, batch),
      itemCode: 'T01',
      points: 2,
      occurredOn: today,
      description: '参加村环境卫生整治日',
      channel: EntryChannel.ON_SITE,
      idempotencyKey: `bench-${i}-${randomUUID().slice(0, 8)}`,
    });
    // warm-up (not counted)
    await entries.recordBulk(new RequestContext('bench-warm', admin), input(-1));
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) await entries.recordBulk(new RequestContext(`bench-${i}`, admin), input(i));
    const serviceSeconds = Number(process.hrtime.bigint() - t0) / 1e9;

    const token = app.get(JwtService).sign(claimsFromActor(admin, randomUUID()));
    const doc = `mutation($input: RecordPointsEntriesInput!) { recordPointsEntries(input: $input) { count replayed } }`;
    const t1 = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        payload: JSON.stringify({ query: doc, variables: { input: input(calls + i) } }),
      });
      const body = JSON.parse(res.body) as { errors?: unknown };
      if (body.errors) throw new Error(res.body);
    }
    const gqlSeconds = Number(process.hrtime.bigint() - t1) / 1e9;
    const [{ n }] = (await ds.query(`SELECT count(*)::int AS n FROM points_entry`)) as Array<{ n: number }>;
    await app.close();
    emit({
      id: 'P1',
      what: `bulk recording: ${calls} calls of ${batch} households (one item, one date), entries + state + events`,
      households: synth.households,
      entries_written: n,
      service_entries_per_second: Math.round((calls * batch) / serviceSeconds),
      service_seconds: Number(serviceSeconds.toFixed(2)),
      graphql_entries_per_second: Math.round((calls * batch) / gqlSeconds),
      graphql_seconds: Number(gqlSeconds.toFixed(2)),
      goal: '>= 3000 entries/s',
    });
  } finally {
    await ds.destroy();
    await scratch.drop();
  }
}

/**
 * P6: the quarterly publication of a town — every village of a synthetic town of 13 villages × 400 households
 * with 12 approved entries per household over the year, its fourth quarter published at once after the first three
 * (one mutation's work: lines, year-to-date ranking, hash chain, entry states and events) through the service.
 */
async function benchTownPublication(adminUrl: string): Promise<void> {
  const scratch = await createScratchDatabase(adminUrl);
  const ds = createDataSource(scratch.url, 4);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    process.env['DATABASE_URL'] = scratch.url;
    const scale = { ...SCALES['county'], name: 'town', towns: 1, county: '990103000000', idPrefix: '510197' };
    const synth = await synthesize(ds, scale, 13, () => undefined);
    // last year, so that the figure does not depend on today's date: 12 entries per household, one a month
    const year = new Date().getUTCFullYear() - 1;
    const points = await synthesizePoints(ds, synth.villages, { year, perHousehold: 12, lastMonth: 12 });
    const town = synth.villages[0].slice(0, 9) + '000';
    const config = AppConfig.fromEnv({
      ...process.env,
      DATABASE_URL: scratch.url,
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
    });
    const app = await createApp(AppModule.forRoot(config), config, { logs: false });
    await app.init();
    const publications = app.get(PublicationsService, { strict: false });
    const ctx = new RequestContext('bench-p6', {
      userId: randomUUID(),
      username: 'bench.town',
      displayName: 'bench',
      role: Role.TOWN_SUPERVISOR,
      regionCode: town,
      scopePrefixes: [town.slice(0, 9)],
    });
    // the first three quarters are on the boards already (not timed); the fourth is published at once
    for (const q of [1, 4, 7]) await publications.publish(ctx, town, year, q);
    const [{ before }] = (await ds.query(`SELECT count(*)::int AS before FROM points_publication_line`)) as Array<{
      before: number;
    }>;
    const t0 = process.hrtime.bigint();
    const boards = await publications.publish(ctx, town, year, 10);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const [{ lines }] = (await ds.query(`SELECT count(*)::int AS lines FROM points_publication_line`)) as Array<{
      lines: number;
    }>;
    const chain = await publications.verify(synth.villages[0]);
    await app.close();
    emit({
      id: 'P6',
      what: `quarterly publication of a town: ${boards.length} villages, ${synth.households} households`,
      entries: points.entries,
      lines_published: lines - before,
      seconds: Number(seconds.toFixed(2)),
      chain_verified: chain.every((c) => c.problem === null),
      goal: '<= 5 s',
    });
  } finally {
    await ds.destroy();
    await scratch.drop();
  }
}

async function main(): Promise<void> {
  await loadSecretsIntoEnv();
  const { url, stop } = await resolveDatabaseUrl();
  try {
    emit({
      id: 'machine',
      cpus: require('node:os').cpus().length,
      node: process.version,
      database: process.env['DATABASE_URL'] ? 'external' : 'embedded',
    });
    if (only.has('P1')) await benchBulkRecording(url);
    if (only.has('P4')) await benchRedemptions(url, emit);
    if (only.has('P6')) await benchTownPublication(url);
    if (only.has('P3')) await benchHouseholdList(url);
    if (only.has('P10')) await benchStartup();
  } finally {
    await stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
