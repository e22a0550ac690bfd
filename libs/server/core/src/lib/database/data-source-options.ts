import type { DataSourceOptions } from 'typeorm';

type PostgresConnectionOptions = Extract<DataSourceOptions, { type: 'postgres' }>;
import { SnakeNamingStrategy } from './naming';

/** Connection options shared by the API, the CLI tools and the test harness (entities and migrations added by callers). */
export function dataSourceOptions(url: string, poolSize = 10): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: poolSize, connectionTimeoutMillis: 5000 },
    applicationName: 'xiangzhi',
  };
}
