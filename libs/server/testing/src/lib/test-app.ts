import { DynamicModule, Module, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig, CoreModule, createApp } from '@xiangzhi/server/core';
import { createTestDatabase, TestDatabase } from './test-database';

export interface GqlResult<T = Record<string, unknown>> {
  data: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; kind?: string; [k: string]: unknown } }>;
}

export interface TestApp {
  app: NestFastifyApplication;
  db: TestDatabase;
  config: AppConfig;
  dataSource: DataSource;
  /** Runs a GraphQL operation through the real HTTP stack (Fastify inject). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/** Test configuration: random secrets, a temp data directory, the given database. */
export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): AppConfig {
  return AppConfig.fromEnv({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ID_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    ID_HASH_KEY: randomBytes(32).toString('hex'),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'xz-files-')),
    LOG_LEVEL: 'silent',
    DATABASE_POOL_SIZE: '5',
    JOBS_ENABLED: 'false',
    ...overrides,
  });
}

/** Boots the real API (platform + the given domain modules) on a fresh database cloned from the migrated template. */
export async function createTestApp(
  modules: Array<Type<unknown> | DynamicModule>,
  overrides: Record<string, string> = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = testConfig(db.url, overrides);
  @Module({ imports: [CoreModule.forRoot(config), ...modules] })
  class TestRootModule {}
  const app = await createApp(TestRootModule, config, { logs: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const dataSource = app.get(DataSource);
  return {
    app,
    db,
    config,
    dataSource,
    async gql(query, variables, token) {
      const res = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        payload: JSON.stringify({ query, variables }),
      });
      return JSON.parse(res.body);
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
