import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { AppConfig } from '@chn/core';
import { JobQueue } from '@chn/queue';
import { batchJobId } from './batch-job-id';

/** How long one batch may wait for Redis before the relay gives up and leaves the rows for later. */
export const RELAY_ENQUEUE_TIMEOUT_MS = 5_000;

/**
 * Moves domain events from the outbox table to the notifications queue. Each batch is locked
 * with FOR UPDATE SKIP LOCKED, enqueued as one job (its id derived from the batch's event ids)
 * and marked published in the same transaction: if Redis cannot be reached the transaction
 * rolls back and the rows wait; if the commit is lost after enqueueing, the next relay enqueues
 * the same batch again, which BullMQ ignores, or a different one, whose events already handled
 * change nothing (notifications are unique per event, recipient and channel). Any number of
 * workers can relay at once.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private running: Promise<void> | null = null;
  private stopping = false;
  private wake = new AbortController();
  /** How long one batch waits for Redis before rolling back. */
  enqueueTimeoutMs = RELAY_ENQUEUE_TIMEOUT_MS;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  /** Relays one batch; returns how many events it moved. Throws (leaving them) if Redis fails. */
  async relayBatch(): Promise<number> {
    return this.db.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT id FROM domain_events WHERE published_at IS NULL
         ORDER BY occurred_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.config.OUTBOX_BATCH_SIZE],
      )) as { id: string }[];
      if (rows.length === 0) return 0;
      const eventIds = rows.map((row) => row.id);
      await withTimeout(
        this.jobs.enqueue('notifications.events', { eventIds }, { jobId: batchJobId(eventIds) }),
        this.enqueueTimeoutMs,
      );
      await manager.query(`UPDATE domain_events SET published_at = now() WHERE id = ANY($1)`, [
        eventIds,
      ]);
      return rows.length;
    });
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.wake = new AbortController();
    this.running = this.loop();
  }

  /** Stops polling after the batch in flight. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake.abort();
    await this.running;
    this.running = null;
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      try {
        const moved = await this.relayBatch();
        if (failures > 0) this.logger.log('Outbox relay reaches the queue again');
        failures = 0;
        if (moved === this.config.OUTBOX_BATCH_SIZE) continue;
      } catch (error) {
        failures += 1;
        if (failures === 1 || failures % 30 === 0) {
          this.logger.warn(
            { err: error, failures },
            'Outbox relay failed; events wait in PostgreSQL',
          );
        }
      }
      const pause = this.config.OUTBOX_POLL_MS * Math.min(2 ** failures, 16);
      await sleep(pause, undefined, { signal: this.wake.signal }).catch(() => undefined);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer from Redis within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
