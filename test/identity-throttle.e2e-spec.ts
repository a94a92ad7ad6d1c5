import { Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { TEST_PASSWORD, TestApp } from '@chn/testing';

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken }
}`;

/** Sign-in throttling: per account it locks, per address it only slows down (libs/identity/README.md). */
describe('sign-in throttling (e2e)', () => {
  let t: TestApp;
  let hub: HubEntity;

  const signIn = async (email: string, password: string, address: string) => {
    const started = Date.now();
    const res = await t.client.request(LOGIN, { email, password }, { 'x-forwarded-for': address });
    const error = res.errors?.[0]?.extensions;
    return {
      outcome: error ? `${error.code}${error.reason ? `/${error.reason}` : ''}` : 'SIGNED_IN',
      ms: Date.now() - started,
    };
  };
  const account = (email: string) => t.signedIn(Role.HUB_STAFF, hub.id, email);

  beforeAll(async () => {
    t = await TestApp.start({ LOGIN_SLOWDOWN_AFTER: '2', LOGIN_LOCK_AFTER: '4' });
    hub = await t.createHub('THROTTLE');
  });
  afterAll(() => t.stop());

  it('locks one account guessed at from many addresses, the right password included', async () => {
    await account('guessed@example.test');
    for (let i = 1; i <= 4; i += 1) {
      expect((await signIn('guessed@example.test', `guess-${i}`, `198.51.100.${i}`)).outcome).toBe(
        'UNAUTHENTICATED/INVALID_CREDENTIALS',
      );
    }
    const right = await signIn('guessed@example.test', TEST_PASSWORD, '198.51.100.99');
    expect(right.outcome).toBe('TOO_MANY_REQUESTS/SIGN_IN_LOCKED');
  });

  it('slows down password spraying from one address and gives each account one guess', async () => {
    const sprayer = '203.0.113.66';
    const targets = ['a', 'b', 'c', 'd', 'e'].map((x) => `sprayed.${x}@example.test`);
    for (const email of targets) await account(email);
    const answers = [];
    for (const email of targets) answers.push(await signIn(email, 'Summer2026!', sprayer));
    expect(answers.map((a) => a.outcome)).toEqual(
      Array(5).fill('UNAUTHENTICATED/INVALID_CREDENTIALS'),
    );
    // Two failures from the address, then each answer waits longer: 250 ms, 500 ms, 1 s.
    expect(answers[4].ms).toBeGreaterThanOrEqual(1000);

    const secondGuess = await signIn(targets[0], 'Autumn2026!', sprayer);
    expect(secondGuess.outcome).toBe('TOO_MANY_REQUESTS/SIGN_IN_LOCKED_FROM_ADDRESS');
    const elsewhere = await signIn(targets[0], TEST_PASSWORD, '192.0.2.10');
    expect(elsewhere.outcome).toBe('SIGNED_IN');
  });

  it('lets a colleague behind the same address sign in while one who mistyped is locked', async () => {
    const office = '192.0.2.200';
    await account('mistyping@example.test');
    await account('colleague@example.test');
    for (let i = 1; i <= 4; i += 1) await signIn('mistyping@example.test', `typo-${i}`, office);
    expect((await signIn('mistyping@example.test', TEST_PASSWORD, office)).outcome).toBe(
      'TOO_MANY_REQUESTS/SIGN_IN_LOCKED',
    );

    const colleague = await signIn('colleague@example.test', TEST_PASSWORD, office);
    expect(colleague.outcome).toBe('SIGNED_IN');
    const again = await signIn('colleague@example.test', TEST_PASSWORD, office);
    expect(again.outcome).toBe('SIGNED_IN');
  });
});
