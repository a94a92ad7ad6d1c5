import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { Role } from '@chn/core';
import { HubEntity, HubsService, UsersService } from '@chn/identity';
import { GraphqlClient } from './graphql-client';
import { createDatabase, databaseUrl, dropDatabase, uniqueName } from './test-database';

export const TEST_PASSWORD = 'correct-horse-battery';

/** Builds the application a TestApp serves. */
export type TestAppFactory = () => Promise<INestApplication>;

let appFactory: TestAppFactory | null = null;

/**
 * Names the application TestApp starts. The e2e setup (test/setup-test-app.ts) and the benches
 * bind the API's factory, so this library imports no app.
 */
export function useTestAppFactory(factory: TestAppFactory): void {
  appFactory = factory;
}

/**
 * The real API on a random port, against a fresh database cloned from the migrated template
 * and its own BullMQ prefix, so test files never see each other's data.
 */
export class TestApp {
  private constructor(
    readonly app: INestApplication,
    readonly client: GraphqlClient,
    readonly baseUrl: string,
    private readonly database: string,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<TestApp> {
    if (!appFactory)
      throw new Error(
        'No application for TestApp: call useTestAppFactory first (jest.e2e.config.js does)',
      );
    const template = process.env.CHN_TEST_TEMPLATE_DB;
    if (!template)
      throw new Error(
        'CHN_TEST_TEMPLATE_DB is not set: run the e2e tests through jest.e2e.config.js',
      );
    const database = uniqueName('chn_test');
    await createDatabase(database, template);
    Object.assign(process.env, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: databaseUrl(database),
      QUEUE_PREFIX: database,
      DEMO_DATA: 'false',
      // The tests sign in hundreds of times and test no hash's strength: argon2's least cost,
      // or the least production accepts where a test runs the API as in production.
      ...(env.NODE_ENV === 'production'
        ? { PASSWORD_HASH_MEMORY_KIB: '19456', PASSWORD_HASH_ITERATIONS: '2' }
        : { PASSWORD_HASH_MEMORY_KIB: '1024', PASSWORD_HASH_ITERATIONS: '1' }),
      ...env,
    });
    const app = await appFactory();
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    return new TestApp(app, new GraphqlClient(baseUrl), baseUrl, database);
  }

  get<T>(type: new (...args: never[]) => T): T {
    return this.app.get(type);
  }

  async createHub(code: string, name = `${code} Careers Hub`): Promise<HubEntity> {
    return this.get(HubsService).insert({ code, name, region: 'Test region' });
  }

  /** Creates a user and returns a client signed in as them. */
  async signedIn(
    role: Role,
    hubId: string | null,
    email?: string,
  ): Promise<GraphqlClient & { userId: string }> {
    const address = email ?? `${role.toLowerCase()}.${uniqueName('u')}@example.test`;
    const user = await this.get(UsersService).insert({
      email: address,
      name: `${role} user`,
      role,
      password: TEST_PASSWORD,
      hubId,
    });
    const client = await this.client.login(address, TEST_PASSWORD);
    return Object.assign(client, { userId: user.id });
  }

  async stop(): Promise<void> {
    await this.app.close();
    await dropDatabase(this.database);
  }
}
