import * as argon2 from 'argon2';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password).catch(() => false);
}

/** A hash of nothing anyone knows, verified against when the email is unknown so timing gives nothing away. */
export const DUMMY_HASH_PROMISE = hashPassword(`no-such-user-${Math.random()}`);
