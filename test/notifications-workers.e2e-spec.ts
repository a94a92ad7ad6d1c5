import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { SmtpSink, TestApp } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import {
  adviserWithAccount,
  everyEmail,
  FAST_NOTIFICATIONS,
  untilEmailsSettled,
} from './notifications.fixtures';

const EVENTS = 500;

/**
 * Two workers, each its own Nest application context with its own PostgreSQL pool and Redis
 * connections (separate processes would need a build; the contexts share nothing else).
 */
describe('notifications with two workers (e2e)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  const workers: INestApplicationContext[] = [];

  beforeAll(async () => {
    sink = await SmtpSink.start({ parse: false });
    t = await TestApp.start({ ...FAST_NOTIFICATIONS, SMTP_URL: sink.url, OUTBOX_BATCH_SIZE: '20' });
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.close()));
    await t.stop();
    await sink.stop();
  });

  it('sends each of 500 events exactly once', async () => {
    const db = t.get(DataSource);
    const hubId = (await t.createHub('TWO')).id;
    const staff = await t.signedIn(Role.HUB_STAFF, hubId);
    const { adviserId } = await adviserWithAccount(t, staff, hubId);
    workers.push(await createWorkerApp(), await createWorkerApp());
    await db.query(
      `INSERT INTO domain_events (hub_id, type, aggregate_type, aggregate_id, payload)
       SELECT $1, 'adviser.approved', 'adviser', $2, jsonb_build_object('n', n)
       FROM generate_series(1, $3) n`,
      [hubId, adviserId, EVENTS],
    );
    await untilEmailsSettled(t, everyEmail, { timeoutMs: 180_000 });
    expect(sink.messages).toHaveLength(EVENTS);
    expect(new Set(sink.notificationIds).size).toBe(EVENTS);
    const [counts] = await db.query(
      `SELECT count(*)::int AS notifications, count(DISTINCT event_id)::int AS events,
              (SELECT count(*)::int FROM domain_events WHERE published_at IS NULL) AS unpublished
       FROM notifications WHERE channel = 'EMAIL'`,
    );
    expect(counts).toEqual({ notifications: EVENTS, events: EVENTS, unpublished: 0 });
  });
});
