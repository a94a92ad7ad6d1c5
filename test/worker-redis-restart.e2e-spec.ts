import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { JobQueue } from '@chn/queue';
import { RedisServer, SmtpSink, TestApp, waitUntil } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import {
  adviserWithAccount,
  everyEmail,
  FAST_NOTIFICATIONS,
  untilEmailsSettled,
} from './notifications.fixtures';

const EMAILS = 20;

/**
 * The worker's Redis (a server of this test's own) restarted empty while emails wait for their
 * retry jobs: the worker registers its repeating jobs again by itself, and the sweep sends
 * every email whose retry was lost, without a worker restart.
 */
describe('worker with a Redis restarted empty (e2e)', () => {
  let redis: RedisServer;
  let sink: SmtpSink;
  let t: TestApp;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    redis = await RedisServer.start();
    sink = await SmtpSink.start({ parse: false });
    t = await TestApp.start({
      ...FAST_NOTIFICATIONS,
      REDIS_URL: redis.url,
      SMTP_URL: sink.url,
      EMAIL_RETRY_DELAY_MS: '2000',
      EMAIL_CLAIM_SECONDS: '2',
      EMAIL_SWEEP_SECONDS: '2',
    });
  });
  afterAll(async () => {
    await worker?.close();
    await t.stop();
    await sink.stop();
    await redis.stop();
  });

  it('registers the repeating jobs again, and the sweep sends every email whose retry was lost', async () => {
    const db = t.get(DataSource);
    const hubId = (await t.createHub('RDS')).id;
    const staff = await t.signedIn(Role.HUB_STAFF, hubId);
    const { adviserId } = await adviserWithAccount(t, staff, hubId);
    worker = await createWorkerApp();
    const jobs = worker.get(JobQueue);
    const repeating = [
      'identity.purge-login-attempts',
      'notifications.reminder-scan',
      'notifications.sweep-pending',
    ] as const;
    const scheduled = async () =>
      (await Promise.all(repeating.map((name) => jobs.isScheduled(name)))).every(Boolean);
    expect(await scheduled()).toBe(true);

    sink.refuseWith(451);
    await db.query(
      `INSERT INTO domain_events (hub_id, type, aggregate_type, aggregate_id, payload)
       SELECT $1, 'adviser.approved', 'adviser', $2, jsonb_build_object('n', n)
       FROM generate_series(1, $3) n`,
      [hubId, adviserId, EMAILS],
    );
    const waiting = async () =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM notifications
           WHERE channel = 'EMAIL' AND status = 'PENDING' AND attempts = 1 AND last_error IS NOT NULL`,
        )
      )[0].n as number;
    await waitUntil(async () => (await waiting()) === EMAILS, 'every email waits for a retry');

    await redis.restartEmpty();
    sink.refuseWith(null);

    await waitUntil(scheduled, 'the repeating jobs are registered again', 20_000, 100);
    await untilEmailsSettled(t, everyEmail, { timeoutMs: 30_000 });
    expect(
      (
        await db.query(
          `SELECT count(*)::int AS n FROM notifications WHERE channel = 'EMAIL' AND status = 'SENT'`,
        )
      )[0].n,
    ).toBe(EMAILS);
    expect(sink.messageIds).toHaveLength(EMAILS);
    expect(new Set(sink.messageIds).size).toBe(EMAILS);
  });
});
