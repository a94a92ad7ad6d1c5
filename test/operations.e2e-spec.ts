import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { GraphqlClient, TestApp } from '@chn/testing';
import { SCHEMA_HEADER } from '../apps/cli/src/schema-header';

describe('operations (e2e)', () => {
  let t: TestApp;
  let staff: GraphqlClient;

  beforeAll(async () => {
    t = await TestApp.start({ GRAPHQL_MAX_DEPTH: '5' });
    const hub = await t.createHub('OPS');
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
  });
  afterAll(() => t.stop());

  it('answers liveness and readiness with PostgreSQL and Redis up', async () => {
    const live = await fetch(`${t.baseUrl}/health`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${t.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { info: Record<string, { status: string }> };
    expect(body.info.postgres.status).toBe('up');
    expect(body.info.redis.status).toBe('up');
  });

  it('echoes a request id, or makes one', async () => {
    const given = await fetch(`${t.baseUrl}/health`, { headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
    const made = await fetch(`${t.baseUrl}/health`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a query nested deeper than the limit', async () => {
    const shallow = await staff.request(
      '{ institutions { edges { node { careersLeader { id } } } } }',
    );
    expect(shallow.errors).toBeUndefined();
    const res = await staff.request(
      '{ institutions { edges { node { careersLeader { hub { id } } } } } }',
    );
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.data ?? null).toBeNull();
  });

  it('refuses too many aliases in one request', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await staff.request(`{ ${aliases} }`);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.data ?? null).toBeNull();
  });

  it('answers a malformed id with BAD_USER_INPUT and an unknown one with NOT_FOUND', async () => {
    const res = await staff.request('{ institution(id: "not-a-uuid") { id } }');
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await staff.request(
      '{ institution(id: "00000000-0000-4000-8000-000000000000") { id } }',
    );
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('publishes, to anyone, every reason an error can carry, and refusals carry one of them', async () => {
    const { errorReasons } = await t.client.ok<{
      errorReasons: { reason: string; description: string }[];
    }>('{ errorReasons { reason description } }');
    expect(errorReasons.length).toBeGreaterThan(50);
    expect(errorReasons.every((r) => r.description.length > 0)).toBe(true);
    expect(errorReasons.find((r) => r.reason === 'NO_PLACES_LEFT')?.description).toBe(
      'Not enough places are left on the opportunity.',
    );
    const published = new Set(errorReasons.map((r) => r.reason));
    const refusals = await Promise.all([
      t.client.request(
        `mutation { login(email: "nobody@example.test", password: "wrong") { accessToken } }`,
      ),
      staff.request('{ institution(id: "not-a-uuid") { id } }'),
      staff.request('{ institution(id: "00000000-0000-4000-8000-000000000000") { id } }'),
      staff.request('{ users { totalCount } }'),
    ]);
    const reasons = refusals.map((res) => res.errors?.[0].extensions?.reason as string);
    expect(reasons).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_ID',
      'INSTITUTION_NOT_FOUND',
      'ROLE_NOT_ALLOWED',
    ]);
    expect(reasons.filter((reason) => !published.has(reason))).toEqual([]);
  });

  it('serves the schema committed as schema.graphql, with every field described', () => {
    const schema = t.get(GraphQLSchemaHost).schema;
    const committed = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(SCHEMA_HEADER + printSchema(schema) + '\n');
    const undocumented = Object.values(schema.getTypeMap())
      .filter((type) => !type.name.startsWith('__') && 'getFields' in type)
      .flatMap((type) => {
        const fields = Object.values(
          (
            type as {
              getFields(): Record<
                string,
                {
                  name: string;
                  description?: string | null;
                  args?: { name: string; description?: string | null }[];
                }
              >;
            }
          ).getFields(),
        );
        return fields.flatMap((field) => [
          ...(field.description ? [] : [`${type.name}.${field.name}`]),
          ...(field.args ?? [])
            .filter((arg) => !arg.description)
            .map((arg) => `${type.name}.${field.name}(${arg.name})`),
        ]);
      });
    expect(undocumented).toEqual([]);
  });

  it('has migrations that build exactly the schema the entities describe', async () => {
    const pending = await t.get(DataSource).driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});
