import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '@chn/core';
import { GraphqlClient, TestApp } from '@chn/testing';

const LCR_CSV = readFileSync(
  join(__dirname, '..', 'libs/institutions/data/lcr-establishments.csv'),
  'utf8',
);

const EVERY_SCALAR = `id urn ukprn name type typeInferred phase laCode laName town postcode pupils
  fsmPercent compassPlus eligible inHub inHubSince hubId careersLeaderId createdAt updatedAt`;

describe('query cost limit (e2e)', () => {
  let t: TestApp;
  let staff: GraphqlClient;

  beforeAll(async () => {
    t = await TestApp.start();
    const hub = await t.createHub('COST');
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    await staff.ok(
      `mutation ($csv: String!) { importInstitutions(csv: $csv, markInHub: true) { rows } }`,
      { csv: LCR_CSV },
    );
  });
  afterAll(() => t.stop());

  it('answers a page of the documented size with every scalar field, `first` as a variable', async () => {
    const page = await staff.ok<{ institutions: { totalCount: number; edges: unknown[] } }>(
      `query ($first: Int) {
        institutions(first: $first) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { ${EVERY_SCALAR} careersLeader { id name email } } }
        }
      }`,
      { first: 100 },
    );
    expect(page.institutions.edges).toHaveLength(100);
    expect(page.institutions.totalCount).toBeGreaterThan(100);
  });

  it.each([
    ['written in the query', 'query', '100', {}],
    ['given as a variable', 'query ($n: Int)', '$n', { n: 100 }],
  ])(
    'refuses lists nested 100 × 100 × 100 deep, their size %s, before running anything',
    async (_, operation, first, variables) => {
      const res = await staff.request(
        `${operation} {
          institutions(first: ${first}) { edges { node { bookings { opportunity { bookings { id } } } } } }
        }`,
        variables,
      );
      expect(res.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/^Query Cost limit of 50000 exceeded, found 10\d{5}\.$/),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      ]);
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
    },
  );
});
