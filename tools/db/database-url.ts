import { resolve } from 'node:path';

/** DATABASE_URL if set, else the embedded server of `npm start` (started here if it is not running). */
/** A real dynamic import (SWC would otherwise turn it into require(), which cannot load ES modules). */
// eslint-disable-next-line @typescript-eslint/no-implied-eval
export const importEsm = new Function('p', 'return import(p)') as (p: string) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Puts the installation's secrets (JWT and ID-number keys) into the environment if they are not set. */
export async function loadSecretsIntoEnv(): Promise<void> {
  const secrets = await importEsm(resolve(__dirname, 'secrets.mjs'));
  Object.assign(process.env, secrets.loadSecrets(resolve(__dirname, '../..')));
}

export async function resolveDatabaseUrl(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env['DATABASE_URL']) return { url: process.env['DATABASE_URL'], stop: async () => {} };
  const embedded = await importEsm(resolve(__dirname, 'embedded.mjs'));
  const port = Number(process.env['EMBEDDED_PG_PORT'] ?? 54329);
  const dataDir = process.env['PGDATA_DIR'] ?? '.data/pg';
  const server = await embedded.startEmbeddedPostgres({ dataDir, port, log: console.log });
  const url = embedded.withDatabase(server.url, 'xiangzhi');
  const pg = await import('pg');
  const admin = new pg.default.Client({ connectionString: server.url });
  await admin.connect();
  const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'xiangzhi'`);
  if (!exists.rowCount) await admin.query('CREATE DATABASE xiangzhi');
  await admin.end();
  return { url, stop: server.stop };
}

/** A new empty database on the same server (dropped by the returned `drop`). */
export async function createScratchDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const pg = await import('pg');
  const name = `xz_scratch_${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const admin = new pg.default.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = '/' + name;
  return {
    url: target.toString(),
    drop: async () => {
      const c = new pg.default.Client({ connectionString: adminUrl.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
