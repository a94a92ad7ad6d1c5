import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { JobQueue, QueueName } from '@chn/queue';
import { GraphqlClient, queueIdle, SmtpSink, TestApp, waitUntil } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import { ledInstitution, SignedIn } from './opportunities.fixtures';

const REGISTER_ADVISER = `mutation ($input: RegisterAdviserInput!) { registerAdviser(input: $input) { id } }`;
export const PROPOSE = `mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }`;

let counter = 0;
const isoDaysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** An eligible adviser with their own account, reaching Liverpool (341) as fixture institutions are in it; returns the adviser id and their signed-in client. */
export async function adviserWithAccount(
  t: TestApp,
  staff: GraphqlClient,
  hubId: string,
  name = `Ada Adviser ${++counter}`,
): Promise<{ adviserId: string; user: SignedIn; name: string }> {
  const user = await t.signedIn(Role.ADVISER, hubId);
  const email = (
    await t.get(DataSource).query('SELECT email FROM users WHERE id = $1', [user.userId])
  )[0].email as string;
  const { registerAdviser } = await staff.ok<{ registerAdviser: { id: string } }>(
    REGISTER_ADVISER,
    {
      input: {
        name,
        email,
        userId: user.userId,
        status: 'ACTIVE',
        inductionCompletedOn: isoDaysAgo(100),
        dbsCheckedOn: isoDaysAgo(200),
        maxOneToOne: 5,
        maxAgile: 5,
        localAuthorityCodes: ['341'],
      },
    },
  );
  return { adviserId: registerAdviser.id, user, name };
}

/** An adviser and an institution with its careers leader, ready to be matched. */
export async function matchParties(t: TestApp, staff: GraphqlClient, hubId: string) {
  const adviser = await adviserWithAccount(t, staff, hubId);
  const institutionName = `Mersey Academy ${++counter}`;
  const { leader, institutionId } = await ledInstitution(t, hubId, { name: institutionName });
  return { adviser, leader, institutionId, institutionName };
}

export async function emailOf(t: TestApp, userId: string): Promise<string> {
  return (await t.get(DataSource).query('SELECT email FROM users WHERE id = $1', [userId]))[0]
    .email as string;
}

export function proposeVariables(adviserId: string, institutionId: string) {
  return {
    input: {
      adviserId,
      institutionId,
      type: 'AGILE',
      startsOn: isoDaysAgo(1),
      focus: 'Mock interviews for Year 11',
    },
  };
}

/** Settings that keep the suites fast: quick polling, short backoff, few tries. */
export const FAST_NOTIFICATIONS = {
  OUTBOX_POLL_MS: '50',
  EMAIL_RETRY_DELAY_MS: '50',
  EMAIL_MAX_ATTEMPTS: '3',
  WORKER_CONCURRENCY: '5',
};

/**
 * The API and a worker that send email to an SMTP sink of the test's own (invitations, resets,
 * notifications), with FAST_NOTIFICATIONS and `env` on top.
 */
export class AppWithMail {
  private constructor(
    readonly t: TestApp,
    readonly sink: SmtpSink,
    private readonly worker: INestApplicationContext,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<AppWithMail> {
    const sink = await SmtpSink.start();
    const t = await TestApp.start({ ...FAST_NOTIFICATIONS, SMTP_URL: sink.url, ...env });
    return new AppWithMail(t, sink, await createWorkerApp());
  }

  /** The first email to `address`, once it has come. */
  firstTo(address: string) {
    return waitUntil(() => this.sink.to(address)[0], `an email reaches ${address}`);
  }

  async stop(): Promise<void> {
    await this.worker.close();
    await this.t.stop();
    await this.sink.stop();
  }
}

/** The emails a test waits for: a condition on `notifications n`, with its parameters. */
export interface EmailScope {
  where: string;
  params?: unknown[];
}
export const everyEmail: EmailScope = { where: 'TRUE' };
export const emailsAbout = (aggregateId: string): EmailScope => ({
  where: 'n.event_id IN (SELECT id FROM domain_events WHERE aggregate_id = $1)',
  params: [aggregateId],
});
export const emailsWithIds = (ids: string[]): EmailScope => ({
  where: 'n.id = ANY($1)',
  params: [ids],
});

/**
 * Waits until no email can still come: every outbox event relayed, every email of `scope`
 * SENT, FAILED or SKIPPED, and every job on the notifications queue run (a duplicated job, a
 * retry, a re-send would be one). The SMTP sink answers only once it holds a message, so what
 * it counts afterwards is final.
 */
export async function untilEmailsSettled(
  t: TestApp,
  scope: EmailScope,
  options: { timeoutMs?: number; heldByTheDead?: ReadonlySet<string> } = {},
): Promise<void> {
  const db = t.get(DataSource);
  const queue = t.get(JobQueue).queue(QueueName.NOTIFICATIONS);
  await waitUntil(
    async () => {
      const [row] = (await db.query(
        `SELECT (SELECT count(*)::int FROM domain_events WHERE published_at IS NULL) AS unrelayed,
                count(*)::int AS emails,
                count(*) FILTER (WHERE n.status = 'PENDING')::int AS pending
         FROM notifications n WHERE n.channel = 'EMAIL' AND (${scope.where})`,
        scope.params ?? [],
      )) as { unrelayed: number; emails: number; pending: number }[];
      return (
        row.unrelayed === 0 &&
        row.emails > 0 &&
        row.pending === 0 &&
        (await queueIdle(queue, options.heldByTheDead))
      );
    },
    'every email is settled and no job that could send one is left',
    options.timeoutMs,
    100,
  );
}

/** A notification in a user's console inbox. */
export type Notice = { kind: string; subject: string; body: string };

const INBOX = `{ notifications(first: 50) { edges { node { kind subject body } } } }`;

/** Waits until `client`'s inbox holds a notification of `kind` whose subject or body has `text`. */
export function inboxNotice(client: GraphqlClient, kind: string, text: string): Promise<Notice> {
  return waitUntil(async () => {
    const { notifications } = await client.ok<{ notifications: { edges: { node: Notice }[] } }>(
      INBOX,
    );
    return notifications.edges
      .map((e) => e.node)
      .find((n) => n.kind === kind && `${n.subject}\n${n.body}`.includes(text));
  }, `${kind} reaches the next party`);
}
