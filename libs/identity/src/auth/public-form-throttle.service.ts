import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, DomainError, ErrorKind, ErrorReason } from '@chn/core';

/** How long one address's count of public submissions lasts. */
const WINDOW_SECONDS = 3600;

/**
 * Limits the public forms (employer applications, adviser interest) per address: at most
 * PUBLIC_FORM_LIMIT submissions an hour from one address, counted in the sign-in throttle's
 * table (shared by every API process, purged by the same job) under a `public-form:` key.
 */
@Injectable()
export class PublicFormThrottleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Counts one submission from `address`; refuses it (RATE_LIMITED) past the hourly limit. */
  consume(address: string | undefined): Promise<void> {
    return this.consumeFor('all', address, this.config.PUBLIC_FORM_LIMIT, 'PUBLIC_FORM_LIMITED');
  }

  /**
   * Counts one submission from `address` to one thing (`scope`, e.g. an event), refusing it with
   * `reason` past `limit` an hour: a narrower limit on top of `consume`.
   */
  async consumeFor(
    scope: string,
    address: string | undefined,
    limit: number,
    reason: ErrorReason,
  ): Promise<void> {
    const [row]: { failures: number; last_failure_at: Date }[] = await this.db.query(
      `INSERT INTO login_attempts (key, failures, last_failure_at)
       VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_attempts.last_failure_at < now() - make_interval(secs => $2)
                         THEN 1 ELSE login_attempts.failures + 1 END,
         last_failure_at = CASE WHEN login_attempts.last_failure_at < now() - make_interval(secs => $2)
                         THEN now() ELSE login_attempts.last_failure_at END
       RETURNING failures, last_failure_at`,
      [
        scope === 'all'
          ? `public-form:${address ?? 'unknown'}`
          : `public-form:${scope}:${address ?? 'unknown'}`,
        WINDOW_SECONDS,
      ],
    );
    if (row.failures > limit) {
      const minutes = Math.max(
        1,
        Math.ceil((row.last_failure_at.getTime() + WINDOW_SECONDS * 1000 - Date.now()) / 60000),
      );
      throw new DomainError(
        ErrorKind.RATE_LIMITED,
        reason,
        `Too many submissions from this network. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      );
    }
  }
}
