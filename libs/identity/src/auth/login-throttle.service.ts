import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { AppConfig, DomainError, ErrorKind } from '@chn/core';
import { FailureCount, judgeAttempt, ThrottlePolicy } from './login-throttle.policy';

interface AttemptRow {
  key: string;
  failures: number;
  last_failure_at: Date;
  locked_until: Date | null;
}

/** The two counts one sign-in attempt is judged by. */
export interface ThrottleKeys {
  account: string;
  address: string;
}

/**
 * Counts failed sign-ins per account and per address in PostgreSQL (so every API process
 * shares the count) and applies the policy of login-throttle.policy.ts: only an account is ever
 * locked; an address's failures slow down its attempts and refuse the accounts that already
 * failed. Keys are counted whether or not the account exists, so an unknown email and a wrong
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

  static keys(email: string, address: string | undefined): ThrottleKeys {
    return {
      account: LoginThrottleService.accountKey(email),
      address: `address:${address ?? 'unknown'}`,
    };
  }

  static accountKey(this: void, email: string): string {
    return `account:${email.trim().toLowerCase()}`;
  }

  /** Password reset requests are counted apart from sign-ins, under the same rules. */
  static resetKeys(email: string, address: string | undefined): ThrottleKeys {
    return {
      account: LoginThrottleService.resetAccountKey(email),
      address: `address:reset:${address ?? 'unknown'}`,
    };
  }

  static resetAccountKey(this: void, email: string): string {
    return `account:reset:${email.trim().toLowerCase()}`;
  }

  /** Refuses an attempt the policy refuses; otherwise waits as long as recent failures call for. */
  async beforeAttempt(keys: ThrottleKeys): Promise<void> {
    const now = new Date();
    const rows: AttemptRow[] = await this.db.query(
      'SELECT key, failures, last_failure_at, locked_until FROM login_attempts WHERE key = ANY($1)',
      [[keys.account, keys.address]],
    );
    const count = (key: string): FailureCount | undefined => {
      const row = rows.find((r) => r.key === key);
      return row
        ? {
            failures: row.failures,
            lastFailureAt: row.last_failure_at,
            lockedUntil: row.locked_until,
          }
        : undefined;
    };
    const verdict = judgeAttempt(count(keys.account), count(keys.address), this.policy, now);
    if (verdict.refused) {
      const minutes = Math.max(1, Math.ceil((verdict.until.getTime() - now.getTime()) / 60000));
      const wait = `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
      throw verdict.refused === 'ACCOUNT_LOCKED'
        ? new DomainError(
            ErrorKind.RATE_LIMITED,
            'SIGN_IN_LOCKED',
            `Too many failed sign-in attempts. ${wait}`,
          )
        : new DomainError(
            ErrorKind.RATE_LIMITED,
            'SIGN_IN_LOCKED_FROM_ADDRESS',
            `Too many failed sign-ins from this network, this account's among them. ${wait}`,
          );
    }
    if (verdict.delayMs > 0) await sleep(verdict.delayMs);
  }

  /** Counts a failure for the account (locking it at the threshold) and for the address (never locked). */
  async recordFailure(keys: ThrottleKeys): Promise<void> {
    await this.db.query(
      `INSERT INTO login_attempts (key, failures, last_failure_at, locked_until)
       SELECT k, 1, now(),
              CASE WHEN k LIKE 'account:%' AND 1 >= $2 THEN now() + make_interval(secs => $3) END
       FROM unnest($1::varchar[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_attempts.last_failure_at < now() - make_interval(secs => $3)
                         THEN 1 ELSE login_attempts.failures + 1 END,
         last_failure_at = now(),
         locked_until = CASE
           WHEN login_attempts.key LIKE 'account:%'
            AND (CASE WHEN login_attempts.last_failure_at < now() - make_interval(secs => $3)
                      THEN 1 ELSE login_attempts.failures + 1 END) >= $2
           THEN now() + make_interval(secs => $3) END`,
      [[keys.account, keys.address], this.policy.lockAfter, this.policy.lockSeconds],
    );
  }

  /** A right password clears the account's failures; the address keeps its count. */
  async recordSuccess(keys: ThrottleKeys): Promise<void> {
    await this.db.query('DELETE FROM login_attempts WHERE key = $1', [keys.account]);
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
