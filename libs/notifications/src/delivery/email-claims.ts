import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@chn/core';

/** A PENDING email this sender claimed, as it is sent. */
export interface ClaimedEmail {
  id: string;
  /** Tries so far, this one included. */
  attempts: number;
  recipient_email: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  unsubscribe_url: string | null;
  /** Files to attach (an event's calendar file), as the template made them. */
  attachments: { filename: string; contentType: string; content: string }[] | null;
}

/**
 * An email held for the job that makes its next try: the tries the job expects to find (its
 * claim goes ahead only if nobody tried the email since) and the end of the hold, epoch ms.
 */
export interface EmailHold {
  notificationId: string;
  attempts: number;
  until: string;
}

const HOLD_COLUMNS = `id AS "notificationId", attempts,
  (extract(epoch FROM claimed_until) * 1000)::bigint::text AS until`;

/**
 * The claim every PENDING email carries (`claimed_until`): committed before a send, so no other
 * sender touches the email until it runs out. Every claim counts a try, and a sender claims only
 * an email with the tries it expects: of two senders holding the same expectation, one claims and
 * the other finds the count moved on. An email sent or failed for good holds no claim.
 */
@Injectable()
export class EmailClaims {
  private readonly sentMarks: {
    id: string;
    resolve: () => void;
    reject: (error: unknown) => void;
  }[] = [];
  private writingMarks: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Claims the PENDING emails among `ids` that have had exactly `attempts` tries. */
  claim(ids: string[], attempts: number): Promise<ClaimedEmail[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.updateReturning<ClaimedEmail>(
      `UPDATE notifications SET attempts = attempts + 1,
         claimed_until = now() + make_interval(secs => $3), updated_at = now()
       WHERE id IN (
         SELECT id FROM notifications
         WHERE id = ANY($1) AND channel = 'EMAIL' AND status = 'PENDING' AND attempts = $2
         ORDER BY id FOR UPDATE SKIP LOCKED)
       RETURNING id, attempts, recipient_email, subject, body_text, body_html, unsubscribe_url,
         attachments`,
      [ids, attempts, this.config.EMAIL_CLAIM_SECONDS],
    );
  }

  /**
   * Marks an email SENT; resolves once that is committed. Marks asked for while one is being
   * written go together in the next statement, so a burst costs a commit per round trip rather
   * than one per email, and no email waits longer than the statement before its own.
   */
  markSent(id: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.sentMarks.push({ id, resolve, reject });
      this.writingMarks ??= this.writeSentMarks();
    });
  }

  private async writeSentMarks(): Promise<void> {
    while (this.sentMarks.length > 0) {
      const marks = this.sentMarks.splice(0);
      try {
        await this.db.query(
          `UPDATE notifications SET status = 'SENT', sent_at = now(), last_error = NULL,
             claimed_until = NULL, updated_at = now()
           WHERE id = ANY($1) AND status = 'PENDING'`,
          [marks.map((mark) => mark.id)],
        );
        marks.forEach((mark) => mark.resolve());
      } catch (error) {
        marks.forEach((mark) => mark.reject(error));
      }
    }
    this.writingMarks = null;
  }

  /** Records a try that failed for good: the email is FAILED for hub staff to see. */
  async markFailed(email: ClaimedEmail, error: string): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET status = 'FAILED', last_error = $3, claimed_until = NULL,
         updated_at = now()
       WHERE id = $1 AND status = 'PENDING' AND attempts = $2`,
      [email.id, email.attempts, error.slice(0, 1000)],
    );
  }

  /**
   * Records a try that may pass later and holds the email for its next try, `delayMs` away, plus
   * a claim's length. Null when another sender claimed the email meanwhile (this claim ran out).
   */
  async holdForRetry(
    email: ClaimedEmail,
    error: string,
    delayMs: number,
  ): Promise<EmailHold | null> {
    const [hold] = await this.updateReturning<EmailHold>(
      `UPDATE notifications SET last_error = $3,
         claimed_until = now() + make_interval(secs => $4), updated_at = now()
       WHERE id = $1 AND status = 'PENDING' AND attempts = $2
       RETURNING ${HOLD_COLUMNS}`,
      [
        email.id,
        email.attempts,
        error.slice(0, 1000),
        delayMs / 1000 + this.config.EMAIL_CLAIM_SECONDS,
      ],
    );
    return hold ?? null;
  }

  /**
   * Holds, for a new send job each, up to `limit` PENDING emails whose claim ran out or that
   * have none. Concurrent calls never take the same email.
   */
  takeLapsed(limit: number): Promise<EmailHold[]> {
    return this.updateReturning<EmailHold>(
      `UPDATE notifications SET claimed_until = now() + make_interval(secs => $1), updated_at = now()
       WHERE id IN (
         SELECT id FROM notifications
         WHERE channel = 'EMAIL' AND status = 'PENDING'
           AND (claimed_until IS NULL OR claimed_until < now())
         ORDER BY claimed_until NULLS FIRST LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING ${HOLD_COLUMNS}`,
      [this.config.EMAIL_CLAIM_SECONDS, limit],
    );
  }

  /** TypeORM answers an UPDATE on PostgreSQL with [rows, count]. */
  private async updateReturning<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    const [rows] = (await this.db.query(sql, parameters)) as [T[], number];
    return rows;
  }
}
