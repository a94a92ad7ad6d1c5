/** Every BullMQ queue. Processors and producers name queues only through this enum. */
export enum QueueName {
  MAINTENANCE = 'maintenance',
  NOTIFICATIONS = 'notifications',
}

/** Every job, with the queue it runs on and its payload type. */
export interface JobPayloads {
  'identity.purge-login-attempts': { olderThanHours: number };
  /** Closes published opportunities whose last day is before `today` (default: the date today). */
  'opportunities.close-ended': { today?: string };
  /** Turns a batch of relayed domain events into notifications (or re-sends) and sends the emails. */
  'notifications.events': { eventIds: string[] };
  /**
   * One more try of one email, if it has still had exactly `attempts` tries: a try made
   * elsewhere meanwhile (this job queued twice, a sweep) makes this one do nothing.
   */
  'notifications.send-email': { notificationId: string; attempts: number };
  /** `today` (YYYY-MM-DD) overrides the date, for replays and tests. */
  'notifications.reminder-scan': { today?: string };
  /** Queues again the PENDING emails whose claim ran out (their sender or job was lost). */
  'notifications.sweep-pending': Record<string, never>;
  /** Clears what has been kept for its retention period (`RETENTION_RULES` in `@chn/core`). */
  'data-protection.retention-purge': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export const JOB_QUEUE: { [N in JobName]: QueueName } = {
  'identity.purge-login-attempts': QueueName.MAINTENANCE,
  'opportunities.close-ended': QueueName.MAINTENANCE,
  'notifications.events': QueueName.NOTIFICATIONS,
  'notifications.send-email': QueueName.NOTIFICATIONS,
  'notifications.reminder-scan': QueueName.MAINTENANCE,
  'notifications.sweep-pending': QueueName.MAINTENANCE,
  'data-protection.retention-purge': QueueName.MAINTENANCE,
};

/** Sensible defaults for every job: a few tries with backoff, completed jobs trimmed, failures kept. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential' as const, delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};
