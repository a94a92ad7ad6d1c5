import { Role } from '@chn/core';
import { GraphqlClient, TestApp } from '@chn/testing';

const RACERS = 8;

/** The same create sent at once, many times: one wins, the others lose with CONFLICT. */
async function race(client: GraphqlClient, mutation: string, input: Record<string, unknown>) {
  const results = await Promise.all(
    Array.from({ length: RACERS }, () => client.request(mutation, { input })),
  );
  return {
    created: results.filter((r) => !r.errors?.length).length,
    refusals: results.flatMap((r) => r.errors ?? []).map((e) => e.extensions),
  };
}

describe('concurrent creates (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('creates one hub of a code and refuses the racing others with CONFLICT', async () => {
    const national = await t.signedIn(Role.HUB_ADMIN, null);
    const outcome = await race(
      national,
      'mutation ($input: CreateHubInput!) { createHub(input: $input) { id } }',
      { code: 'RACE', name: 'Race Careers Hub', region: 'North West' },
    );
    expect(outcome.created).toBe(1);
    expect(outcome.refusals).toEqual(
      Array(RACERS - 1).fill({ code: 'CONFLICT', reason: 'HUB_CODE_TAKEN' }),
    );
  });

  it('creates one account of an email and refuses the racing others with CONFLICT', async () => {
    const hub = await t.createHub('USERS');
    const admin = await t.signedIn(Role.HUB_ADMIN, hub.id);
    const outcome = await race(
      admin,
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        email: 'twice@example.test',
        name: 'Twice',
        role: 'HUB_STAFF',
        password: 'long-enough-pass',
      },
    );
    expect(outcome.created).toBe(1);
    expect(outcome.refusals).toEqual(
      Array(RACERS - 1).fill({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' }),
    );
  });

  it('creates one institution of a URN in a hub and refuses the racing others with CONFLICT', async () => {
    const hub = await t.createHub('SCHOOLS');
    const staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    const outcome = await race(
      staff,
      'mutation ($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }',
      { urn: '104321', name: 'Race Academy', type: 'MAINSTREAM' },
    );
    expect(outcome.created).toBe(1);
    expect(outcome.refusals).toEqual(
      Array(RACERS - 1).fill({ code: 'CONFLICT', reason: 'INSTITUTION_URN_TAKEN' }),
    );
  });
});
