import { loadConfig } from '@chn/core';
import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const cheap = new PasswordHasher(
    loadConfig({ PASSWORD_HASH_MEMORY_KIB: '1024', PASSWORD_HASH_ITERATIONS: '1' }),
  );

  it('hashes with argon2id at the configured cost, and verifies only the same password', async () => {
    const hash = await cheap.hash('correct-horse-battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=1024,p=4,t=1\$/);
    expect(await cheap.verify(hash, 'correct-horse-battery')).toBe(true);
    expect(await cheap.verify(hash, 'correct-horse-batterx')).toBe(false);
  });

  it('verifies a hash made at another cost, so raising the cost locks nobody out', async () => {
    const stronger = new PasswordHasher(
      loadConfig({ PASSWORD_HASH_MEMORY_KIB: '2048', PASSWORD_HASH_ITERATIONS: '2' }),
    );
    const old = await cheap.hash('correct-horse-battery');
    expect(await stronger.verify(old, 'correct-horse-battery')).toBe(true);
  });

  it('fails without a hash (no such user, or no password set) and on a malformed one', async () => {
    expect(await cheap.verify(null, 'anything')).toBe(false);
    expect(await cheap.verify(undefined, '')).toBe(false);
    expect(await cheap.verify('not-a-hash', 'anything')).toBe(false);
  });
});
