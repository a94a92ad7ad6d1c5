import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { AppConfig, DomainError, ErrorKind } from '@chn/core';
import { isStale, slowdownMs, ThrottlePolicy } from './login-throttle.policy';

interface AttemptRow {
  key: string;
  failures: number;
  last_failure_at: Date;
  locked_until: Date | null;
}

/**
 * Counts failed sign-ins per account and per address in PostgreSQL (so every API process
 * shares the count): repeated failures slow the answer down, then lock the key briefly.
 * Keys are counted whether or not the account exists, so an unknown email and a wrong
 * password look the same.
 */
@Injectable()
export class LoginThrottleService {
  private readonly policy: ThrottlePolicy;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    config: AppConfig,
  ) {
    this.policy = {
      slowdownAfter: config.LOGIN_SLOWDOWN_AFTER,
      lockAfter: config.LOGIN_LOCK_AFTER,
      lockSeconds: config.LOGIN_LOCK_SECONDS,
    };
  }

  static keys(email: string, address: string | undefined): string[] {
    return [LoginThrottleService.accountKey(email), `address:${address ?? 'unknown'}`];
  }

  static accountKey(this: void, email: string): string {
    return `account:${email.trim().toLowerCase()}`;
  }

  /** Refuses a locked key; otherwise waits as long as recent failures call for. */
  async beforeAttempt(keys: string[]): Promise<void> {
    const now = new Date();
    const rows: AttemptRow[] = await this.db.query(
      'SELECT key, failures, last_failure_at, locked_until FROM login_attempts WHERE key = ANY($1)',
      [keys],
    );
    const locked = rows.find((r) => r.locked_until && r.locked_until > now);
    if (locked?.locked_until) {
      const minutes = Math.ceil((locked.locked_until.getTime() - now.getTime()) / 60000);
      throw new DomainError(
        ErrorKind.RATE_LIMITED,
        'SIGN_IN_LOCKED',
        `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      );
    }
    const failures = Math.max(
      0,
      ...rows.filter((r) => !isStale(r.last_failure_at, this.policy, now)).map((r) => r.failures),
    );
    const delay = slowdownMs(failures, this.policy);
    if (delay > 0) await sleep(delay);
  }

  async recordFailure(keys: string[]): Promise<void> {
    await this.db.query(
      `INSERT INTO login_attempts (key, failures, last_failure_at, locked_until)
       SELECT k, 1, now(), CASE WHEN 1 >= $2 THEN now() + make_interval(secs => $3) END
       FROM unnest($1::varchar[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_attempts.last_failure_at < now() - make_interval(secs => $3)
                         THEN 1 ELSE login_attempts.failures + 1 END,
         last_failure_at = now(),
         locked_until = CASE
           WHEN (CASE WHEN login_attempts.last_failure_at < now() - make_interval(secs => $3)
                      THEN 1 ELSE login_attempts.failures + 1 END) >= $2
           THEN now() + make_interval(secs => $3) END`,
      [keys, this.policy.lockAfter, this.policy.lockSeconds],
    );
  }

  async recordSuccess(accountKey: string): Promise<void> {
    await this.db.query('DELETE FROM login_attempts WHERE key = $1', [accountKey]);
  }

  /** Drops counts nobody needs any more; run by the worker on a schedule. */
  async purgeOlderThan(hours: number): Promise<number> {
    const result: [unknown[], number] = await this.db.query(
      `DELETE FROM login_attempts
       WHERE last_failure_at < now() - make_interval(hours => $1)
         AND (locked_until IS NULL OR locked_until < now())`,
      [hours],
    );
    return result[1];
  }
}
