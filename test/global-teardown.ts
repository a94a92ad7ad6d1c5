import { dropDatabase } from '../libs/testing/src/test-database';

export default async function globalTeardown(): Promise<void> {
  if (process.env.CHN_TEST_TEMPLATE_DB) await dropDatabase(process.env.CHN_TEST_TEMPLATE_DB);
}
