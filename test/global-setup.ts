import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../libs/core/src/database/migrations';
import { createDatabase, databaseUrl, uniqueName } from '../libs/testing/src/test-database';

/** Migrates one template database per run; each test file clones it. */
export default async function globalSetup(): Promise<void> {
  const template = uniqueName('chn_tpl');
  await createDatabase(template);
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl(template),
    migrations: MIGRATIONS,
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  process.env.CHN_TEST_TEMPLATE_DB = template;
}
