import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { GraphqlClient, TestApp } from '@chn/testing';
import { createEmployer } from './opportunities.fixtures';

const CREATE_KEY =
  'mutation { createApiKey(name: "Careers website") { secret apiKey { id prefix lastUsedAt } } }';
const UPDATE = `mutation ($id: ID!, $name: String!) { updateEmployer(id: $id, input: { name: $name }) { name } }`;

describe('employer API keys (e2e)', () => {
  let t: TestApp;
  let contact: GraphqlClient;
  let otherContact: GraphqlClient;
  let own: string;
  let other: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const hub = await t.createHub('KEYS');
    const db = t.get(DataSource);
    own = await createEmployer(t, hub.id, 'Own Co');
    other = await createEmployer(t, hub.id, 'Other Co');
    const user = await t.signedIn(Role.EMPLOYER, hub.id);
    await db.query('INSERT INTO employer_contacts (user_id, employer_id) VALUES ($1, $2)', [
      user.userId,
      own,
    ]);
    contact = user;
    const otherUser = await t.signedIn(Role.EMPLOYER, hub.id);
    await db.query('INSERT INTO employer_contacts (user_id, employer_id) VALUES ($1, $2)', [
      otherUser.userId,
      other,
    ]);
    otherContact = otherUser;
  });
  afterAll(() => t.stop());

  const withKey = (secret: string, query: string, variables: Record<string, unknown> = {}) =>
    t.client.request<Record<string, unknown>>(query, variables, { 'x-api-key': secret });

  it('shows a key once, acts as its employer, and stops working when revoked', async () => {
    const { createApiKey } = await contact.ok<{
      createApiKey: { secret: string; apiKey: { id: string; prefix: string; lastUsedAt: null } };
    }>(CREATE_KEY);
    expect(createApiKey.secret).toMatch(/^chn_[A-Za-z0-9_-]{40}$/);
    expect(createApiKey.apiKey.prefix).toBe(createApiKey.secret.slice(0, 12));
    expect(createApiKey.apiKey.lastUsedAt).toBeNull();
    const stored = await t
      .get(DataSource)
      .query('SELECT key_hash FROM employer_api_keys WHERE id = $1', [createApiKey.apiKey.id]);
    expect(stored[0].key_hash).toBe(createHash('sha256').update(createApiKey.secret).digest('hex'));
    // The secret is not a field of a listed key at all.
    expect(await contact.errorCode('{ apiKeys { secret } }')).toBe('GRAPHQL_VALIDATION_FAILED');

    const listed = await contact.ok<{ apiKeys: Record<string, unknown>[] }>(
      '{ apiKeys { id name prefix lastUsedAt } }',
    );
    expect(listed.apiKeys).toEqual([
      {
        id: createApiKey.apiKey.id,
        name: 'Careers website',
        prefix: createApiKey.apiKey.prefix,
        lastUsedAt: null,
      },
    ]);

    const read = await withKey(
      createApiKey.secret,
      'query ($id: ID!) { employer(id: $id) { name } employers { totalCount } apiKeys { id } }',
      { id: own },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      employer: { name: 'Own Co' },
      employers: { totalCount: 2 },
      apiKeys: [{ id: createApiKey.apiKey.id }],
    });
    const minted = await withKey(createApiKey.secret, CREATE_KEY);
    expect(minted.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const allowed = await withKey(createApiKey.secret, UPDATE, { id: own, name: 'Own Co Ltd' });
    expect(allowed.data).toEqual({ updateEmployer: { name: 'Own Co Ltd' } });
    const refused = await withKey(createApiKey.secret, UPDATE, { id: other, name: 'Taken' });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const used = await contact.ok<{ apiKeys: { lastUsedAt: string | null }[] }>(
      '{ apiKeys { lastUsedAt } }',
    );
    expect(used.apiKeys[0].lastUsedAt).not.toBeNull();

    const trail = await t
      .get(DataSource)
      .query(
        `SELECT actor_api_key_id FROM audit_log WHERE entity_type = 'employer' AND entity_id = $1 AND action = 'updated'`,
        [own],
      );
    expect(trail[0].actor_api_key_id).toBe(createApiKey.apiKey.id);

    const REVOKE = 'mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }';
    expect(await otherContact.errorCode(REVOKE, { id: createApiKey.apiKey.id })).toBe('NOT_FOUND');
    const { revokeApiKey } = await contact.ok<{ revokeApiKey: { revokedAt: string | null } }>(
      REVOKE,
      { id: createApiKey.apiKey.id },
    );
    expect(revokeApiKey.revokedAt).not.toBeNull();
    const revoked = await withKey(createApiKey.secret, UPDATE, { id: own, name: 'After revoke' });
    expect(revoked.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const name = await t.get(DataSource).query('SELECT name FROM employers WHERE id = $1', [own]);
    expect(name[0].name).toBe('Own Co Ltd');

    const keyTrail = await t
      .get(DataSource)
      .query(
        `SELECT action FROM audit_log WHERE entity_type = 'api_key' AND entity_id = $1 ORDER BY at`,
        [createApiKey.apiKey.id],
      );
    expect(keyTrail.map((row: { action: string }) => row.action)).toEqual(['created', 'revoked']);
  });

  it('refuses an unknown key and keys for non-employers', async () => {
    const res = await withKey(
      'chn_not-a-real-key-000000000000000000000000000',
      '{ employers { totalCount } }',
    );
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const hub = await t.createHub('KEYS2');
    const staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    expect(await staff.errorCode(CREATE_KEY)).toBe('FORBIDDEN');
  });
});
