import { DataSource } from 'typeorm';
import { Clock, Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { GraphqlClient, TestApp } from '@chn/testing';

const REGISTER_ADVISER = `mutation ($input: RegisterAdviserInput!) { registerAdviser(input: $input) { id } }`;
const CREATE_INSTITUTION = `mutation ($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`;
const LOG = `mutation ($input: LogMatchMeetingInput!) {
  logMatchMeeting(input: $input) { id matchId metOn benchmarks note }
}`;
const MEETINGS = `query ($matchId: ID!) { matchMeetings(matchId: $matchId) { metOn benchmarks note } }`;
const MATCH_MEETINGS = `query ($id: ID!) { match(id: $id) { id meetings { metOn benchmarks } } }`;
const REVIEW = `query ($academicYear: String) {
  matchesToReview(academicYear: $academicYear) { id reasons }
}`;

type Meeting = { metOn: string; benchmarks: number[]; note: string | null };
const TODAY = '2025-11-20';

describe('meetings on 1-2-1 matches (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let hub: HubEntity;
  let staff: GraphqlClient;
  let otherStaff: GraphqlClient;
  let adviser: GraphqlClient;
  let otherAdviser: GraphqlClient;
  let leader: GraphqlClient;
  let otherLeader: GraphqlClient;
  let viewer: GraphqlClient;
  let adviserId: string;
  let urn = 700000;
  let quiet: string;
  let ended: string;
  let agile: string;
  let proposed: string;

  const institution = async (careersLeaderId?: string) =>
    (
      await staff.ok<{ createInstitution: { id: string } }>(CREATE_INSTITUTION, {
        input: { urn: String(urn++), name: `School ${urn}`, type: 'MAINSTREAM', careersLeaderId },
      })
    ).createInstitution.id;
  const registerAdviser = async (userId: string) =>
    (
      await staff.ok<{ registerAdviser: { id: string } }>(REGISTER_ADVISER, {
        input: {
          name: `Adviser ${urn}`,
          email: `adviser.${urn++}@example.test`,
          status: 'ACTIVE',
          inductionCompletedOn: '2025-06-01',
          dbsCheckedOn: '2025-06-01',
          userId,
        },
      })
    ).registerAdviser.id;
  /** A match as it stands, written directly: some began before this academic year. */
  const match = async (
    institutionId: string,
    type: 'ONE_TO_ONE' | 'AGILE',
    status: 'PROPOSED' | 'ACTIVE' | 'ENDED',
    startsOn: string,
    endedOn: string | null = null,
  ) => {
    const [row] = await db.query(
      `INSERT INTO matches (hub_id, adviser_id, institution_id, type, status, starts_on, ends_on, ended_on, focus)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7, 'Careers programme') RETURNING id`,
      [hub.id, adviserId, institutionId, type, status, startsOn, endedOn],
    );
    return row.id as string;
  };
  const log = (client: GraphqlClient, input: Record<string, unknown>) =>
    client.request(LOG, { input: { benchmarks: [1], ...input } });
  const counts = async () =>
    (
      await db.query(
        `SELECT (SELECT count(*)::int FROM match_meetings) AS meetings,
                (SELECT count(*)::int FROM audit_log) AS audit`,
      )
    )[0];
  const refused = async (
    client: GraphqlClient,
    input: Record<string, unknown>,
    code: string,
    reason?: string,
  ) => {
    const before = await counts();
    const res = await log(client, input);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code, ...(reason ? { reason } : {}) });
    expect(await counts()).toEqual(before);
  };
  const reviewed = async () =>
    Object.fromEntries(
      (
        await staff.ok<{ matchesToReview: { id: string; reasons: string[] }[] }>(REVIEW, {
          academicYear: '2025/26',
        })
      ).matchesToReview.map((r) => [r.id, r.reasons]),
    );

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.get(DataSource);
    t.get(Clock).setToday(TODAY);
    hub = await t.createHub('MEET');
    const otherHub = await t.createHub('MEEX');
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    otherStaff = await t.signedIn(Role.HUB_STAFF, otherHub.id);
    viewer = await t.signedIn(Role.VIEWER, hub.id);
    const adviserUser = await t.signedIn(Role.ADVISER, hub.id);
    adviser = adviserUser;
    adviserId = await registerAdviser(adviserUser.userId);
    const otherAdviserUser = await t.signedIn(Role.ADVISER, hub.id);
    otherAdviser = otherAdviserUser;
    await registerAdviser(otherAdviserUser.userId);
    const leaderUser = await t.signedIn(Role.CAREERS_LEADER, hub.id);
    leader = leaderUser;
    const otherLeaderUser = await t.signedIn(Role.CAREERS_LEADER, hub.id);
    otherLeader = otherLeaderUser;
    await institution(otherLeaderUser.userId);

    quiet = await match(await institution(leaderUser.userId), 'ONE_TO_ONE', 'ACTIVE', '2024-09-10');
    ended = await match(await institution(), 'ONE_TO_ONE', 'ENDED', '2024-01-08', '2025-07-18');
    agile = await match(await institution(), 'AGILE', 'ACTIVE', '2025-09-15');
    proposed = await match(await institution(), 'ONE_TO_ONE', 'PROPOSED', '2025-11-01');
  });
  afterAll(async () => {
    t.get(Clock).setToday(null);
    await t.stop();
  });

  it('lets the adviser log a meeting on their 1-2-1: the day, the benchmarks, a note, audited', async () => {
    const { logMatchMeeting } = await adviser.ok<{ logMatchMeeting: Meeting & { id: string } }>(
      LOG,
      {
        input: {
          matchId: ended,
          metOn: '2025-07-18',
          benchmarks: [8, 4, 4],
          note: '  Planned next year’s careers fair.  ',
        },
      },
    );
    expect(logMatchMeeting).toMatchObject({
      matchId: ended,
      metOn: '2025-07-18',
      benchmarks: [4, 8],
      note: 'Planned next year’s careers fair.',
    });
    const [audit] = await db.query(
      `SELECT actor_role, action, changes FROM audit_log
       WHERE entity_type = 'match_meeting' AND entity_id = $1`,
      [logMatchMeeting.id],
    );
    expect(audit).toEqual({
      actor_role: 'ADVISER',
      action: 'logged',
      changes: { matchId: ended, metOn: '2025-07-18', benchmarks: [4, 8] },
    });
  });

  it('refuses, with a code and nothing changed, what cannot be a meeting of the match', async () => {
    await refused(
      adviser,
      { matchId: quiet, metOn: '2025-11-21' },
      'BAD_USER_INPUT',
      'MEETING_IN_FUTURE',
    );
    await refused(
      adviser,
      { matchId: quiet, metOn: '2024-09-09' },
      'BAD_USER_INPUT',
      'MEETING_OUTSIDE_MATCH',
    );
    await refused(
      adviser,
      { matchId: ended, metOn: '2025-07-19' },
      'BAD_USER_INPUT',
      'MEETING_OUTSIDE_MATCH',
    );
    await refused(
      adviser,
      { matchId: quiet, metOn: '2025-11-03', benchmarks: [5, 9] },
      'BAD_USER_INPUT',
      'UNKNOWN_BENCHMARK',
    );
    await refused(
      adviser,
      { matchId: quiet, metOn: '2025-11-03', benchmarks: [0] },
      'BAD_USER_INPUT',
      'UNKNOWN_BENCHMARK',
    );
    await refused(
      adviser,
      { matchId: quiet, metOn: '2025-11-03', benchmarks: [] },
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    );
    await refused(adviser, { matchId: quiet, metOn: '3 Nov' }, 'BAD_USER_INPUT', 'INVALID_INPUT');
    await refused(
      adviser,
      { matchId: agile, metOn: '2025-11-03' },
      'CONFLICT',
      'MEETINGS_ONE_TO_ONE_ONLY',
    );
    await refused(
      adviser,
      { matchId: proposed, metOn: '2025-11-03' },
      'CONFLICT',
      'MATCH_NOT_UNDER_WAY',
    );
    await refused(
      adviser,
      { matchId: ended, metOn: '2025-07-18' },
      'CONFLICT',
      'MEETING_ALREADY_LOGGED',
    );
  });

  it('is the match’s own adviser’s to log: others are refused', async () => {
    await refused(
      otherAdviser,
      { matchId: quiet, metOn: '2025-11-03' },
      'NOT_FOUND',
      'MATCH_NOT_FOUND',
    );
    await refused(leader, { matchId: quiet, metOn: '2025-11-03' }, 'FORBIDDEN');
    await refused(staff, { matchId: quiet, metOn: '2025-11-03' }, 'FORBIDDEN');
  });

  it('keeps a match with a meeting this academic year off the "no activity" review', async () => {
    expect((await reviewed())[quiet]).toEqual(['NO_ACTIVITY']);
    // A meeting before the year began is not activity in it.
    await adviser.ok(LOG, { input: { matchId: quiet, metOn: '2025-08-31', benchmarks: [2] } });
    expect((await reviewed())[quiet]).toEqual(['NO_ACTIVITY']);
    await adviser.ok(LOG, {
      input: { matchId: quiet, metOn: '2025-09-01', benchmarks: [5, 6], note: 'Employer fair' },
    });
    expect((await reviewed())[quiet]).toBeUndefined();
  });

  it('shows the meetings, latest first, to the adviser, the careers leader and the hub team only', async () => {
    const expected = [
      { metOn: '2025-09-01', benchmarks: [5, 6], note: 'Employer fair' },
      { metOn: '2025-08-31', benchmarks: [2], note: null },
    ];
    for (const reader of [adviser, leader, staff]) {
      expect(
        (await reader.ok<{ matchMeetings: Meeting[] }>(MEETINGS, { matchId: quiet })).matchMeetings,
      ).toEqual(expected);
      const { match } = await reader.ok<{ match: { meetings: Meeting[] } }>(MATCH_MEETINGS, {
        id: quiet,
      });
      expect(match.meetings.map((m) => m.metOn)).toEqual(['2025-09-01', '2025-08-31']);
    }
    for (const stranger of [otherLeader, otherAdviser, otherStaff]) {
      expect(await stranger.errorCode(MEETINGS, { matchId: quiet })).toBe('NOT_FOUND');
    }
    expect(await viewer.errorCode(MEETINGS, { matchId: quiet })).toBe('FORBIDDEN');
  });
});
