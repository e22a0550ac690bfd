#!/usr/bin/env node
// `npm start`: build the API and the three web apps, start PostgreSQL (embedded unless DATABASE_URL is set),
// migrate, load the demo data on an empty database, start the API serving the apps, print addresses and logins.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres, withDatabase } from '../db/embedded.mjs';
import { loadSecrets } from '../db/secrets.mjs';
import { buildArgs } from './build-args.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const env = { ...process.env };
const port = Number(env.PORT ?? 3000);
const t0 = Date.now();
const say = (m) => console.log(`[xiangzhi] ${m}`);

function run(cmd, args, extraEnv = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (r.status !== 0) {
    console.error(`[xiangzhi] failed: ${cmd} ${args.join(' ')}`);
    process.exit(r.status ?? 1);
  }
}

if (!env.SKIP_BUILD) {
  say('building the API and the web apps (cached after the first time) …');
  run(process.execPath, buildArgs(root));
}
const tStart = Date.now();

let databaseUrl = env.DATABASE_URL;
let embedded = null;
if (!databaseUrl) {
  say('starting the embedded PostgreSQL …');
  embedded = await startEmbeddedPostgres({
    dataDir: env.PGDATA_DIR ?? resolve(root, '.data/pg'),
    port: Number(env.EMBEDDED_PG_PORT ?? 54329),
    log: (m) => say(m),
  });
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: embedded.url });
  await admin.connect();
  const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'xiangzhi'`);
  if (!exists.rowCount) await admin.query('CREATE DATABASE xiangzhi');
  await admin.end();
  databaseUrl = withDatabase(embedded.url, 'xiangzhi');
}
const secrets = loadSecrets(root, env);
Object.assign(env, secrets, { DATABASE_URL: databaseUrl });

say('migrating and loading demo data if the database is empty …');
run(process.execPath, [resolve(root, 'tools/scripts/run-ts.mjs'), 'tools/db/cli.ts', 'seed-if-empty']);

const main = resolve(root, 'dist/apps/api/main.js');
if (!existsSync(main)) {
  console.error('[xiangzhi] dist/apps/api/main.js is missing: run without SKIP_BUILD');
  process.exit(1);
}
const api = spawn(process.execPath, ['--enable-source-maps', main], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    NODE_ENV: 'production',
    HOST: '0.0.0.0',
    LOG_LEVEL: 'warn',
    WEB_ROOT: resolve(root, 'dist/apps'),
    DATA_DIR: resolve(root, '.data/files'),
    PUBLIC_BASE_URL: `http://localhost:${port}`,
    ...env,
    PORT: String(port),
  },
});

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  api.kill('SIGTERM');
  if (embedded) await embedded.stop().catch(() => {});
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
api.on('exit', (code) => {
  if (!stopping) {
    console.error(`[xiangzhi] the API stopped (exit ${code})`);
    stop(code ?? 1);
  }
});

// wait for the first GraphQL answer
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 600; i++) {
  try {
    const r = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    if (r.ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 100));
}
const ready = ((Date.now() - tStart) / 1000).toFixed(1);
const logins = await import('../seed/demo-logins.mjs').then((m) => m.demoLogins).catch(() => []);
console.log(`
乡治 Xiangzhi is running (ready ${ready} s after the build; ${((Date.now() - t0) / 1000).toFixed(1)} s in all)

  门户 Portal (public)     http://localhost:${port}/
  后台 Console (staff)     http://localhost:${port}/console/
  网格 Grid app (phones)   http://localhost:${port}/grid/
  GraphQL API              http://localhost:${port}/graphql
  Health                   http://localhost:${port}/health
  Database                 ${databaseUrl.replace(/:[^:@/]+@/, ':***@')}${embedded ? ' (embedded; data in .data/pg)' : ''}

Demo logins (password for all: ${logins.length ? logins[0].password : 'see README'}):
${logins.map((l) => `  ${l.username.padEnd(22)} ${l.role.padEnd(18)} ${l.region}`).join('\n')}

Press Ctrl+C to stop.`);
