import { JobsOptions } from 'bullmq';
import { AppConfig } from '@chn/core';

/** Each email gets EMAIL_MAX_ATTEMPTS tries, EMAIL_RETRY_DELAY_MS apart at first, doubling. */
export function emailJobOptions(config: AppConfig, jobId: string): JobsOptions & { jobId: string } {
  return {
    jobId,
    attempts: config.EMAIL_MAX_ATTEMPTS,
    backoff: { type: 'exponential', delay: config.EMAIL_RETRY_DELAY_MS },
  };
}
