import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@xiangzhi/server/core';
import { allEntities } from './entities';
import { allMigrations } from '../migrations';

/** The one data-source definition, used by the API, the database CLI and the tests. */
export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({ ...dataSourceOptions(url, poolSize), entities: allEntities, migrations: allMigrations });
}
