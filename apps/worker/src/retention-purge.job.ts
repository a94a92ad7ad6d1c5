import { Injectable } from '@nestjs/common';
import { RetentionPurgeResult, RetentionPurgeService } from '@chn/core';
import { JobHandler } from '@chn/queue';

/** Runs the retention purge daily at `RETENTION_PURGE_CRON`. */
@Injectable()
export class RetentionPurgeJob {
  constructor(private readonly purge: RetentionPurgeService) {}

  @JobHandler('data-protection.retention-purge', {
    schedule: (config) => ({ repeat: { pattern: config.RETENTION_PURGE_CRON }, payload: {} }),
  })
  run(): Promise<RetentionPurgeResult> {
    return this.purge.run();
  }
}
