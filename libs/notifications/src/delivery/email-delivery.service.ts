import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { AppConfig } from '@chn/core';
import { JobHandler, JobPayloads, JobQueue } from '@chn/queue';
import { EmailTransport, TransportError } from '../transports/email-transport';
import { ClaimedEmail, EmailClaims, EmailHold } from './email-claims';
import { sendEmailJob } from './send-email-job';

interface Failure {
  email: ClaimedEmail;
  error: TransportError;
  final: boolean;
}

/** Emails claimed at once: one claim must cover sending them all (EMAIL_CLAIM_SECONDS). */
const EMAILS_PER_CLAIM = 25;

/**
 * Sends email notifications. Each email is claimed (committed) before it is sent and marked
 * SENT as soon as the provider accepts it, so a sender that dies leaves at most the emails it
 * was sending, to be sent again (same Message-ID) once their claim runs out. `deliver` makes the
 * first try of many emails at once; an email that fails is held for its own retry job (`send`),
 * its delay doubling each time. A permanent refusal, or the last allowed try, leaves the email
 * FAILED for hub staff to see.
 */
@Injectable()
export class EmailDelivery implements OnApplicationShutdown {
  private readonly logger = new Logger(EmailDelivery.name);

  constructor(
    private readonly claims: EmailClaims,
    private readonly transport: EmailTransport,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  /** First tries of the PENDING emails among `ids` nobody tried yet; returns how many were sent. */
  async deliver(ids: string[]): Promise<number> {
    let sent = 0;
    for (let i = 0; i < ids.length; i += EMAILS_PER_CLAIM) {
      const emails = await this.claims.claim(ids.slice(i, i + EMAILS_PER_CLAIM), 0);
      const failures = (await Promise.all(emails.map((email) => this.attempt(email)))).filter(
        (failure): failure is Failure => failure !== null,
      );
      await this.recordFailures(failures);
      sent += emails.length - failures.length;
    }
    return sent;
  }

  /** One more try of one email, as its own job. */
  @JobHandler('notifications.send-email')
  async send(payload: JobPayloads['notifications.send-email']): Promise<{ sent: boolean }> {
    const [email] = await this.claims.claim([payload.notificationId], payload.attempts);
    if (!email) return { sent: false };
    const failure = await this.attempt(email);
    if (!failure) return { sent: true };
    await this.recordFailures([failure]);
    // Failed in BullMQ's eyes too, for Bull Board; the next try, if any, is a job of its own.
    throw new UnrecoverableError(failure.error.message);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.transport.close();
  }

  /** Sends one claimed email and marks it SENT; else says what went wrong and if that was final. */
  private async attempt(email: ClaimedEmail): Promise<Failure | null> {
    try {
      await this.transport.send({
        reference: email.id,
        to: email.recipient_email,
        subject: email.subject,
        text: email.body_text,
        html: email.body_html ?? email.body_text,
        unsubscribeUrl: email.unsubscribe_url,
        attachments: email.attachments ?? undefined,
      });
    } catch (error) {
      const failure =
        error instanceof TransportError ? error : new TransportError(String(error), false);
      const final = failure.permanent || email.attempts >= this.config.EMAIL_MAX_ATTEMPTS;
      this.logger.warn(
        { notificationId: email.id, attempts: email.attempts, final, err: failure.message },
        final ? 'Email failed for good' : 'Email failed; will retry',
      );
      return { email, error: failure, final };
    }
    await this.claims.markSent(email.id);
    return null;
  }

  /**
   * Marks the final failures FAILED and holds the others for a retry job each. A retry that
   * cannot be queued (Redis unreachable) is left to the sweep once its hold runs out.
   */
  private async recordFailures(failures: Failure[]): Promise<void> {
    const retries: { hold: EmailHold; delay: number }[] = [];
    for (const { email, error, final } of failures) {
      if (final) {
        await this.claims.markFailed(email, error.message);
        continue;
      }
      const delay = this.config.EMAIL_RETRY_DELAY_MS * 2 ** (email.attempts - 1);
      const hold = await this.claims.holdForRetry(email, error.message, delay);
      if (hold) retries.push({ hold, delay });
    }
    try {
      await this.jobs.enqueueMany(
        'notifications.send-email',
        retries.map(({ hold, delay }) =>
          sendEmailJob(hold.notificationId, hold.attempts, hold.until, delay),
        ),
      );
    } catch (error) {
      this.logger.warn(
        { err: error, emails: retries.length },
        'Email retries not queued; the sweep queues them when their hold runs out',
      );
    }
  }
}
