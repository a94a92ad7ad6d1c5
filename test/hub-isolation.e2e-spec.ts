import { Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { InstitutionType, InstitutionsService } from '@chn/institutions';
import { GraphqlClient, TestApp } from '@chn/testing';

/**
 * A hub's users never read or change another hub's rows, through any query or mutation.
 * Each case asks hub A's staff for something of hub B's and expects nothing back.
 */
describe('hub isolation (e2e)', () => {
  let t: TestApp;
  let hubA: HubEntity;
  let hubB: HubEntity;
  let staffA: GraphqlClient;
  let adminA: GraphqlClient;
  let adminB: GraphqlClient & { userId: string };
  let national: GraphqlClient;
  let schoolB: string;

  beforeAll(async () => {
    t = await TestApp.start();
    hubA = await t.createHub('HUBA');
    hubB = await t.createHub('HUBB');
    staffA = await t.signedIn(Role.HUB_STAFF, hubA.id);
    adminA = await t.signedIn(Role.HUB_ADMIN, hubA.id);
    adminB = await t.signedIn(Role.HUB_ADMIN, hubB.id);
    national = await t.signedIn(Role.HUB_ADMIN, null);
    const institutions = t.get(InstitutionsService);
    const actorB = { userId: adminB.userId, role: Role.HUB_ADMIN, hubId: hubB.id };
    schoolB = (
      await institutions.create(actorB, {
        urn: '200001',
        name: 'Hub B School',
        type: InstitutionType.MAINSTREAM,
      })
    ).id;
    await institutions.create(
      { userId: 'x', role: Role.HUB_ADMIN, hubId: hubA.id },
      { urn: '100001', name: 'Hub A School', type: InstitutionType.MAINSTREAM },
    );
  });
  afterAll(() => t.stop());

  it('lists only the own hub’s institutions, and refuses to filter on another hub', async () => {
    const res = await staffA.ok<{
      institutions: { totalCount: number; edges: { node: { name: string } }[] };
    }>('{ institutions { totalCount edges { node { name } } } }');
    expect(res.institutions.edges.map((e) => e.node.name)).toEqual(['Hub A School']);
    expect(
      await staffA.errorCode(
        'query ($h: ID) { institutions(filter: { hubId: $h }) { totalCount } }',
        { h: hubB.id },
      ),
    ).toBe('FORBIDDEN');
    const search = await staffA.ok<{ institutions: { totalCount: number } }>(
      '{ institutions(filter: { search: "200001" }) { totalCount } }',
    );
    expect(search.institutions.totalCount).toBe(0);
  });

  it('does not reveal another hub’s institution by id', async () => {
    expect(
      await staffA.errorCode('query ($id: ID!) { institution(id: $id) { name } }', { id: schoolB }),
    ).toBe('NOT_FOUND');
  });

  it('does not let one hub change another hub’s institution', async () => {
    expect(
      await staffA.errorCode(
        'mutation ($id: ID!) { updateInstitution(id: $id, input: { name: "Taken over" }) { name } }',
        { id: schoolB },
      ),
    ).toBe('NOT_FOUND');
    expect(
      await staffA.errorCode(
        'mutation ($id: ID!) { setInstitutionHubStatus(id: $id, eligible: false, inHub: false) { inHub } }',
        { id: schoolB },
      ),
    ).toBe('NOT_FOUND');
    expect(
      await staffA.errorCode(
        'mutation ($h: ID) { createInstitution(input: { urn: "300001", name: "Sneaky", type: AP, hubId: $h }) { id } }',
        { h: hubB.id },
      ),
    ).toBe('FORBIDDEN');
    expect(
      await staffA.errorCode(
        'mutation ($h: ID) { importInstitutions(csv: "urn,name,phase\\n300002,Sneaky,Secondary", hubId: $h) { created } }',
        { h: hubB.id },
      ),
    ).toBe('FORBIDDEN');
    const { institution } = await adminB.ok<{ institution: { name: string } }>(
      'query ($id: ID!) { institution(id: $id) { name } }',
      { id: schoolB },
    );
    expect(institution.name).toBe('Hub B School');
  });

  it('keeps users and hubs to the own hub', async () => {
    const users = await adminA.ok<{ users: { edges: { node: { hubId: string } }[] } }>(
      '{ users(first: 100) { edges { node { hubId } } } }',
    );
    expect(users.users.edges.every((e) => e.node.hubId === hubA.id)).toBe(true);
    expect(
      await adminA.errorCode('query ($id: ID!) { user(id: $id) { email } }', { id: adminB.userId }),
    ).toBe('NOT_FOUND');
    expect(
      await adminA.errorCode(
        'mutation ($h: ID) { createUser(input: { email: "spy@example.test", name: "Spy", role: HUB_ADMIN, password: "long-enough-pass", hubId: $h }) { id } }',
        { h: hubB.id },
      ),
    ).toBe('FORBIDDEN');
    const hubs = await staffA.ok<{ hubs: { code: string }[] }>('{ hubs { code } }');
    expect(hubs.hubs.map((h) => h.code)).toEqual(['HUBA']);
    expect(
      await staffA.errorCode('query ($id: ID!) { hub(id: $id) { code } }', { id: hubB.id }),
    ).toBe('NOT_FOUND');
  });

  it('lets a national administrator read every hub and create hubs and their first admins', async () => {
    const all = await national.ok<{ institutions: { totalCount: number } }>(
      '{ institutions { totalCount } }',
    );
    expect(all.institutions.totalCount).toBe(2);
    const { createHub } = await national.ok<{ createHub: { id: string } }>(
      'mutation { createHub(input: { code: "GM", name: "Greater Manchester", region: "North West" }) { id } }',
    );
    const { createUser } = await national.ok<{ createUser: { hubId: string } }>(
      'mutation ($h: ID) { createUser(input: { email: "gm.admin@example.test", name: "GM Admin", role: HUB_ADMIN, password: "long-enough-pass", hubId: $h }) { hubId } }',
      { h: createHub.id },
    );
    expect(createUser.hubId).toBe(createHub.id);
    expect(
      await adminA.errorCode(
        'mutation { createHub(input: { code: "XX", name: "X", region: "X" }) { id } }',
      ),
    ).toBe('FORBIDDEN');
    expect(
      await national.errorCode(
        'mutation { createHub(input: { code: "GM", name: "Again", region: "NW" }) { id } }',
      ),
    ).toBe('CONFLICT');
  });
});
