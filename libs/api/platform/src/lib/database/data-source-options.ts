import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** Connection settings shared by the Nest app and the `migrate` command. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    // Schema changes only through migrations, never from entity metadata.
    synchronize: false,
    extra: { max: 10, application_name: 'journey-atlas' },
  };
}
