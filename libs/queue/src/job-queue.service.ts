import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { JOB_QUEUE, JobName, JobPayloads, QueueName } from './queues';

/** A Redis outage repeats the same error on every reconnect: log it at most this often. */
const ERROR_LOG_INTERVAL_MS = 60_000;

/**
 * Typed, idempotent enqueueing: the same jobId enqueued twice runs once. Connection errors of
 * the queues go to the logger (an 'error' event nobody listens to is printed raw by BullMQ).
 */
@Injectable()
export class JobQueue {
  private readonly logger = new Logger(JobQueue.name);
  private readonly queues: Record<QueueName, Queue>;
  private lastErrorLog = { message: '', at: 0 };

  constructor(
    @InjectQueue(QueueName.MAINTENANCE) maintenance: Queue,
    @InjectQueue(QueueName.NOTIFICATIONS) notifications: Queue,
  ) {
    this.queues = {
      [QueueName.MAINTENANCE]: maintenance,
      [QueueName.NOTIFICATIONS]: notifications,
    };
    for (const queue of this.allQueues()) {
      queue.on('error', (error) => this.logError(queue.name, error));
    }
  }

  private logError(queue: string, error: Error): void {
    const now = Date.now();
    const last = this.lastErrorLog;
    if (error.message === last.message && now - last.at < ERROR_LOG_INTERVAL_MS) return;
    this.lastErrorLog = { message: error.message, at: now };
    this.logger.warn({ queue, err: error }, 'Queue connection error');
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }

  allQueues(): Queue[] {
    return Object.values(this.queues);
  }

  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    options: JobsOptions & { jobId: string },
  ): Promise<void> {
    await this.queues[JOB_QUEUE[name]].add(name, payload, options);
  }

  /** Many jobs of one name in one round trip; each jobId still runs once. */
  async enqueueMany<N extends JobName>(
    name: N,
    jobs: { payload: JobPayloads[N]; options: JobsOptions & { jobId: string } }[],
  ): Promise<void> {
    if (jobs.length === 0) return;
    await this.queues[JOB_QUEUE[name]].addBulk(
      jobs.map((job) => ({ name, data: job.payload, opts: job.options })),
    );
  }

  /** A repeating job, registered idempotently under its name as the scheduler id. */
  async schedule<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    repeat: { pattern: string } | { every: number },
  ): Promise<void> {
    await this.queues[JOB_QUEUE[name]].upsertJobScheduler(name, repeat, { name, data: payload });
  }

  /** Whether the repeating job `name` is registered in Redis. */
  async isScheduled(name: JobName): Promise<boolean> {
    return (await this.queues[JOB_QUEUE[name]].getJobScheduler(name)) !== undefined;
  }
}
