import { Role } from '@chn/core';
import { GraphqlClient, TestApp } from '@chn/testing';
import { validUntil } from '../libs/matching/src/matches/adviser-eligibility';
import { adviserWithAccount } from './notifications.fixtures';
import { daysFromToday } from './opportunities.fixtures';

const MY_RECORD = `{ advisers(first: 1) { edges { node { id inductionCompletedOn dbsCheckedOn
  matchability { matchable reason explanation inductionValidUntil dbsValidUntil } } } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateAdviserInput!) { updateAdviser(id: $id, input: $input) { id } }`;

interface OwnRecord {
  inductionCompletedOn: string;
  dbsCheckedOn: string;
  matchability: {
    matchable: boolean;
    reason: string | null;
    explanation: string | null;
    inductionValidUntil: string | null;
    dbsValidUntil: string | null;
  };
}

describe('what an adviser’s induction and DBS dates allow (e2e)', () => {
  let t: TestApp;
  let staff: GraphqlClient;
  let hubId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    hubId = (await t.createHub('MAT')).id;
    staff = await t.signedIn(Role.HUB_STAFF, hubId);
  });
  afterAll(() => t.stop());

  const ownRecord = async (client: GraphqlClient) =>
    (await client.ok<{ advisers: { edges: { node: OwnRecord }[] } }>(MY_RECORD)).advisers.edges[0]
      .node;

  it('tells the adviser until when their checks count, and why they cannot be matched once one lapses', async () => {
    const { adviserId, user } = await adviserWithAccount(t, staff, hubId);
    const current = await ownRecord(user);
    expect(current.matchability).toEqual({
      matchable: true,
      reason: null,
      explanation: null,
      inductionValidUntil: validUntil(current.inductionCompletedOn, 36),
      dbsValidUntil: validUntil(current.dbsCheckedOn, 36),
    });

    const longAgo = daysFromToday(-4 * 366);
    await staff.ok(UPDATE, { id: adviserId, input: { dbsCheckedOn: longAgo } });
    const lapsed = await ownRecord(user);
    expect(lapsed.matchability).toMatchObject({
      matchable: false,
      reason: 'DBS_EXPIRED',
      dbsValidUntil: validUntil(longAgo, 36),
    });
    expect(lapsed.matchability.explanation).toContain('DBS check');
  });
});
