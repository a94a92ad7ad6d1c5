import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { DataSource, QueryRunner } from 'typeorm';
import { AppConfig } from '@chn/core';
import { JobHandler, JobPayloads, JobQueue } from '@chn/queue';
import { NotificationStatus } from '../entities/notification.enums';
import { EmailTransport, TransportError } from '../transports/email-transport';
import { emailJobOptions } from './email-job-options';

interface PendingEmail {
  id: string;
  attempts: number;
  recipient_email: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  unsubscribe_url: string | null;
}

interface Failure {
  row: PendingEmail;
  attempts: number;
  error: TransportError;
  final: boolean;
}

/** Emails locked, sent and marked in one transaction. */
const EMAILS_PER_TRANSACTION = 100;

/**
 * Sends email notifications. Rows are locked while they are sent, so two runs (a stalled job
 * picked up again, a duplicate) never both send one; SENT and FAILED rows are left alone.
 * `deliver` makes the first try of many emails at once; each email that fails gets its own
 * retry job (`send`), queued in the same transaction that records the failure. A permanent
 * refusal, or the last allowed try, leaves the email FAILED for hub staff to see.
 */
@Injectable()
export class EmailDelivery implements OnApplicationShutdown {
  private readonly logger = new Logger(EmailDelivery.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly transport: EmailTransport,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  /** First tries of the PENDING emails among `ids`; returns how many were sent. */
  async deliver(ids: string[]): Promise<number> {
    let sent = 0;
    for (let i = 0; i < ids.length; i += EMAILS_PER_TRANSACTION) {
      sent += await this.inTransaction(async (runner) => {
        const rows = await this.lockPending(runner, ids.slice(i, i + EMAILS_PER_TRANSACTION), {
          skipLocked: true,
        });
        const failures = (await Promise.all(rows.map((row) => this.attempt(row)))).filter(
          (failure): failure is Failure => failure !== null,
        );
        const failed = new Set(failures.map((f) => f.row.id));
        const delivered = rows.filter((row) => !failed.has(row.id));
        await this.markSent(runner, delivered);
        await this.markFailures(runner, failures);
        const retries = failures.filter((f) => !f.final);
        await this.jobs.enqueueMany(
          'notifications.send-email',
          retries.map((f) => ({
            payload: { notificationId: f.row.id },
            options: {
              ...emailJobOptions(this.config, `email-${f.row.id}`),
              attempts: this.config.EMAIL_MAX_ATTEMPTS - f.attempts,
              delay: this.config.EMAIL_RETRY_DELAY_MS,
            },
          })),
        );
        return delivered.length;
      });
    }
    return sent;
  }

  /** One more try of one email, as a BullMQ job whose own retries follow the backoff. */
  @JobHandler('notifications.send-email')
  async send(payload: JobPayloads['notifications.send-email']): Promise<{ sent: boolean }> {
    return this.inTransaction(async (runner) => {
      // Waits for a lock held elsewhere: the run that queued this retry may not have committed yet.
      const [row] = await this.lockPending(runner, [payload.notificationId], { skipLocked: false });
      if (!row) return { sent: false };
      const failure = await this.attempt(row);
      if (!failure) {
        await this.markSent(runner, [row]);
        return { sent: true };
      }
      await this.markFailures(runner, [failure]);
      // Committed before throwing: the try counts even though the job fails.
      await runner.commitTransaction();
      throw failure.final ? new UnrecoverableError(failure.error.message) : failure.error;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.transport.close();
  }

  private async inTransaction<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const result = await work(runner);
      if (runner.isTransactionActive) await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /**
   * The PENDING emails among `ids`, locked. With `skipLocked`, rows another run holds are left
   * to it: it sends them, or its job is retried if it dies.
   */
  private lockPending(
    runner: QueryRunner,
    ids: string[],
    { skipLocked }: { skipLocked: boolean },
  ): Promise<PendingEmail[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return runner.query(
      `SELECT id, attempts, recipient_email, subject, body_text, body_html, unsubscribe_url
       FROM notifications WHERE id = ANY($1) AND channel = 'EMAIL' AND status = 'PENDING'
       ORDER BY id FOR UPDATE${skipLocked ? ' SKIP LOCKED' : ''}`,
      [ids],
    ) as Promise<PendingEmail[]>;
  }

  /** Sends one email; null when it went, else what went wrong and whether that was the last try. */
  private async attempt(row: PendingEmail): Promise<Failure | null> {
    const attempts = row.attempts + 1;
    try {
      await this.transport.send({
        reference: row.id,
        to: row.recipient_email,
        subject: row.subject,
        text: row.body_text,
        html: row.body_html ?? row.body_text,
        unsubscribeUrl: row.unsubscribe_url,
      });
      return null;
    } catch (error) {
      const failure =
        error instanceof TransportError ? error : new TransportError(String(error), false);
      const final = failure.permanent || attempts >= this.config.EMAIL_MAX_ATTEMPTS;
      this.logger.warn(
        { notificationId: row.id, attempts, final, err: failure.message },
        final ? 'Email failed for good' : 'Email failed; will retry',
      );
      return { row, attempts, error: failure, final };
    }
  }

  private async markSent(runner: QueryRunner, rows: PendingEmail[]): Promise<void> {
    if (rows.length === 0) return;
    await runner.query(
      `UPDATE notifications SET attempts = attempts + 1, status = 'SENT', sent_at = now(),
         last_error = NULL, updated_at = now()
       WHERE id = ANY($1)`,
      [rows.map((row) => row.id)],
    );
  }

  private async markFailures(runner: QueryRunner, failures: Failure[]): Promise<void> {
    for (const { row, attempts, error, final } of failures) {
      await runner.query(
        `UPDATE notifications SET attempts = $2, last_error = $3, status = $4, updated_at = now()
         WHERE id = $1`,
        [
          row.id,
          attempts,
          error.message.slice(0, 1000),
          final ? NotificationStatus.FAILED : NotificationStatus.PENDING,
        ],
      );
    }
  }
}
