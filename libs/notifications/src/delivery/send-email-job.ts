import { JobsOptions } from 'bullmq';
import { JobPayloads } from '@chn/queue';

/**
 * The job that makes the next try of an email that has had `attempts` tries. Its id names the
 * hold it was queued under (`holdKey`), so queuing it twice runs it once. A failed try is not
 * retried by BullMQ: the sender records it and queues the next try itself.
 */
export function sendEmailJob(
  notificationId: string,
  attempts: number,
  holdKey: string,
  delay = 0,
): { payload: JobPayloads['notifications.send-email']; options: JobsOptions & { jobId: string } } {
  return {
    payload: { notificationId, attempts },
    options: { jobId: `email-${notificationId}-${attempts}-${holdKey}`, delay },
  };
}
