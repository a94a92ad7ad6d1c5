import { Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { GraphqlClient, TestApp } from '@chn/testing';

const READ_INSTITUTIONS = '{ institutions { totalCount } }';
const CREATE_INSTITUTION = (urn: string) =>
  `mutation { createInstitution(input: { urn: "${urn}", name: "School ${urn}", type: MAINSTREAM }) { id } }`;
const LIST_USERS = '{ users { totalCount } }';

/** What each role may do, as DESIGN.md sets out: every row of this table is asserted. */
const MATRIX: {
  role: Role;
  readInstitutions: boolean;
  writeInstitutions: boolean;
  listUsers: boolean;
}[] = [
  { role: Role.HUB_ADMIN, readInstitutions: true, writeInstitutions: true, listUsers: true },
  { role: Role.HUB_STAFF, readInstitutions: true, writeInstitutions: true, listUsers: false },
  { role: Role.EMPLOYER, readInstitutions: true, writeInstitutions: false, listUsers: false },
  { role: Role.ADVISER, readInstitutions: true, writeInstitutions: false, listUsers: false },
  { role: Role.CAREERS_LEADER, readInstitutions: true, writeInstitutions: false, listUsers: false },
  { role: Role.VIEWER, readInstitutions: true, writeInstitutions: false, listUsers: false },
];

describe('role access (e2e)', () => {
  let t: TestApp;
  let hub: HubEntity;
  const clients = new Map<Role, GraphqlClient>();

  beforeAll(async () => {
    t = await TestApp.start();
    hub = await t.createHub('ROLES');
    for (const { role } of MATRIX) clients.set(role, await t.signedIn(role, hub.id));
  });
  afterAll(() => t.stop());

  const outcome = async (client: GraphqlClient, query: string) => {
    const res = await client.request(query);
    return res.errors?.length ? res.errors[0].extensions?.code : 'OK';
  };

  it.each(MATRIX.map((row, index) => ({ ...row, index })))(
    '$role: read institutions $readInstitutions, write $writeInstitutions, list users $listUsers',
    async ({ role, readInstitutions, writeInstitutions, listUsers, index }) => {
      const client = clients.get(role)!;
      expect(await outcome(client, READ_INSTITUTIONS)).toBe(readInstitutions ? 'OK' : 'FORBIDDEN');
      expect(await outcome(client, CREATE_INSTITUTION(`70000${index}`))).toBe(
        writeInstitutions ? 'OK' : 'FORBIDDEN',
      );
      expect(await outcome(client, LIST_USERS)).toBe(listUsers ? 'OK' : 'FORBIDDEN');
    },
  );

  it('refuses everything but sign-in to an anonymous caller', async () => {
    expect(await outcome(t.client, READ_INSTITUTIONS)).toBe('UNAUTHENTICATED');
    expect(await outcome(t.client, CREATE_INSTITUTION('710000'))).toBe('UNAUTHENTICATED');
    expect(await outcome(t.client, '{ hubs { code } }')).toBe('UNAUTHENTICATED');
  });

  it('created exactly the institutions the writers were allowed to create', async () => {
    const admin = clients.get(Role.HUB_ADMIN)!;
    const { institutions } = await admin.ok<{ institutions: { totalCount: number } }>(
      READ_INSTITUTIONS,
    );
    expect(institutions.totalCount).toBe(MATRIX.filter((row) => row.writeInstitutions).length);
  });
});
