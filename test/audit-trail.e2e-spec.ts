import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { findInDatabase, GraphqlClient, TestApp } from '@chn/testing';
import { createInstitution } from './opportunities.fixtures';

const TRAIL = `query ($type: String, $id: ID) {
  auditTrail(entityType: $type, entityId: $id, first: 100) {
    totalCount edges { node { entityType entityId action actorUserId actorRole changes } }
  }
}`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const SET_HUB_STATUS = `mutation ($id: ID!, $eligible: Boolean!, $inHub: Boolean!, $since: String) {
  setInstitutionHubStatus(id: $id, eligible: $eligible, inHub: $inHub, since: $since) { id inHub }
}`;
const EXPORT_DASHBOARD = `{ exportDashboard(academicYear: "2024/25") }`;
const EXPORT_MATCHES = `{ exportMatches(academicYear: "2024/25") }`;

interface Entry {
  entityType: string;
  entityId: string;
  action: string;
  actorUserId: string | null;
  actorRole: string | null;
  changes: Record<string, unknown>;
}

const PASSWORD = 'a-long-secret-password';

describe('audit trail: accounts, hub status and exports (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let hubId: string;
  let admin: GraphqlClient & { userId: string };
  let staff: GraphqlClient & { userId: string };
  let otherAdmin: GraphqlClient;

  const trail = async (client: GraphqlClient, type: string, id?: string) =>
    (
      await client.ok<{ auditTrail: { totalCount: number; edges: { node: Entry }[] } }>(TRAIL, {
        type,
        id,
      })
    ).auditTrail.edges.map((edge) => edge.node);

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.get(DataSource);
    hubId = (await t.createHub('AUD')).id;
    admin = await t.signedIn(Role.HUB_ADMIN, hubId);
    staff = await t.signedIn(Role.HUB_STAFF, hubId);
    otherAdmin = await t.signedIn(Role.HUB_ADMIN, (await t.createHub('AUO')).id);
  });
  afterAll(() => t.stop());

  it('records who created a user account, with its role and hub, and never the password', async () => {
    const { createUser } = await admin.ok<{ createUser: { id: string } }>(CREATE_USER, {
      input: {
        email: 'Nia.Staff@Example.test',
        name: 'Nia Staff',
        role: 'HUB_STAFF',
        password: PASSWORD,
      },
    });
    expect(await trail(admin, 'user', createUser.id)).toEqual([
      {
        entityType: 'user',
        entityId: createUser.id,
        action: 'created',
        actorUserId: admin.userId,
        actorRole: 'HUB_ADMIN',
        changes: {
          email: { from: null, to: 'nia.staff@example.test' },
          name: { from: null, to: 'Nia Staff' },
          role: { from: null, to: 'HUB_STAFF' },
          hubId: { from: null, to: hubId },
          deactivated: { from: null, to: false },
        },
      },
    ]);
    const [{ password_hash: hash }] = await db.query(
      'SELECT password_hash FROM users WHERE id = $1',
      [createUser.id],
    );
    const leaks = await findInDatabase(db, [PASSWORD, hash]);
    expect(leaks).toEqual([{ table: 'users', column: 'password_hash', value: hash, rows: 1 }]);
    expect(await trail(otherAdmin, 'user', createUser.id)).toEqual([]);
  });

  it('records each change of an institution’s hub status, and nothing when nothing changed', async () => {
    const institutionId = await createInstitution(t, hubId, { name: 'Birkenhead High' });
    await staff.ok(SET_HUB_STATUS, {
      id: institutionId,
      eligible: true,
      inHub: true,
      since: '2024-09-01',
    });
    await staff.ok(SET_HUB_STATUS, { id: institutionId, eligible: true, inHub: true });
    await staff.ok(SET_HUB_STATUS, { id: institutionId, eligible: false, inHub: false });
    expect(
      (await trail(admin, 'institution', institutionId)).map(({ action, actorRole, changes }) => ({
        action,
        actorRole,
        changes,
      })),
    ).toEqual([
      {
        action: 'hub_status_changed',
        actorRole: 'HUB_STAFF',
        changes: { inHubSince: { from: null, to: '2024-09-01' } },
      },
      {
        action: 'hub_status_changed',
        actorRole: 'HUB_STAFF',
        changes: {
          eligible: { from: true, to: false },
          inHubSince: { from: '2024-09-01', to: null },
        },
      },
    ]);
    expect(
      await otherAdmin.errorCode(SET_HUB_STATUS, {
        id: institutionId,
        eligible: true,
        inHub: true,
      }),
    ).toBe('NOT_FOUND');
    expect(await trail(admin, 'institution', institutionId)).toHaveLength(2);
  });

  it('records who exported which report of which year', async () => {
    const viewer = await t.signedIn(Role.VIEWER, hubId);
    await viewer.ok(EXPORT_DASHBOARD);
    await staff.ok(EXPORT_MATCHES);
    const exports = await trail(admin, 'export');
    expect(exports).toEqual([
      {
        entityType: 'export',
        entityId: hubId,
        action: 'exported',
        actorUserId: viewer.userId,
        actorRole: 'VIEWER',
        changes: { report: 'dashboard', academicYear: '2024/25', via: 'api' },
      },
      {
        entityType: 'export',
        entityId: hubId,
        action: 'exported',
        actorUserId: staff.userId,
        actorRole: 'HUB_STAFF',
        changes: { report: 'matches', academicYear: '2024/25', via: 'api' },
      },
    ]);
    expect(await trail(otherAdmin, 'export')).toEqual([]);
  });
});
