import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { GraphqlClient, TestApp } from '@chn/testing';

const REGISTER = `mutation ($input: RegisterAdviserInput!) { registerAdviser(input: $input) { id } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateAdviserInput!) { updateAdviser(id: $id, input: $input) { id } }`;
const EXPORT = `query ($id: ID!) { exportAdviserData(adviserId: $id) }`;
const ERASE = `mutation ($id: ID!) { eraseAdviser(adviserId: $id) { id name email phone status erasedAt hasAccount } }`;
const ONE = `query ($id: ID!) { adviser(id: $id) { id name email } }`;

interface ExportDocument {
  adviser: Record<string, unknown>;
  account: { email: string } | null;
  auditTrail: { action: string; changes: Record<string, unknown> }[];
}

const EMAIL = 'erin.private@example.test';
const PHONE = '07700 900777';
const NAME = 'Erin Private';

describe('advisers: data protection (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let hub: HubEntity;
  let admin: GraphqlClient;
  let staff: GraphqlClient;
  let erin: GraphqlClient & { userId: string };
  let erinId: string;
  let otherId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.get(DataSource);
    hub = await t.createHub('DPA');
    admin = await t.signedIn(Role.HUB_ADMIN, hub.id);
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    erin = await t.signedIn(Role.ADVISER, hub.id, EMAIL);
    erinId = (
      await erin.ok<{ registerAdviser: { id: string } }>(REGISTER, {
        input: { name: NAME, phone: PHONE, availabilityNote: 'Mondays, ring after 5' },
      })
    ).registerAdviser.id;
    await staff.ok(`mutation ($id: ID!) { approveAdviser(id: $id) { id } }`, { id: erinId });
    await staff.ok(UPDATE, {
      id: erinId,
      input: { jobTitle: 'Payroll Manager', sectors: ['Finance'], maxAgile: 3 },
    });
    await erin.ok(UPDATE, { id: erinId, input: { phone: '07700 900778' } });
    await erin.ok(UPDATE, { id: erinId, input: { phone: PHONE } });
    otherId = (
      await staff.ok<{ registerAdviser: { id: string } }>(REGISTER, {
        input: { name: 'Olly Other', email: 'olly@example.test' },
      })
    ).registerAdviser.id;
  });
  afterAll(() => t.stop());

  it('gives the adviser everything held about them: the record and its audit trail', async () => {
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
    const everything = JSON.stringify(await db.query('SELECT * FROM audit_log'));
    for (const secret of [EMAIL, PHONE, NAME, '07700 900778', 'Payroll Manager', 'ring after 5']) {
      expect(everything).not.toContain(secret);
    }
    expect(entries[2].changes).toEqual({
      jobTitle: 'erased',
      sectors: { from: [], to: ['Finance'] },
      maxAgile: { from: 2, to: 3 },
    });
    const events = JSON.stringify(await db.query('SELECT * FROM domain_events'));
    expect(events).not.toContain(EMAIL);
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

  it('unlinks the sign-in, so it no longer reaches the record and may register afresh', async () => {
    expect(await erin.errorCode(ONE, { id: erinId })).toBe('NOT_FOUND');
    const again = await erin.ok<{ registerAdviser: { id: string } }>(REGISTER, {
      input: { name: 'Erin Returns' },
    });
    expect(again.registerAdviser.id).not.toBe(erinId);
    const { adviser } = await admin.ok<{ adviser: { email: string } }>(ONE, {
      id: again.registerAdviser.id,
    });
    expect(adviser.email).toBe(EMAIL);
  });
});
