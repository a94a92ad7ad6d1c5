import { Role } from '@chn/core';
import { GraphqlClient, TestApp } from '@chn/testing';
import { countRows, createEmployer, opportunityInput } from './opportunities.fixtures';

/** Every table a refused mutation below might have written to. */
const TABLES = ['hubs', 'users', 'employers', 'sector_groups', 'institutions', 'advisers'];

describe('names and titles of only white space are refused (e2e)', () => {
  let t: TestApp;
  let national: GraphqlClient;
  let staff: GraphqlClient;
  let hubId: string;
  let employerId: string;

  const rowCounts = async () =>
    Promise.all(TABLES.map((table) => countRows(t, `SELECT 1 FROM ${table}`)));

  beforeAll(async () => {
    t = await TestApp.start();
    hubId = (await t.createHub('BLANK')).id;
    national = await t.signedIn(Role.HUB_ADMIN, null);
    staff = await t.signedIn(Role.HUB_ADMIN, hubId);
    employerId = await createEmployer(t, hubId, 'Named Ltd');
  });
  afterAll(() => t.stop());

  const cases: [string, () => GraphqlClient, string, () => Record<string, unknown>, string][] = [
    [
      'a hub name',
      () => national,
      'mutation ($input: CreateHubInput!) { createHub(input: $input) { id } }',
      () => ({ input: { code: 'BLANK2', name: '   ', region: 'North West' } }),
      'name',
    ],
    [
      'a user name',
      () => staff,
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      () => ({
        input: {
          email: 'blank.name@example.test',
          name: '\t ',
          role: 'HUB_STAFF',
          password: 'a long enough password',
        },
      }),
      'name',
    ],
    [
      'an employer name',
      () => staff,
      'mutation ($input: CreateEmployerInput!) { createEmployer(input: $input) { id } }',
      () => ({ input: { name: '  ', sector: 'Retail', sizeBand: 'SMALL' } }),
      'name',
    ],
    [
      'an employer renamed to spaces',
      () => staff,
      'mutation ($id: ID!, $input: UpdateEmployerInput!) { updateEmployer(id: $id, input: $input) { id } }',
      () => ({ id: employerId, input: { name: '   ' } }),
      'name',
    ],
    [
      'a sector group name',
      () => staff,
      'mutation ($input: CreateSectorGroupInput!) { createSectorGroup(input: $input) { id } }',
      () => ({ input: { name: ' \n ' } }),
      'name',
    ],
    [
      'an institution name',
      () => staff,
      'mutation ($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }',
      () => ({ input: { urn: '123456', name: '   ', type: 'MAINSTREAM' } }),
      'name',
    ],
    [
      'an adviser name',
      () => staff,
      'mutation ($input: RegisterAdviserInput!) { registerAdviser(input: $input) { id } }',
      () => ({ input: { name: '   ', email: 'blank.adviser@example.test' } }),
      'name',
    ],
    [
      'an opportunity title',
      () => staff,
      'mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
      () => ({ input: opportunityInput({ employerId, title: '   ' }) }),
      'title',
    ],
  ];

  it.each(cases)(
    'refuses %s with BAD_USER_INPUT and changes nothing',
    async (_, client, mutation, variables, field) => {
      const before = await rowCounts();
      const res = await client().request(mutation, variables());
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: expect.arrayContaining([
          expect.objectContaining({ field, messages: [`${field} must not be blank`] }),
        ]),
      });
      expect(await rowCounts()).toEqual(before);
    },
  );
});
