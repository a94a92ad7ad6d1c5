import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { JOB_QUEUE, JobName, JobPayloads, QueueName } from './queues';

/** Typed, idempotent enqueueing: the same jobId enqueued twice runs once. */
@Injectable()
export class JobQueue {
  private readonly queues: Record<QueueName, Queue>;

  constructor(
    @InjectQueue(QueueName.MAINTENANCE) maintenance: Queue,
    @InjectQueue(QueueName.NOTIFICATIONS) notifications: Queue,
    @InjectQueue(QueueName.IMPORTS) imports: Queue,
  ) {
    this.queues = {
      [QueueName.MAINTENANCE]: maintenance,
      [QueueName.NOTIFICATIONS]: notifications,
      [QueueName.IMPORTS]: imports,
    };
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

  /** A repeating job, registered idempotently under a stable scheduler id. */
  async schedule<N extends JobName>(name: N, payload: JobPayloads[N], every: { pattern: string }) {
    await this.queues[JOB_QUEUE[name]].upsertJobScheduler(name, every, { name, data: payload });
  }
}
