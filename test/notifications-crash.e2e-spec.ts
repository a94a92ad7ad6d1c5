import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { JobQueue, QueueName } from '@chn/queue';
import { SmtpSink, startWorkerProcess, TestApp, TestProcess } from '@chn/testing';
import {
  adviserWithAccount,
  everyEmail,
  FAST_NOTIFICATIONS,
  untilEmailsSettled,
} from './notifications.fixtures';

const EMAILS = 130;
const MAIL_FROM = 'Careers Hub Network <no-reply@crash.careershub.test>';

/**
 * A worker process killed (SIGKILL) in the middle of a burst of emails, then started again:
 * every email arrives, each under its one Message-ID, and only an email the dead worker held
 * unrecorded is sent again, after its claim ran out.
 */
describe('email delivery across a worker crash (e2e)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  const workers: TestProcess[] = [];

  beforeAll(async () => {
    // A provider taking 30 ms to answer each email spreads the burst over about a second.
    sink = await SmtpSink.start({ parse: false, answerDelayMs: 30 });
    t = await TestApp.start({
      ...FAST_NOTIFICATIONS,
      SMTP_URL: sink.url,
      MAIL_FROM,
      EMAIL_CLAIM_SECONDS: '3',
      EMAIL_SWEEP_SECONDS: '1',
    });
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    await t.stop();
    await sink.stop();
  });

  it('sends every email, each under one stable Message-ID, sending again only claims that ran out', async () => {
    const db = t.get(DataSource);
    const hubId = (await t.createHub('CRS')).id;
    const staff = await t.signedIn(Role.HUB_STAFF, hubId);
    const { adviserId } = await adviserWithAccount(t, staff, hubId);
    const first = await startWorkerProcess();
    workers.push(first);
    await db.query(
      `INSERT INTO domain_events (hub_id, type, aggregate_type, aggregate_id, payload)
       SELECT $1, 'adviser.approved', 'adviser', $2, jsonb_build_object('n', n)
       FROM generate_series(1, $3) n`,
      [hubId, adviserId, EMAILS],
    );
    await sink.waitFor(20, 45_000);
    await first.stop('SIGKILL');
    const jobsOfTheDead = await t.get(JobQueue).queue(QueueName.NOTIFICATIONS).getActive();

    const emails = async () =>
      (await db.query(
        `SELECT id, status, attempts, claimed_until, sent_at FROM notifications
         WHERE channel = 'EMAIL' ORDER BY id`,
      )) as {
        id: string;
        status: string;
        attempts: number;
        claimed_until: Date | null;
        sent_at: Date | null;
      }[];
    const atCrash = await emails();
    expect(atCrash).toHaveLength(EMAILS);
    // The crash came mid-burst: some emails sent, others not yet.
    expect(atCrash.filter((e) => e.status === 'SENT').length).toBeLessThan(EMAILS);
    const heldByTheDead = atCrash.filter((e) => e.status === 'PENDING' && e.attempts > 0);

    workers.push(await startWorkerProcess());
    await untilEmailsSettled(t, everyEmail, {
      timeoutMs: 45_000,
      heldByTheDead: new Set(jobsOfTheDead.map((job) => job.id!)),
    });
    expect((await emails()).every((e) => e.status === 'SENT')).toBe(true);

    const ids = (await emails()).map((e) => e.id);
    const messageIdOf = (id: string) => `<${id}@crash.careershub.test>`;
    // 0 lost, 0 duplicates by Message-ID: one Message-ID per email, each that email's own.
    expect(new Set(sink.messageIds)).toEqual(new Set(ids.map(messageIdOf)));
    expect(sink.messageIds.length).toBeGreaterThanOrEqual(EMAILS);
    // A Message-ID that came twice is an email the dead worker claimed but had not marked SENT.
    const seen = new Map<string, number>();
    sink.messageIds.forEach((id) => seen.set(id, (seen.get(id) ?? 0) + 1));
    const again = [...seen].filter(([, count]) => count > 1).map(([id]) => id);
    expect(again.every((m) => heldByTheDead.some((e) => messageIdOf(e.id) === m))).toBe(true);
    expect([...seen.values()].every((count) => count <= 2)).toBe(true);
    // ... and went out again only once its claim ran out.
    const after = new Map((await emails()).map((e) => [e.id, e]));
    for (const held of heldByTheDead) {
      expect(after.get(held.id)!.sent_at!.getTime()).toBeGreaterThanOrEqual(
        held.claimed_until!.getTime(),
      );
    }
  });
});
