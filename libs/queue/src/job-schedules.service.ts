import { Injectable, Logger } from '@nestjs/common';
import { JobQueue } from './job-queue.service';
import { ScheduledJob } from './job-handler.registry';
import { JOB_QUEUE } from './queues';

/** How often the worker checks that every repeating job is still registered. */
export const SCHEDULE_CHECK_MS = 60_000;

/**
 * Keeps the repeating jobs registered in Redis. They live only there: a Redis restarted empty
 * (or flushed) forgets them, and with them the sweep and the daily scans. So they are
 * registered at start, registered again whenever a queue's connection to Redis comes back, and
 * checked every minute; registering is idempotent (a scheduler per job name). A repeating job
 * no handler declares any more (retired by a release) is removed at the same times, so it stops
 * firing with nobody to run it.
 */
@Injectable()
export class JobSchedules {
  private readonly logger = new Logger(JobSchedules.name);
  private scheduled: ScheduledJob[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly detach: (() => void)[] = [];
  private restoring: Promise<string[]> | null = null;
  checkEveryMs = SCHEDULE_CHECK_MS;

  constructor(private readonly jobs: JobQueue) {}

  async keep(scheduled: ScheduledJob[]): Promise<void> {
    this.scheduled = scheduled;
    for (const { name, schedule } of scheduled) {
      await this.jobs.schedule(name, schedule.payload, schedule.repeat);
    }
    await this.removeRetired();
    for (const queueName of new Set(scheduled.map(({ name }) => JOB_QUEUE[name]))) {
      // The queue's backend says 'ready' each time its Redis connection is (re)established.
      const backend = this.jobs.queue(queueName).getBackend();
      const onReady = () => void this.restore();
      backend.on('ready', onReady);
      this.detach.push(() => backend.off('ready', onReady));
    }
    this.timer = setInterval(() => void this.restore(), this.checkEveryMs);
    this.timer.unref();
  }

  /** Registers again the repeating jobs Redis lost; returns their names. Never throws. */
  restore(): Promise<string[]> {
    this.restoring ??= this.registerMissing()
      .catch((error: unknown) => {
        this.logger.warn({ err: error }, 'Repeating jobs not checked; Redis unreachable?');
        return [];
      })
      .finally(() => (this.restoring = null));
    return this.restoring;
  }

  stop(): void {
    clearInterval(this.timer);
    this.detach.splice(0).forEach((detach) => detach());
  }

  private async registerMissing(): Promise<string[]> {
    const restored: string[] = [];
    for (const { name, schedule } of this.scheduled) {
      if (await this.jobs.isScheduled(name)) continue;
      await this.jobs.schedule(name, schedule.payload, schedule.repeat);
      restored.push(name);
    }
    if (restored.length > 0) {
      this.logger.warn({ jobs: restored }, 'Repeating jobs lost by Redis registered again');
    }
    await this.removeRetired();
    return restored;
  }

  private async removeRetired(): Promise<void> {
    const declared = new Set<string>(this.scheduled.map(({ name }) => name));
    const retired: string[] = [];
    for (const queue of this.jobs.allQueues()) {
      for (const { key } of await queue.getJobSchedulers()) {
        if (declared.has(key)) continue;
        await queue.removeJobScheduler(key);
        retired.push(key);
      }
    }
    if (retired.length > 0) {
      this.logger.warn({ jobs: retired }, 'Repeating jobs no handler declares removed');
    }
  }
}
