import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import {
  findInDatabase,
  GraphqlClient,
  SmtpSink,
  TEST_PASSWORD,
  TestApp,
  waitUntil,
} from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import { FAST_NOTIFICATIONS, PROPOSE } from './notifications.fixtures';
import { ledInstitution } from './opportunities.fixtures';

const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const REGISTER = `mutation ($input: RegisterAdviserInput!) { registerAdviser(input: $input) { id } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateAdviserInput!) { updateAdviser(id: $id, input: $input) { id } }`;
const EXPORT = `query ($id: ID!) { exportAdviserData(adviserId: $id) }`;
const ERASE = `mutation ($id: ID!) { eraseAdviser(adviserId: $id) { id name email phone status erasedAt hasAccount } }`;
const ONE = `query ($id: ID!) { adviser(id: $id) { id name email } }`;
const DECLINE = `mutation ($id: ID!, $reason: String!) { declineMatch(id: $id, reason: $reason) { id } }`;
const SET_PREFERENCE = `mutation { setNotificationPreference(kind: MATCH_ENDED, email: false) { kind } }`;

interface ExportDocument {
  adviser: Record<string, unknown>;
  account: { email: string } | null;
  auditTrail: { action: string; changes: Record<string, unknown> }[];
  matches: { id: string; status: string; declineReason: string | null }[];
  notifications: {
    received: { kind: string; channel: string; recipientEmail: string; subject: string }[];
    preferences: { email: string; kind: string; emailEnabled: boolean }[];
  };
}

const EMAIL = 'erin.private@example.test';
const PHONE = '07700 900777';
const NAME = 'Erin Private';
const FORMER_NAME = "Erin O'Private";
const isoDaysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe('advisers: data protection (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let sink: SmtpSink;
  let worker: INestApplicationContext | undefined;
  let hub: HubEntity;
  let admin: GraphqlClient;
  let staff: GraphqlClient;
  let erin: GraphqlClient;
  let erinUserId: string;
  let erinId: string;
  let otherId: string;
  let matchId: string;

  const createErinAccount = async () =>
    (
      await admin.ok<{ createUser: { id: string } }>(CREATE_USER, {
        input: { email: EMAIL, name: NAME, role: 'ADVISER', password: TEST_PASSWORD },
      })
    ).createUser.id;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ ...FAST_NOTIFICATIONS, SMTP_URL: sink.url });
    db = t.get(DataSource);
    hub = await t.createHub('DPA');
    admin = await t.signedIn(Role.HUB_ADMIN, hub.id);
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    erinUserId = await createErinAccount();
    expect(
      await t.client.errorCode(
        `mutation { login(email: "${EMAIL}", password: "wrong-password") { accessToken } }`,
      ),
    ).toBe('UNAUTHENTICATED');
    erin = await t.client.login(EMAIL, TEST_PASSWORD);
    erinId = (
      await erin.ok<{ registerAdviser: { id: string } }>(REGISTER, {
        input: { name: FORMER_NAME, phone: PHONE, availabilityNote: 'Mondays, ring after 5' },
      })
    ).registerAdviser.id;
    await staff.ok(`mutation ($id: ID!) { approveAdviser(id: $id) { id } }`, { id: erinId });
    await staff.ok(UPDATE, {
      id: erinId,
      input: {
        jobTitle: 'Payroll Manager',
        sectors: ['Finance'],
        localAuthorityCodes: ['341'],
        maxAgile: 3,
        inductionCompletedOn: isoDaysAgo(100),
        dbsCheckedOn: isoDaysAgo(200),
      },
    });
    await erin.ok(UPDATE, { id: erinId, input: { phone: '07700 900778', name: NAME } });
    await erin.ok(UPDATE, { id: erinId, input: { phone: PHONE } });
    await erin.ok(SET_PREFERENCE);
    const { institutionId } = await ledInstitution(t, hub.id, { name: 'Wirral Grammar' });
    matchId = (
      await staff.ok<{ proposeMatch: { id: string } }>(PROPOSE, {
        input: {
          adviserId: erinId,
          institutionId,
          type: 'AGILE',
          startsOn: isoDaysAgo(1),
          focus: `Mock interviews with ${NAME} for Year 11`,
        },
      })
    ).proposeMatch.id;
    await erin.ok(DECLINE, { id: matchId, reason: `${NAME} is away this term; write to ${EMAIL}` });
    // A meeting note naming the adviser, as on a 1-2-1 they held (written directly).
    await db.query(
      `INSERT INTO match_meetings (hub_id, match_id, met_on, benchmarks, note)
       SELECT hub_id, id, starts_on, '{8}', $2 FROM matches WHERE id = $1`,
      [matchId, `${NAME} ran mock interviews`],
    );
    otherId = (
      await staff.ok<{ registerAdviser: { id: string } }>(REGISTER, {
        input: { name: 'Olly Other', email: 'olly@example.test' },
      })
    ).registerAdviser.id;

    worker = await createWorkerApp();
    await waitUntil(async () => {
      const [row] = await db.query(
        `SELECT count(*) FILTER (WHERE e.published_at IS NULL)::int AS unpublished,
                count(*) FILTER (WHERE n.status = 'PENDING')::int AS pending
           FROM domain_events e LEFT JOIN notifications n ON n.event_id = e.id`,
      );
      const [sent] = await db.query(
        `SELECT count(*)::int AS n FROM notifications WHERE recipient_email = $1`,
        [EMAIL],
      );
      return row.unpublished === 0 && row.pending === 0 && sent.n > 0;
    }, 'every notification is out');
    await worker.close();
    worker = undefined;
  });
  afterAll(async () => {
    await worker?.close();
    await t.stop();
    await sink.stop();
  });

  it('gives the adviser everything held about them: the record, audit trail, matches and notifications', async () => {
    const { exportAdviserData } = await erin.ok<{ exportAdviserData: string }>(EXPORT, {
      id: erinId,
    });
    const document = JSON.parse(exportAdviserData) as ExportDocument;
    expect(document.adviser).toMatchObject({
      id: erinId,
      name: NAME,
      email: EMAIL,
      phone: PHONE,
      jobTitle: 'Payroll Manager',
      sectors: ['Finance'],
      maxAgile: 3,
      status: 'ACTIVE',
    });
    expect(document.account?.email).toBe(EMAIL);
    expect(document.auditTrail.map((entry) => entry.action)).toEqual([
      'created',
      'approved',
      'updated',
      'updated',
      'updated',
    ]);
    expect(document.auditTrail[3].changes.phone).toEqual({ from: PHONE, to: '07700 900778' });
    expect(document.matches).toEqual([
      expect.objectContaining({
        id: matchId,
        status: 'DECLINED',
        declineReason: `${NAME} is away this term; write to ${EMAIL}`,
        meetings: [expect.objectContaining({ note: `${NAME} ran mock interviews` })],
      }),
    ]);
    const kinds = document.notifications.received.map((n) => `${n.kind}/${n.channel}`).sort();
    expect(kinds).toEqual([
      'ADVISER_APPROVED/EMAIL',
      'ADVISER_APPROVED/IN_APP',
      'MATCH_PROPOSED/EMAIL',
      'MATCH_PROPOSED/IN_APP',
    ]);
    expect(document.notifications.received.every((n) => n.recipientEmail === EMAIL)).toBe(true);
    expect(document.notifications.preferences).toEqual([
      expect.objectContaining({ email: EMAIL, kind: 'MATCH_ENDED', emailEnabled: false }),
    ]);
  });

  it('records each export in the audit trail: who exported whose data, and when', async () => {
    const exports: { actor_user_id: string; actor_role: string }[] = await db.query(
      `SELECT actor_user_id, actor_role FROM audit_log
        WHERE entity_type = 'adviser' AND entity_id = $1 AND action = 'exported'`,
      [erinId],
    );
    expect(exports).toEqual([{ actor_user_id: erinUserId, actor_role: 'ADVISER' }]);
  });

  it('lets a hub admin export, and nobody else', async () => {
    const { exportAdviserData } = await admin.ok<{ exportAdviserData: string }>(EXPORT, {
      id: erinId,
    });
    expect((JSON.parse(exportAdviserData) as ExportDocument).adviser.email).toBe(EMAIL);
    expect(await staff.errorCode(EXPORT, { id: erinId })).toBe('FORBIDDEN');
    expect(await erin.errorCode(EXPORT, { id: otherId })).toBe('NOT_FOUND');
    const otherHub = await t.createHub('DPB');
    const otherAdmin = await t.signedIn(Role.HUB_ADMIN, otherHub.id);
    expect(await otherAdmin.errorCode(EXPORT, { id: erinId })).toBe('NOT_FOUND');
    expect(await otherAdmin.errorCode(ERASE, { id: erinId })).toBe('NOT_FOUND');
  });

  it('lets only a hub admin erase', async () => {
    expect(await staff.errorCode(ERASE, { id: erinId })).toBe('FORBIDDEN');
    expect(await erin.errorCode(ERASE, { id: erinId })).toBe('FORBIDDEN');
    expect((await db.query('SELECT erased_at FROM advisers WHERE id = $1', [erinId]))[0]).toEqual({
      erased_at: null,
    });
  });

  it('erases personal data from the record and the audit trail, keeping the anonymous row', async () => {
    const entriesBefore = (
      await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [erinId])
    )[0].n;
    const { eraseAdviser } = await admin.ok<{ eraseAdviser: Record<string, unknown> }>(ERASE, {
      id: erinId,
    });
    expect(eraseAdviser).toMatchObject({
      name: 'Erased adviser',
      email: null,
      phone: null,
      status: 'LEFT',
      hasAccount: false,
    });
    expect(eraseAdviser.erasedAt).not.toBeNull();

    const [stored] = await db.query('SELECT * FROM advisers WHERE id = $1', [erinId]);
    expect(stored).toMatchObject({
      name: 'Erased adviser',
      email: null,
      phone: null,
      job_title: null,
      availability_note: null,
      user_id: null,
      status: 'LEFT',
      sectors: ['Finance'],
      max_agile: 3,
    });
    expect(stored.erased_at).toBeInstanceOf(Date);

    const entries: { action: string; changes: Record<string, unknown> }[] = await db.query(
      `SELECT action, changes FROM audit_log WHERE entity_id = $1 ORDER BY at`,
      [erinId],
    );
    expect(entries).toHaveLength(entriesBefore + 1);
    expect(entries[entries.length - 1]).toMatchObject({
      action: 'erased',
      changes: { status: { from: 'ACTIVE', to: 'LEFT' } },
    });
    expect(entries[2].changes).toMatchObject({
      jobTitle: 'erased',
      sectors: { from: [], to: ['Finance'] },
      maxAgile: { from: 2, to: 3 },
    });
  });

  it('leaves their name, former name, address and details in no column of any table', async () => {
    const secrets = [
      EMAIL,
      NAME,
      FORMER_NAME,
      PHONE,
      '07700 900778',
      'Payroll Manager',
      'ring after 5',
    ];
    expect(await findInDatabase(db, secrets)).toEqual([]);
  });

  it('keeps what others were told and the match, with the adviser erased from their text', async () => {
    const [match] = await db.query(
      'SELECT status, focus, decline_reason FROM matches WHERE id = $1',
      [matchId],
    );
    expect(match).toEqual({
      status: 'DECLINED',
      focus: 'Mock interviews with Erased adviser for Year 11',
      decline_reason: 'Erased adviser is away this term; write to Erased adviser',
    });
    expect(
      await db.query('SELECT note FROM match_meetings WHERE match_id = $1', [matchId]),
    ).toEqual([{ note: 'Erased adviser ran mock interviews' }]);
    const told: { kind: string; subject: string }[] = await db.query(
      `SELECT kind, subject FROM notifications WHERE channel = 'EMAIL' ORDER BY kind`,
    );
    expect(told).toEqual([
      { kind: 'ADVISER_REGISTERED', subject: expect.stringContaining('Erased adviser') },
      { kind: 'MATCH_DECLINED', subject: expect.stringContaining('Erased adviser') },
      { kind: 'MATCH_PROPOSED', subject: expect.stringContaining('Erased adviser') },
    ]);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM notification_preferences');
    expect(n).toBe(0);
  });

  it('refuses to erase twice, or to change an erased adviser', async () => {
    expect(await admin.errorCode(ERASE, { id: erinId })).toBe('CONFLICT');
    expect(await staff.errorCode(UPDATE, { id: erinId, input: { name: 'Back again' } })).toBe(
      'CONFLICT',
    );
    expect(
      (
        await db.query(
          `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'erased'`,
          [erinId],
        )
      )[0].n,
    ).toBe(1);
  });

  it('deletes the sign-in at once; the address may get a new account and register afresh', async () => {
    expect(await erin.errorCode(ONE, { id: erinId })).toBe('UNAUTHENTICATED');
    const [userEntry] = await db.query(
      `SELECT action FROM audit_log WHERE entity_type = 'user' AND entity_id = $1 ORDER BY at DESC`,
      [erinUserId],
    );
    expect(userEntry).toEqual({ action: 'erased' });
    await createErinAccount();
    const again = await (
      await t.client.login(EMAIL, TEST_PASSWORD)
    ).ok<{ registerAdviser: { id: string } }>(REGISTER, { input: { name: 'Erin Returns' } });
    expect(again.registerAdviser.id).not.toBe(erinId);
    const { adviser } = await admin.ok<{ adviser: { email: string } }>(ONE, {
      id: again.registerAdviser.id,
    });
    expect(adviser.email).toBe(EMAIL);
  });
});
