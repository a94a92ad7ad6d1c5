import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { MIGRATIONS } from './migrations';

/** A DataSource for the TypeORM CLI (migration:generate) and for the CLI's `migrate`. */
export function createDataSource(
  url = loadConfig().DATABASE_URL,
  options: { withEntities: boolean } = { withEntities: true },
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: options.withEntities
      ? [join(__dirname, '..', '..', '..', '*', 'src', '**', '*.entity.{js,ts}')]
      : [],
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
  });
}

export default createDataSource();
