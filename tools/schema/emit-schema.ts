/**
 * Emits the sorted GraphQL schema from the code-first resolvers to libs/shared/graphql-schema/schema.graphql.
 * `--check` fails when the committed file is stale (CI).
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allResolvers } from '../../apps/api/src/app/resolvers';

export const SCHEMA_PATH = resolve(__dirname, '../../libs/shared/graphql-schema/schema.graphql');

export async function buildSchemaText(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create(allResolvers as never[]);
  await app.close();
  return (
    '# Generated from the code-first resolvers by `npm run schema:generate`. Do not edit.\n\n' +
    printSchema(lexicographicSortSchema(schema)) +
    '\n'
  );
}

async function main(): Promise<void> {
  const text = await buildSchemaText();
  if (process.argv.includes('--check')) {
    const current = existsSync(SCHEMA_PATH) ? readFileSync(SCHEMA_PATH, 'utf8') : '';
    if (current !== text) {
      console.error(`${SCHEMA_PATH} is stale: run \`npm run schema:generate\` and commit it.`);
      process.exit(1);
    }
    console.log('schema.graphql is up to date');
    return;
  }
  writeFileSync(SCHEMA_PATH, text);
  console.log(`wrote ${SCHEMA_PATH}`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
