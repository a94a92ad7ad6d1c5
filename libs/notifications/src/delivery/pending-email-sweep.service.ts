import { Injectable, Logger } from '@nestjs/common';
import { JobHandler, JobQueue } from '@chn/queue';
import { EmailClaims } from './email-claims';
import { sendEmailJob } from './send-email-job';

/** Most emails one sweep hands on; the next sweep takes the rest. */
const SWEEP_LIMIT = 1000;

/**
 * Every EMAIL_SWEEP_SECONDS, hands each PENDING email whose claim ran out (its sender died, its
 * retry job was lost with Redis's data) to a new send job, holding it for that job first: sweeps
 * running at once, in one worker or several, never take the same email twice.
 */
@Injectable()
export class PendingEmailSweep {
  private readonly logger = new Logger(PendingEmailSweep.name);

  constructor(
    private readonly claims: EmailClaims,
    private readonly jobs: JobQueue,
  ) {}

  /** Returns how many emails it queued again. */
  @JobHandler('notifications.sweep-pending', {
    schedule: (config) => ({
      repeat: { every: config.EMAIL_SWEEP_SECONDS * 1000 },
      payload: {},
    }),
  })
  async sweep(): Promise<{ requeued: number }> {
    const holds = await this.claims.takeLapsed(SWEEP_LIMIT);
    await this.jobs.enqueueMany(
      'notifications.send-email',
      holds.map((hold) => sendEmailJob(hold.notificationId, hold.attempts, hold.until)),
    );
    if (holds.length > 0) {
      this.logger.warn({ requeued: holds.length }, 'Emails whose claim ran out queued again');
    }
    return { requeued: holds.length };
  }
}
