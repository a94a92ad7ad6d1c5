import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig, Role } from '@chn/core';
import {
  EmailDelivery,
  NotificationFanout,
  OutboxRelay,
  PendingEmailSweep,
} from '@chn/notifications';
import { JobQueue, QueueName } from '@chn/queue';
import { SmtpSink, TestApp } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import {
  emailOf,
  emailsAbout,
  emailsWithIds,
  FAST_NOTIFICATIONS,
  matchParties,
  PROPOSE,
  proposeVariables,
  untilEmailsSettled,
} from './notifications.fixtures';
import { SignedIn } from './opportunities.fixtures';

const NOTIFICATIONS = `query ($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id kind subject body actionUrl readAt } }
  }
}`;
const MARK_READ = `mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;
const PREFERENCES = `{ notificationPreferences { kind email } }`;
const SET_PREFERENCE = `mutation ($kind: NotificationKind!, $email: Boolean!) {
  setNotificationPreference(kind: $kind, email: $email) { kind email }
}`;
const FAILED = `query ($first: Int) { failedNotifications(first: $first) {
  totalCount edges { node { id kind recipientEmail status attempts lastError } } } }`;
const RETRY = `mutation ($id: ID!) { retryNotification(id: $id) { id status attempts } }`;
const QUEUE_STATS = `{ queueStats { queue waiting active failed delayed completed } }`;

interface InboxPage {
  notifications: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        kind: string;
        subject: string;
        body: string;
        actionUrl: string;
        readAt: string | null;
      };
    }[];
  };
}

describe('notifications (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let sink: SmtpSink;
  let worker: INestApplicationContext | undefined;
  let hubId: string;
  let staff: SignedIn;
  let otherStaff: SignedIn;
  let admin: SignedIn;

  const startWorker = async () => {
    worker = await createWorkerApp();
  };
  const emailRows = (eventType: string) =>
    db.query(
      `SELECT n.recipient_email, n.status, n.attempts FROM notifications n
       JOIN domain_events e ON e.id = n.event_id
       WHERE n.channel = 'EMAIL' AND e.type = $1 ORDER BY n.recipient_email`,
      [eventType],
    ) as Promise<{ recipient_email: string; status: string; attempts: number }[]>;
  const propose = async () => {
    const parties = await matchParties(t, staff, hubId);
    const { proposeMatch } = await staff.ok<{ proposeMatch: { id: string } }>(
      PROPOSE,
      proposeVariables(parties.adviser.adviserId, parties.institutionId),
    );
    return {
      ...parties,
      matchId: proposeMatch.id,
      adviserEmail: await emailOf(t, parties.adviser.user.userId),
      leaderEmail: await emailOf(t, parties.leader.userId),
    };
  };
  const settled = (matchId: string) => untilEmailsSettled(t, emailsAbout(matchId));

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ ...FAST_NOTIFICATIONS, SMTP_URL: sink.url });
    db = t.get(DataSource);
    hubId = (await t.createHub('NTF', 'Merseyside Careers Hub')).id;
    const otherHubId = (await t.createHub('NTO')).id;
    staff = await t.signedIn(Role.HUB_STAFF, hubId);
    otherStaff = await t.signedIn(Role.HUB_STAFF, otherHubId);
    admin = await t.signedIn(Role.HUB_ADMIN, hubId);
  });
  afterAll(async () => {
    await worker?.close();
    await t.stop();
    await sink.stop();
  });

  it('keeps a proposal in the outbox while the relay cannot reach Redis, and sends it once Redis is reachable', async () => {
    const config = t.get(AppConfig);
    // Nothing listens on port 1: every command waits for a connection that never comes.
    const redis = new IORedis({ host: '127.0.0.1', port: 1, maxRetriesPerRequest: null });
    redis.on('error', () => undefined);
    const queues = Object.values(QueueName).map(
      (name) => new Queue(name, { connection: redis, prefix: config.QUEUE_PREFIX }),
    );
    const relay = new OutboxRelay(db, new JobQueue(queues[0], queues[1]), config);
    relay.enqueueTimeoutMs = 300;

    const match = await propose();
    expect(
      (await db.query('SELECT status FROM matches WHERE id = $1', [match.matchId]))[0].status,
    ).toBe('PROPOSED');
    await expect(relay.relayBatch()).rejects.toThrow(/Redis/);
    const [event] = await db.query(
      `SELECT published_at FROM domain_events WHERE aggregate_id = $1 AND type = 'match.proposed'`,
      [match.matchId],
    );
    expect(event.published_at).toBeNull();
    expect(sink.messages).toHaveLength(0);
    redis.disconnect();

    await startWorker();
    await settled(match.matchId);
    expect(sink.to(match.adviserEmail)).toHaveLength(1);
    expect(sink.to(match.leaderEmail)).toHaveLength(1);
    expect(sink.messages).toHaveLength(2);
  });

  it('tells the adviser and the careers leader about a proposed match: one email each, one in-app each', async () => {
    sink.clear();
    const match = await propose();
    await settled(match.matchId);
    expect(sink.messages).toHaveLength(2);

    const [toAdviser] = sink.to(match.adviserEmail);
    expect(toAdviser.subject).toBe(
      `Proposed match: ${match.adviser.name} with ${match.institutionName}`,
    );
    expect(toAdviser.text).toContain('Merseyside Careers Hub has proposed');
    expect(toAdviser.text).toContain(`/console/matches/${match.matchId}`);
    expect(toAdviser.html).toContain(`/console/matches/${match.matchId}`);
    expect(toAdviser.headers['list-unsubscribe']).toContain('/notifications/unsubscribe?token=');
    expect(toAdviser.from).toContain('no-reply@');
    const [toLeader] = sink.to(match.leaderEmail);
    expect(toLeader.subject).toBe(toAdviser.subject);
    expect(toLeader.text).toMatch(/^Hello CAREERS_LEADER user,/);

    for (const client of [match.adviser.user, match.leader]) {
      const { notifications } = await client.ok<InboxPage>(NOTIFICATIONS, {});
      expect(notifications.totalCount).toBe(1);
      expect(notifications.edges[0].node).toMatchObject({
        kind: 'MATCH_PROPOSED',
        subject: toAdviser.subject,
        readAt: null,
      });
      expect(notifications.edges[0].node.actionUrl).toContain(`/console/matches/${match.matchId}`);
    }
    // The proposer hears nothing about their own action.
    expect((await staff.ok<InboxPage>(NOTIFICATIONS, {})).notifications.totalCount).toBe(0);

    // The same event processed again (a duplicated or retried job) sends nothing more.
    const [event] = await db.query(
      `SELECT id FROM domain_events WHERE aggregate_id = $1 AND type = 'match.proposed'`,
      [match.matchId],
    );
    await worker!.get(NotificationFanout).handleMany({ eventIds: [event.id] });
    await settled(match.matchId);
    expect(sink.messages).toHaveLength(2);
    expect(
      (
        await db.query('SELECT count(*)::int AS n FROM notifications WHERE event_id = $1', [
          event.id,
        ])
      )[0].n,
    ).toBe(4);
  });

  it('marks only your own notifications read', async () => {
    const match = await propose();
    await settled(match.matchId);
    const mine = (await match.adviser.user.ok<InboxPage>(NOTIFICATIONS, {})).notifications.edges[0]
      .node;
    const theirs = (await match.leader.ok<InboxPage>(NOTIFICATIONS, {})).notifications.edges[0]
      .node;

    expect(
      (
        await match.adviser.user.ok<{ markNotificationsRead: number }>(MARK_READ, {
          ids: [mine.id, theirs.id],
        })
      ).markNotificationsRead,
    ).toBe(1);
    expect(
      (await match.adviser.user.ok<InboxPage>(NOTIFICATIONS, { unreadOnly: true })).notifications
        .totalCount,
    ).toBe(0);
    const leaderInbox = await match.leader.ok<InboxPage>(NOTIFICATIONS, { unreadOnly: true });
    expect(leaderInbox.notifications.edges.map((e) => e.node.id)).toEqual([theirs.id]);
    expect(
      (
        await match.adviser.user.ok<{ markNotificationsRead: number }>(MARK_READ, {
          ids: [mine.id],
        })
      ).markNotificationsRead,
    ).toBe(0);
    expect(await match.adviser.user.errorCode(MARK_READ, { ids: ['not-an-id'] })).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('respects email preferences, and the unsubscribe link turns one kind off without signing in', async () => {
    sink.clear();
    const first = await propose();
    await settled(first.matchId);
    await first.leader.ok(SET_PREFERENCE, { kind: 'MATCH_PROPOSED', email: false });
    const prefs = await first.leader.ok<{
      notificationPreferences: { kind: string; email: boolean }[];
    }>(PREFERENCES);
    expect(prefs.notificationPreferences.find((p) => p.kind === 'MATCH_PROPOSED')?.email).toBe(
      false,
    );
    expect(prefs.notificationPreferences.find((p) => p.kind === 'MATCH_ACCEPTED')?.email).toBe(
      true,
    );

    // A second institution led by the same careers leader.
    const [{ id: secondInstitution }] = await db.query(
      `INSERT INTO institutions (hub_id, urn, name, type, careers_leader_id, la_code)
       VALUES ($1, '777001', 'Wirral Sixth Form', 'POST_16', $2, '341') RETURNING id`,
      [hubId, first.leader.userId],
    );
    sink.clear();
    const { proposeMatch } = await staff.ok<{ proposeMatch: { id: string } }>(
      PROPOSE,
      proposeVariables(first.adviser.adviserId, secondInstitution),
    );
    await settled(proposeMatch.id);
    expect(sink.to(first.adviserEmail)).toHaveLength(1);
    expect(sink.to(first.leaderEmail)).toHaveLength(0);
    expect((await first.leader.ok<InboxPage>(NOTIFICATIONS, {})).notifications.totalCount).toBe(2);
    expect(
      (await emailRows('match.proposed'))
        .filter((r) => r.recipient_email === first.leaderEmail)
        .map((r) => r.status)
        .sort(),
    ).toEqual(['SENT', 'SKIPPED']);

    const link = new URL(
      sink.to(first.adviserEmail)[0].headers['list-unsubscribe'].replace(/[<>]/g, ''),
    );
    const token = link.searchParams.get('token')!;
    const page = await fetch(
      `${t.baseUrl}/notifications/unsubscribe?token=${encodeURIComponent(token)}`,
    );
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post">');
    const forged = await fetch(`${t.baseUrl}/notifications/unsubscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${encodeURIComponent(token.slice(0, -2) + 'xx')}`,
    });
    expect(forged.status).toBe(400);
    const adviserPrefs = () =>
      first.adviser.user.ok<{ notificationPreferences: { kind: string; email: boolean }[] }>(
        PREFERENCES,
      );
    expect((await adviserPrefs()).notificationPreferences.every((p) => p.email)).toBe(true);
    const done = await fetch(`${t.baseUrl}/notifications/unsubscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${encodeURIComponent(token)}`,
    });
    expect(done.status).toBe(200);
    const after = (await adviserPrefs()).notificationPreferences;
    expect(after.filter((p) => !p.email).map((p) => p.kind)).toEqual(['MATCH_PROPOSED']);
  });

  it('retries a refused email, leaves it FAILED after the last try, and retryNotification sends it once', async () => {
    sink.clear();
    sink.refuseWith(451);
    const match = await propose();
    await settled(match.matchId);
    expect(sink.messages).toHaveLength(0);
    expect(sink.refusals).toBe(6);
    const rows = await emailRows('match.proposed');
    const failed = rows.filter((r) =>
      [match.adviserEmail, match.leaderEmail].includes(r.recipient_email),
    );
    expect(failed.map((r) => [r.status, r.attempts])).toEqual([
      ['FAILED', 3],
      ['FAILED', 3],
    ]);

    const list = await staff.ok<{
      failedNotifications: {
        totalCount: number;
        edges: { node: { id: string; recipientEmail: string; lastError: string } }[];
      };
    }>(FAILED, { first: 50 });
    expect(list.failedNotifications.totalCount).toBe(2);
    expect(list.failedNotifications.edges[0].node.lastError).toContain('451');
    expect(
      (await otherStaff.ok<{ failedNotifications: { totalCount: number } }>(FAILED, {}))
        .failedNotifications.totalCount,
    ).toBe(0);
    expect(await match.adviser.user.errorCode(FAILED, {})).toBe('FORBIDDEN');

    const toAdviser = list.failedNotifications.edges.find(
      (e) => e.node.recipientEmail === match.adviserEmail,
    )!.node;
    expect(await otherStaff.errorCode(RETRY, { id: toAdviser.id })).toBe('NOT_FOUND');
    sink.refuseWith(null);
    const retried = await staff.ok<{ retryNotification: { status: string; attempts: number } }>(
      RETRY,
      { id: toAdviser.id },
    );
    expect(retried.retryNotification).toEqual({ id: toAdviser.id, status: 'PENDING', attempts: 0 });
    await settled(match.matchId);
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0].to).toEqual([match.adviserEmail]);
    const res = await staff.request(RETRY, { id: toAdviser.id });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOTIFICATION_NOT_FAILED',
    });
    expect(
      (await staff.ok<{ failedNotifications: { totalCount: number } }>(FAILED, {}))
        .failedNotifications.totalCount,
    ).toBe(1);
  });

  it('fails a permanently refused email at once, without retrying', async () => {
    sink.clear();
    sink.refuseWith(550);
    const match = await propose();
    await settled(match.matchId);
    sink.refuseWith(null);
    expect(sink.refusals).toBe(2);
    const rows = (await emailRows('match.proposed')).filter((r) =>
      [match.adviserEmail, match.leaderEmail].includes(r.recipient_email),
    );
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['FAILED', 1],
      ['FAILED', 1],
    ]);
  });

  it('shows queue figures to hub administrators only', async () => {
    const { queueStats } = await admin.ok<{
      queueStats: { queue: string; completed: number; failed: number }[];
    }>(QUEUE_STATS);
    expect(queueStats.map((q) => q.queue).sort()).toEqual(['maintenance', 'notifications']);
    expect(queueStats.find((q) => q.queue === 'notifications')!.completed).toBeGreaterThan(0);
    expect(queueStats.find((q) => q.queue === 'notifications')!.failed).toBeGreaterThan(0);
    expect(await staff.errorCode(QUEUE_STATS)).toBe('FORBIDDEN');
  });

  it('queues again, once, an email whose claim ran out or that has none, and no other', async () => {
    sink.clear();
    const eventId = randomUUID();
    const insert = async (email: string, claimedUntil: string | null) =>
      (
        (await db.query(
          `INSERT INTO notifications (hub_id, event_id, kind, channel, recipient_email, status,
             subject, body_text, attempts, claimed_until)
           VALUES ($1, $2, 'MATCH_PROPOSED', 'EMAIL', $3, 'PENDING', 'A lost email', 'Its body', 1,
             now() + $4::interval)
           RETURNING id`,
          [hubId, eventId, email, claimedUntil],
        )) as { id: string }[]
      )[0].id;
    const lapsed = await insert('lapsed.claim@example.test', '-1 second');
    const unclaimed = await insert('no.claim@example.test', null);
    const held = await insert('held.claim@example.test', '10 minutes');
    const sweep = worker!.get(PendingEmailSweep);
    const twice = await Promise.all([sweep.sweep(), sweep.sweep()]);
    expect(twice.map((run) => run.requeued).sort()).toEqual([0, 2]);
    await untilEmailsSettled(t, emailsWithIds([lapsed, unclaimed]));
    const status = async (id: string) =>
      (await db.query('SELECT status, attempts FROM notifications WHERE id = $1', [id]))[0];
    expect(sink.messages.map((m) => m.to[0]).sort()).toEqual([
      'lapsed.claim@example.test',
      'no.claim@example.test',
    ]);
    expect(sink.messages.map((m) => m.headers['message-id']).sort()).toEqual(
      [lapsed, unclaimed].map((id) => `<${id}@careershub.localhost>`).sort(),
    );
    expect(await status(lapsed)).toEqual({ status: 'SENT', attempts: 2 });
    expect(await sweep.sweep()).toEqual({ requeued: 0 });
    expect(await status(held)).toEqual({ status: 'PENDING', attempts: 1 });
    await db.query('DELETE FROM notifications WHERE event_id = $1', [eventId]);
  });

  it('sends a retry queued twice once: the second finds the try already made', async () => {
    sink.clear();
    const eventId = randomUUID();
    const [{ id }] = (await db.query(
      `INSERT INTO notifications (hub_id, event_id, kind, channel, recipient_email, status,
         subject, body_text, attempts, claimed_until)
       VALUES ($1, $2, 'MATCH_PROPOSED', 'EMAIL', 'twice@example.test', 'PENDING', 'Twice',
         'Its body', 1, now() + interval '10 minutes')
       RETURNING id`,
      [hubId, eventId],
    )) as { id: string }[];
    const delivery = worker!.get(EmailDelivery);
    const runs = await Promise.all([
      delivery.send({ notificationId: id, attempts: 1 }),
      delivery.send({ notificationId: id, attempts: 1 }),
    ]);
    expect(runs.map((run) => run.sent).sort()).toEqual([false, true]);
    expect(await delivery.send({ notificationId: id, attempts: 1 })).toEqual({ sent: false });
    await untilEmailsSettled(t, emailsWithIds([id]));
    expect(sink.messages).toHaveLength(1);
    await db.query('DELETE FROM notifications WHERE event_id = $1', [eventId]);
  });
});
