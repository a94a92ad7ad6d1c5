import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@chn/core';
import { JobHandler, JobQueue } from '@chn/queue';
import { emailJobOptions } from './email-job-options';

/** Most stuck emails queued again by one sweep; the next sweep takes the rest. */
const SWEEP_LIMIT = 1000;

/**
 * Queues again every email left PENDING and untouched for EMAIL_STUCK_AFTER_MINUTES: its job
 * was lost (Redis lost data, a job gave up after stalling). The job id is made of the row id
 * and its last update, so sweeps running twice or in several workers queue one job per stuck
 * email; the job itself locks the row and sends only while it is still PENDING.
 */
@Injectable()
export class PendingEmailSweep {
  private readonly logger = new Logger(PendingEmailSweep.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  /** Returns how many stuck emails it queued again. */
  @JobHandler('notifications.sweep-pending', {
    schedule: () => ({ repeat: { pattern: '*/5 * * * *' }, payload: {} }),
  })
  async sweep(): Promise<{ requeued: number }> {
    const rows = (await this.db.query(
      `SELECT id, attempts, (extract(epoch FROM updated_at) * 1000)::bigint::text AS touched
       FROM notifications
       WHERE channel = 'EMAIL' AND status = 'PENDING'
         AND updated_at < now() - make_interval(mins => $1)
       ORDER BY updated_at LIMIT $2`,
      [this.config.EMAIL_STUCK_AFTER_MINUTES, SWEEP_LIMIT],
    )) as { id: string; attempts: number; touched: string }[];
    await this.jobs.enqueueMany(
      'notifications.send-email',
      rows.map((row) => ({
        payload: { notificationId: row.id },
        options: {
          ...emailJobOptions(this.config, `email-${row.id}-stuck-${row.touched}`),
          attempts: Math.max(1, this.config.EMAIL_MAX_ATTEMPTS - row.attempts),
        },
      })),
    );
    if (rows.length > 0) {
      this.logger.warn({ requeued: rows.length }, 'Emails left PENDING queued again');
    }
    return { requeued: rows.length };
  }
}
