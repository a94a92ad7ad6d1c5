import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@chn/core';
import { JobHandler, JobPayloads } from '@chn/queue';
import { NotificationStatus } from '../entities/notification.enums';
import { EmailTransport, TransportError } from '../transports/email-transport';

interface PendingEmail {
  id: string;
  status: NotificationStatus;
  attempts: number;
  recipient_email: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  unsubscribe_url: string | null;
}

/**
 * Sends one email notification. The row is locked while sending, so two runs of the job (a
 * stalled job picked up again, a duplicate) never both send it; a SENT row is left alone.
 * A permanent refusal, or the last allowed try, leaves it FAILED for hub staff to see.
 */
@Injectable()
export class EmailDelivery implements OnApplicationShutdown {
  private readonly logger = new Logger(EmailDelivery.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly transport: EmailTransport,
    private readonly config: AppConfig,
  ) {}

  @JobHandler('notifications.send-email')
  async send(payload: JobPayloads['notifications.send-email']): Promise<{ sent: boolean }> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const [row] = (await runner.query(
        `SELECT id, status, attempts, recipient_email, subject, body_text, body_html, unsubscribe_url
         FROM notifications WHERE id = $1 AND channel = 'EMAIL' FOR UPDATE`,
        [payload.notificationId],
      )) as PendingEmail[];
      if (!row || row.status !== NotificationStatus.PENDING) {
        await runner.commitTransaction();
        return { sent: false };
      }
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
      } catch (error) {
        const failure =
          error instanceof TransportError ? error : new TransportError(String(error), false);
        const final = failure.permanent || attempts >= this.config.EMAIL_MAX_ATTEMPTS;
        await runner.query(
          `UPDATE notifications SET attempts = $2, last_error = $3, status = $4, updated_at = now()
           WHERE id = $1`,
          [
            row.id,
            attempts,
            failure.message.slice(0, 1000),
            final ? NotificationStatus.FAILED : NotificationStatus.PENDING,
          ],
        );
        await runner.commitTransaction();
        this.logger.warn(
          { notificationId: row.id, attempts, final, err: failure.message },
          final ? 'Email failed for good' : 'Email failed; will retry',
        );
        throw final ? new UnrecoverableError(failure.message) : failure;
      }
      await runner.query(
        `UPDATE notifications SET attempts = $2, status = 'SENT', sent_at = now(), last_error = NULL,
           updated_at = now()
         WHERE id = $1`,
        [row.id, attempts],
      );
      await runner.commitTransaction();
      return { sent: true };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.transport.close();
  }
}
