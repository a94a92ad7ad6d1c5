import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { MIGRATIONS } from './migrations';

/**
 * Entity files of every library, or only of those named in ENTITY_LIBS (comma-separated), so a
 * migration for one context can be generated while another context is still being written.
 */
function entityGlobs(): string[] {
  const libs = process.env.ENTITY_LIBS?.split(',').map((lib) => lib.trim()) ?? ['*'];
  return libs.map((lib) => join(__dirname, '..', '..', '..', lib, 'src', '**', '*.entity.{js,ts}'));
}

/** A DataSource for the TypeORM CLI (migration:generate, see typeorm-cli.data-source.ts) and the CLI's `migrate`. */
export function createDataSource(
  url = loadConfig().DATABASE_URL,
  options: { withEntities: boolean } = { withEntities: true },
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: options.withEntities ? entityGlobs() : [],
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
  });
}
