import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { AppConfig } from '@chn/core';
import {
  Handler,
  JOB_QUEUE,
  JobHandlerRegistry,
  JobName,
  JobQueue,
  QueueName,
  redisConnectionOptions,
} from '@chn/queue';

/**
 * Runs one BullMQ worker per queue that has jobs, dispatching each job to its one handler.
 * On shutdown it stops taking jobs and waits for the ones in flight to finish.
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly workers: Worker[] = [];

  constructor(
    private readonly config: AppConfig,
    private readonly registry: JobHandlerRegistry,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const handlers = this.registry.discover();
    const queues = new Set(Object.values(JOB_QUEUE));
    for (const queue of queues) {
      this.workers.push(this.startWorker(queue, handlers));
    }
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
    await this.jobs.schedule(
      'identity.purge-login-attempts',
      { olderThanHours: 24 },
      { pattern: '17 * * * *' },
    );
    await this.jobs.schedule('matching.daily-scan', {}, { pattern: '5 6 * * *' });
    await this.jobs.schedule('opportunities.close-ended', {}, { pattern: '1 0 * * *' });
    await this.jobs.schedule(
      'notifications.reminder-scan',
      {},
      { pattern: this.config.REMINDER_SCAN_CRON },
    );
    await this.jobs.schedule('notifications.sweep-pending', {}, { pattern: '*/5 * * * *' });
    this.logger.log({ queues: [...queues] }, 'Worker ready');
  }

  /** Before any provider closes its resources (mail transport, database), so jobs in flight finish. */
  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.logger.log({ signal }, 'Worker stopping: finishing jobs in flight');
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.logger.log('Worker stopped');
  }

  private startWorker(queue: QueueName, handlers: Map<JobName, Handler>): Worker {
    const worker = new Worker(
      queue,
      async (job: Job) => {
        const handler = handlers.get(job.name as JobName);
        if (!handler) throw new Error(`No handler for job ${job.name}`);
        return handler(job.data, job.id ?? job.name);
      },
      {
        connection: redisConnectionOptions(this.config.REDIS_URL),
        prefix: this.config.QUEUE_PREFIX,
        concurrency: this.config.WORKER_CONCURRENCY,
      },
    );
    worker.on('failed', (job, error) =>
      this.logger.warn(
        { queue, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade, err: error },
        'Job failed',
      ),
    );
    worker.on('error', (error) => this.logger.error({ queue, err: error }, 'Worker error'));
    return worker;
  }
}
