// Jest global setup for server tests: a PostgreSQL (DATABASE_URL, or an embedded one) and a template database
// migrated with the real migrations. Each test file then clones its own database from the template.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
// the embedded server helper is shared with the plain scripts in tools/ (not an Nx project)
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startEmbeddedPostgres, withDatabase } from '../../../../tools/db/embedded.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../../../..');

function listFiles(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

export default async function globalSetup() {
  globalThis.__xzSetups = (globalThis.__xzSetups ?? 0) + 1;
  if (process.env.XZ_TEST_ADMIN_URL) return; // another project of this run already prepared it
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const server = await startEmbeddedPostgres({
      dataDir: process.env.TEST_PGDATA_DIR ?? join(root, '.data/pg-test'),
      port: Number(process.env.TEST_PG_PORT ?? 54330),
      log: (m) => console.log(m),
    });
    globalThis.__xzPg = server;
    adminUrl = server.url;
  }
  const hash = createHash('sha256');
  for (const f of listFiles(join(root, 'apps/api/src/migrations')).sort()) hash.update(f).update(readFileSync(f));
  const template = `xz_tpl_${hash.digest('hex').slice(0, 12)}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (!exists.rowCount) {
      await client.query(`CREATE DATABASE ${template}_building`).catch(async () => {
        await client.query(`DROP DATABASE IF EXISTS ${template}_building WITH (FORCE)`);
        await client.query(`CREATE DATABASE ${template}_building`);
      });
      const r = spawnSync(process.execPath, [join(root, 'tools/scripts/run-ts.mjs'), 'tools/db/cli.ts', 'migrate'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: withDatabase(adminUrl, `${template}_building`) },
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`migrating the test template failed:\n${r.stdout}\n${r.stderr}`);
      await client.query(`ALTER DATABASE ${template}_building RENAME TO ${template}`);
    }
  } finally {
    await client.end();
  }
  process.env.XZ_TEST_ADMIN_URL = adminUrl;
  process.env.XZ_TEST_TEMPLATE = template;
}
