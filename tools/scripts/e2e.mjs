#!/usr/bin/env node
// `npm run e2e`: build, start a fresh database with the demo data and the API serving the three web apps,
// then drive them in the system Chromium with Playwright (playwright-core). Prints `N passed, N failed`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres, withDatabase } from '../db/embedded.mjs';
import { loadSecrets } from '../db/secrets.mjs';
import { buildArgs } from './build-args.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const chromium =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chromium || !existsSync(chromium)) {
  console.error('Chromium was not found. Install it with `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH.');
  process.exit(1);
}
const env = { ...process.env };
const say = (m) => console.log(`[e2e] ${m}`);
function run(args, extra = {}) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extra } });
  if (r.status !== 0) throw new Error(`failed: ${args.join(' ')}`);
}

if (!env.SKIP_BUILD) {
  run(buildArgs(root));
}

let embedded = null;
let adminUrl = env.DATABASE_URL;
if (!adminUrl) {
  embedded = await startEmbeddedPostgres({
    dataDir: resolve(root, '.data/pg-e2e'),
    port: Number(env.E2E_PG_PORT ?? 54331),
    log: say,
  });
  adminUrl = embedded.url;
}
const pg = (await import('pg')).default;
const dbName = `xz_e2e_${Date.now().toString(36)}`;
const admin = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
await admin.end();
const databaseUrl = withDatabase(adminUrl, dbName);
const secrets = loadSecrets(root, env);
Object.assign(env, secrets, { DATABASE_URL: databaseUrl });

let api = null;
let status = 1;
const out = resolve(root, 'tmp/e2e-results.json');
try {
  say('migrating and loading the demo data …');
  run([resolve(root, 'tools/scripts/run-ts.mjs'), 'tools/db/cli.ts', 'seed']);
  const port = Number(env.E2E_PORT ?? 3100);
  const base = `http://127.0.0.1:${port}`;
  api = spawn(process.execPath, ['--enable-source-maps', resolve(root, 'dist/apps/api/main.js')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      WEB_ROOT: resolve(root, 'dist/apps'),
      DATA_DIR: resolve(root, `tmp/e2e-files-${dbName}`),
      PUBLIC_BASE_URL: base,
      LOGIN_MAX_FAILURES: '50',
      // the suites sign in many times a minute from one address
      LOGIN_ATTEMPTS_PER_MINUTE: '600',
    },
  });
  for (let i = 0; i < 300; i++) {
    try {
      const r = await fetch(`${base}/health`);
      if (r.ok) break;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  mkdirSync(dirname(out), { recursive: true });
  if (existsSync(out)) rmSync(out);
  const r = spawnSync(
    process.execPath,
    [
      resolve(root, 'node_modules/jest/bin/jest.js'),
      '-c',
      'apps/e2e/jest.config.ts',
      '--ci',
      '--runInBand',
      '--json',
      `--outputFile=${out}`,
      ...process.argv.slice(2),
    ],
    { cwd: root, stdio: 'inherit', env: { ...env, E2E_BASE_URL: base, CHROMIUM_PATH: chromium } },
  );
  status = r.status ?? 1;
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
} finally {
  api?.kill('SIGTERM');
  const c = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
  await c.end();
  if (embedded) await embedded.stop();
}
if (existsSync(out)) {
  const j = JSON.parse(readFileSync(out, 'utf8'));
  console.log(`e2e: ${j.numPassedTests} passed, ${j.numFailedTests} failed`);
}
process.exit(status);
