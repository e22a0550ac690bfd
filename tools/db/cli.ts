/**
 * Database CLI: migrate | reset | seed | seed-if-empty | check-drift | generate <Name> <domain>.
 * Uses DATABASE_URL, or the embedded PostgreSQL of `npm start` (.data/pg, port EMBEDDED_PG_PORT or 54329).
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { createScratchDatabase, loadSecretsIntoEnv, resolveDatabaseUrl } from './database-url';
import { seedDemo, isDatabaseEmpty } from '../seed/demo';

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  await loadSecretsIntoEnv();
  const resolved = await resolveDatabaseUrl();
  let { url } = resolved;
  let stop = resolved.stop;
  if (command === 'check-drift' || command === 'generate') {
    // compare on a scratch database migrated from nothing, never on a working one
    const scratch = await createScratchDatabase(url);
    url = scratch.url;
    const stopServer = stop;
    stop = async () => {
      await scratch.drop();
      await stopServer();
    };
  }
  process.env['DATABASE_URL'] = url;
  const ds = createDataSource(url, 4);
  try {
    await ds.initialize();
    switch (command) {
      case 'migrate': {
        const done = await ds.runMigrations({ transaction: 'each' });
        console.log(`migrations applied: ${done.length}`);
        break;
      }
      case 'reset': {
        await ds.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
        const done = await ds.runMigrations({ transaction: 'each' });
        console.log(`database reset; migrations applied: ${done.length}`);
        await seedDemo(ds, console.log);
        break;
      }
      case 'seed':
        await ds.runMigrations({ transaction: 'each' });
        await seedDemo(ds, console.log);
        break;
      case 'seed-if-empty':
        await ds.runMigrations({ transaction: 'each' });
        if (await isDatabaseEmpty(ds)) await seedDemo(ds, console.log);
        else console.log('demo data already present');
        break;
      case 'check-drift': {
        await ds.runMigrations({ transaction: 'each' });
        const sql = await ds.driver.createSchemaBuilder().log();
        if (sql.upQueries.length > 0) {
          console.error('Entities and migrations differ; a migration is missing for:');
          for (const q of sql.upQueries) console.error('  ' + q.query);
          process.exitCode = 1;
        } else console.log('no drift: entities match the migrations');
        break;
      }
      case 'generate': {
        const [name, domain] = rest;
        if (!name || !domain) throw new Error('usage: generate <Name> <core|identity|registry|…>');
        await ds.runMigrations({ transaction: 'each' });
        const sql = await ds.driver.createSchemaBuilder().log();
        if (!sql.upQueries.length) {
          console.log('nothing to generate');
          break;
        }
        const ts = Date.now();
        const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/`/g, '\\`');
        const up = sql.upQueries.map((q) => `    await q.query(\`${esc(q.query)}\`);`).join('\n');
        const down = sql.downQueries
          .reverse()
          .map((q) => `    await q.query(\`${esc(q.query)}\`);`)
          .join('\n');
        const file = resolve(
          'apps/api/src/migrations',
          domain,
          `${ts}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`,
        );
        writeFileSync(
          file,
          `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${ts} implements MigrationInterface {\n  async up(q: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
        );
        console.log(`wrote ${file}; add it to apps/api/src/migrations/${domain}/index.ts and review the SQL`);
        break;
      }
      default:
        throw new Error(`unknown command ${command}`);
    }
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
