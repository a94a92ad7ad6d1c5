import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { AppConfig } from '@chn/core';

/**
 * Passwords as argon2id hashes, at the cost the configuration sets (production refuses less
 * than OWASP's minimum). A hash keeps its own parameters, so raising the cost later still
 * verifies every stored hash.
 */
@Injectable()
export class PasswordHasher {
  private readonly options: argon2.HashOptions & { raw?: false };
  /** A hash of nothing anyone knows, verified against when the email is unknown so timing gives nothing away. */
  private readonly dummyHash: Promise<string>;

  constructor(config: AppConfig) {
    this.options = {
      type: argon2.argon2id,
      memoryCost: config.PASSWORD_HASH_MEMORY_KIB,
      timeCost: config.PASSWORD_HASH_ITERATIONS,
    };
    // Made at start, so even the first unknown email takes no longer than a known one.
    this.dummyHash = this.hash(`no-such-user-${Math.random()}`);
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.options);
  }

  /** Whether `password` matches `hash`; with no hash (no such user) it takes as long and fails. */
  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    const ok = await argon2.verify(hash ?? (await this.dummyHash), password).catch(() => false);
    return ok && !!hash;
  }
}
