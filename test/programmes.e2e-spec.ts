import { DataSource } from 'typeorm';
import { Clock, Role } from '@chn/core';
import { InstitutionsService, InstitutionType } from '@chn/institutions';
import { GraphqlClient, TestApp } from '@chn/testing';
import {
  countRows,
  createEmployer,
  employerUser,
  hubAdminActor,
  SignedIn,
} from './opportunities.fixtures';

/** The demo's today: 2025/26, whose FSM quartiles stand on the seeded 2024/25 boundaries (q3 ≤ 31 %). */
const TODAY = '2026-03-16';
const YEAR = '2025/26';

const CREATE = `mutation ($input: CreateProgrammeInput!) {
  createProgramme(input: $input) { id name kind sectors startsOn endsOn hostEmployers { id } }
}`;
const UPDATE = `mutation ($id: ID!, $input: UpdateProgrammeInput!) {
  updateProgramme(id: $id, input: $input) { id name startsOn endsOn hostEmployers { id } }
}`;
const ADD = `mutation ($input: AddProgrammeParticipantInput!) {
  addProgrammeParticipant(input: $input) { id pupils sendPupils fsmPupils cohort { yearGroup pupils } }
}`;
const UPDATE_PARTICIPANT = `mutation ($id: ID!, $input: UpdateProgrammeParticipantInput!) {
  updateProgrammeParticipant(id: $id, input: $input) { id pupils sendPupils }
}`;
const REMOVE_PARTICIPANT = `mutation ($id: ID!) { removeProgrammeParticipant(id: $id) { id } }`;
const RECORD = `mutation ($input: RecordProgrammeSessionInput!) {
  recordProgrammeSession(input: $input) { id heldOn pupilsReached reached { yearGroup pupils } opportunityId }
}`;
const REMOVE_SESSION = `mutation ($id: ID!) { removeProgrammeSession(id: $id) { id } }`;
const LIST = `query ($hubId: ID) { programmes(hubId: $hubId, first: 50) {
  totalCount edges { node { id name } }
} }`;
const ONE = `query ($id: ID!) { programme(id: $id) {
  id name hostEmployers { name }
  participants { institution { name } pupils cohort { yearGroup pupils } }
  sessions { heldOn pupilsReached institution { name } }
} }`;
const REACH = `group sessions institutions pupilsReached pupilsFromSendOrAp percentFromSendOrAp
  pupilsFromTopFsmQuartile percentFromTopFsmQuartile`;
const DASHBOARD = `query ($year: String) { hubDashboard(academicYear: $year) { networkActivity {
  academicYear programmes {
    total { ${REACH} }
    byProgramme { programmeId kind ${REACH} }
    bySector { ${REACH} }
    byKeyStage { ${REACH} }
  }
} } }`;

interface Reach {
  group: string;
  sessions: number;
  institutions: number;
  pupilsReached: number;
  pupilsFromSendOrAp: number;
  percentFromSendOrAp: number | null;
  pupilsFromTopFsmQuartile: number | null;
  percentFromTopFsmQuartile: number | null;
}
interface Dashboard {
  hubDashboard: {
    networkActivity: {
      academicYear: string;
      programmes: {
        total: Reach;
        byProgramme: (Reach & { programmeId: string; kind: string })[];
        bySector: Reach[];
        byKeyStage: Reach[];
      };
    };
  };
}

/** The first error's stable reason (and its code) of a request that must fail. */
async function refused(
  client: GraphqlClient,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<string> {
  const res = await client.request(query, variables);
  if (!res.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(res.data)}`);
  return `${res.errors[0].extensions?.code}/${res.errors[0].extensions?.reason}`;
}

describe('programmes (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let hubId: string;
  let otherHubId: string;
  let staff: SignedIn;
  let national: SignedIn;
  let viewer: SignedIn;
  let adviser: SignedIn;
  let leader: SignedIn;
  let outsideLeader: SignedIn;
  let host: SignedIn;
  let notHost: SignedIn;
  let otherStaff: SignedIn;
  let hostId: string;
  let pendingEmployerId: string;
  let otherHubEmployerId: string;
  /** Mainstream, low FSM, led by `leader`; special (SEND), top FSM quartile; AP, no FSM data. */
  let mainstreamId: string;
  let specialId: string;
  let apId: string;
  let otherHubInstitutionId: string;
  let programmeId: string;
  let participants: Record<'mainstream' | 'special' | 'ap', string>;

  let urn = 810000;
  const institution = async (
    hub: string,
    type: InstitutionType,
    fsmPercent: number | null,
    careersLeaderId: string | null = null,
  ) => {
    urn += 1;
    const created = await t.get(InstitutionsService).create(hubAdminActor(hub), {
      urn: String(urn),
      name: `${type} ${urn}`,
      type,
      fsmPercent,
      careersLeaderId,
      laCode: '341',
      laName: 'Liverpool',
    });
    return created.id;
  };
  const programmeInput = (overrides: Record<string, unknown> = {}) => ({
    name: 'Careers Champions',
    kind: 'AMBASSADORS',
    description: 'Student ambassadors for the city region’s growth sectors.',
    sectors: ['Digital & Gaming', 'Health & Social Care'],
    hostEmployerIds: [hostId],
    startsOn: '2025-09-01',
    endsOn: '2026-07-17',
    ...overrides,
  });
  const dashboard = async (client: GraphqlClient = staff) =>
    (await client.ok<Dashboard>(DASHBOARD, { year: YEAR })).hubDashboard.networkActivity;
  const tableCounts = async () => ({
    programmes: await countRows(t, 'SELECT 1 FROM programmes'),
    hosts: await countRows(t, 'SELECT 1 FROM programme_hosts'),
    participants: await countRows(t, 'SELECT 1 FROM programme_participants'),
    sessions: await countRows(t, 'SELECT 1 FROM programme_sessions'),
  });

  beforeAll(async () => {
    t = await TestApp.start();
    t.get(Clock).setToday(TODAY);
    db = t.get(DataSource);
    hubId = (await t.createHub('PRG')).id;
    otherHubId = (await t.createHub('PRX')).id;
    staff = await t.signedIn(Role.HUB_STAFF, hubId);
    national = await t.signedIn(Role.HUB_ADMIN, null);
    viewer = await t.signedIn(Role.VIEWER, hubId);
    adviser = await t.signedIn(Role.ADVISER, hubId);
    leader = await t.signedIn(Role.CAREERS_LEADER, hubId);
    outsideLeader = await t.signedIn(Role.CAREERS_LEADER, hubId);
    otherStaff = await t.signedIn(Role.HUB_STAFF, otherHubId);
    hostId = await createEmployer(t, hubId, 'Mersey Women’s Hospital');
    host = await employerUser(t, hubId, hostId);
    notHost = await employerUser(t, hubId, await createEmployer(t, hubId, 'Other Studio'));
    pendingEmployerId = await createEmployer(t, hubId, 'Applicant Ltd', { membership: 'PENDING' });
    otherHubEmployerId = await createEmployer(t, otherHubId, 'Elsewhere plc');
    mainstreamId = await institution(hubId, InstitutionType.MAINSTREAM, 8, leader.userId);
    specialId = await institution(hubId, InstitutionType.SEND, 45);
    apId = await institution(hubId, InstitutionType.AP, null);
    await institution(hubId, InstitutionType.MAINSTREAM, 20, outsideLeader.userId);
    otherHubInstitutionId = await institution(otherHubId, InstitutionType.MAINSTREAM, 10);
  }, 90_000);
  afterAll(async () => {
    await t?.stop();
  });

  describe('a programme’s life', () => {
    it('is created by hub staff with its sectors and host employers', async () => {
      const { createProgramme } = await staff.ok<{
        createProgramme: { id: string; sectors: string[]; hostEmployers: { id: string }[] };
      }>(CREATE, {
        input: programmeInput({ sectors: [' Digital & Gaming', 'Health & Social Care'] }),
      });
      programmeId = createProgramme.id;
      expect(createProgramme.sectors).toEqual(['Digital & Gaming', 'Health & Social Care']);
      expect(createProgramme.hostEmployers).toEqual([{ id: hostId }]);
      const [audit] = await db.query(
        `SELECT action FROM audit_log WHERE entity_type = 'programme' AND entity_id = $1`,
        [programmeId],
      );
      expect(audit.action).toBe('created');
    });

    it('takes participants with their cohorts as counts', async () => {
      const add = async (institutionId: string, cohort: number[][], send = 0, fsm = 0) => {
        const { addProgrammeParticipant } = await staff.ok<{
          addProgrammeParticipant: { id: string; pupils: number; cohort: unknown };
        }>(ADD, {
          input: {
            programmeId,
            institutionId,
            cohort: cohort.map(([yearGroup, pupils]) => ({ yearGroup, pupils })),
            sendPupils: send,
            fsmPupils: fsm,
          },
        });
        return addProgrammeParticipant;
      };
      const mainstream = await add(
        mainstreamId,
        [
          [9, 30],
          [10, 20],
        ],
        3,
        12,
      );
      expect(mainstream.pupils).toBe(50);
      expect(mainstream.cohort).toEqual([
        { yearGroup: 9, pupils: 30 },
        { yearGroup: 10, pupils: 20 },
      ]);
      const special = await add(specialId, [[12, 10]], 10, 6);
      const ap = await add(apId, [[11, 8]], 2, 5);
      participants = { mainstream: mainstream.id, special: special.id, ap: ap.id };
    });

    it('records sessions, and the dashboard counts the most one session reached', async () => {
      const before = await dashboard();
      expect(before.programmes.total).toMatchObject({ sessions: 0, pupilsReached: 0 });
      const record = (participantId: string, heldOn: string, reached: number[][]) =>
        staff.ok(RECORD, {
          input: {
            participantId,
            heldOn,
            reached: reached.map(([yearGroup, pupils]) => ({ yearGroup, pupils })),
          },
        });
      await record(participants.mainstream, '2025-10-02', [
        [9, 20],
        [10, 5],
      ]);
      // The same pupils again, and more of year 9: 30 of year 9 and 5 of year 10 reached.
      await record(participants.mainstream, '2026-01-20', [[9, 30]]);
      await record(participants.special, '2025-11-12', [[12, 10]]);
      await record(participants.ap, TODAY, [[11, 5]]);

      const after = await dashboard();
      expect(after.academicYear).toBe(YEAR);
      // 35 + 10 + 5 pupils; SEND and AP 15 of 50; top FSM quartile (> 31 %) the special school's 10.
      expect(after.programmes.total).toEqual({
        group: 'ALL',
        sessions: 4,
        institutions: 3,
        pupilsReached: 50,
        pupilsFromSendOrAp: 15,
        percentFromSendOrAp: 30,
        pupilsFromTopFsmQuartile: 10,
        percentFromTopFsmQuartile: 20,
      });
      expect(after.programmes.byProgramme).toEqual([
        expect.objectContaining({
          programmeId,
          kind: 'AMBASSADORS',
          group: 'Careers Champions',
          pupilsReached: 50,
        }),
      ]);
      expect(after.programmes.bySector.map((s) => [s.group, s.pupilsReached])).toEqual([
        ['Digital & Gaming', 50],
        ['Health & Social Care', 50],
      ]);
      // A group with no pupil from SEND, AP or the top FSM quartile shows 0 %, not nothing.
      expect(
        after.programmes.byKeyStage.map((k) => [
          k.group,
          k.sessions,
          k.pupilsReached,
          k.percentFromSendOrAp,
          k.percentFromTopFsmQuartile,
        ]),
      ).toEqual([
        ['KS3', 2, 30, 0, 0],
        ['KS4', 2, 10, 50, 0],
        ['KS5', 1, 10, 100, 100],
      ]);
    });

    it('exports the section with the dashboard', async () => {
      const { exportDashboard } = await staff.ok<{ exportDashboard: string }>(
        `query ($year: String) { exportDashboard(academicYear: $year) }`,
        { year: YEAR },
      );
      expect(exportDashboard).toContain('network activity,programmes: all,pupils reached,50\r\n');
      expect(exportDashboard).toContain(
        'network activity,programme: Careers Champions,% from SEND and AP institutions,30\r\n',
      );
      expect(exportDashboard).toContain('network activity,key stage: KS5,pupils reached,10\r\n');
    });

    it('shows the programme with its participants and sessions', async () => {
      const { programme } = await staff.ok<{
        programme: { participants: unknown[]; sessions: { heldOn: string }[] };
      }>(ONE, { id: programmeId });
      expect(programme.participants).toHaveLength(3);
      expect(programme.sessions.map((s) => s.heldOn)).toEqual([
        '2025-10-02',
        '2025-11-12',
        '2026-01-20',
        TODAY,
      ]);
    });

    it('corrects a cohort, removes a session and a participant without sessions', async () => {
      const { updateProgrammeParticipant } = await staff.ok<{
        updateProgrammeParticipant: { pupils: number; sendPupils: number };
      }>(UPDATE_PARTICIPANT, {
        id: participants.special,
        input: { cohort: [{ yearGroup: 12, pupils: 12 }], sendPupils: 12 },
      });
      expect(updateProgrammeParticipant).toEqual({
        id: participants.special,
        pupils: 12,
        sendPupils: 12,
      });
      const { recordProgrammeSession } = await staff.ok<{ recordProgrammeSession: { id: string } }>(
        RECORD,
        {
          input: {
            participantId: participants.ap,
            heldOn: '2026-02-02',
            reached: [{ yearGroup: 11, pupils: 8 }],
          },
        },
      );
      expect((await dashboard()).programmes.total.pupilsReached).toBe(53);
      await staff.ok(REMOVE_SESSION, { id: recordProgrammeSession.id });
      expect((await dashboard()).programmes.total.pupilsReached).toBe(50);

      const extra = await institution(hubId, InstitutionType.POST_16, 5);
      const { addProgrammeParticipant } = await staff.ok<{
        addProgrammeParticipant: { id: string };
      }>(ADD, {
        input: { programmeId, institutionId: extra, cohort: [{ yearGroup: 13, pupils: 4 }] },
      });
      await staff.ok(REMOVE_PARTICIPANT, { id: addProgrammeParticipant.id });
      expect(
        await countRows(t, 'SELECT 1 FROM programme_participants WHERE programme_id = $1', [
          programmeId,
        ]),
      ).toBe(3);
    });

    it('updates the programme and replaces its hosts', async () => {
      const second = await createEmployer(t, hubId, 'Albert Dock Hotel');
      const { updateProgramme } = await staff.ok<{
        updateProgramme: { name: string; endsOn: string; hostEmployers: { id: string }[] };
      }>(UPDATE, {
        id: programmeId,
        input: {
          name: 'Careers Champions 2025/26',
          endsOn: '2026-07-22',
          hostEmployerIds: [second],
        },
      });
      expect(updateProgramme).toMatchObject({
        name: 'Careers Champions 2025/26',
        endsOn: '2026-07-22',
        hostEmployers: [{ id: second }],
      });
      await staff.ok(UPDATE, { id: programmeId, input: { hostEmployerIds: [hostId, second] } });
    });

    it('lets a national administrator create one in the hub they name', async () => {
      expect(await refused(national, CREATE, { input: programmeInput() })).toBe(
        'BAD_USER_INPUT/HUB_REQUIRED',
      );
      const { createProgramme } = await national.ok<{ createProgramme: { id: string } }>(CREATE, {
        input: programmeInput({ hubId, name: "Let's Explore", kind: 'TOURING_EXPERIENCE' }),
      });
      const { programmes } = await national.ok<{ programmes: { totalCount: number } }>(LIST, {
        hubId,
      });
      expect(programmes.totalCount).toBe(2);
      await db.query('DELETE FROM programmes WHERE id = $1', [createProgramme.id]);
    });
  });

  describe('refusals, each with its code, changing nothing', () => {
    type Request = [GraphqlClient, string, Record<string, unknown>];
    /** Staff add an institution to the programme, with one Year 9 pupil. */
    const join = (institutionId: string): Request => [
      staff,
      ADD,
      { input: { programmeId, institutionId, cohort: [{ yearGroup: 9, pupils: 1 }] } },
    ];
    const change = (id: string, input: Record<string, unknown>): Request => [
      staff,
      UPDATE_PARTICIPANT,
      { id, input },
    ];
    /** Staff record a session of the alternative provision's participant. */
    const session = (
      heldOn: string,
      reached: { yearGroup: number; pupils: number }[],
      more: Record<string, unknown> = {},
    ): Request => [
      staff,
      RECORD,
      { input: { participantId: participants.ap, heldOn, reached, ...more } },
    ];
    const cases: [string, () => Request, string][] = [
      [
        'an end before the start',
        () => [
          staff,
          CREATE,
          { input: programmeInput({ startsOn: '2026-07-01', endsOn: '2026-06-01' }) },
        ],
        'BAD_USER_INPUT/ENDS_BEFORE_STARTS',
      ],
      [
        'no sector',
        () => [staff, CREATE, { input: programmeInput({ sectors: [] }) }],
        'BAD_USER_INPUT/INVALID_INPUT',
      ],
      [
        'a blank name',
        () => [staff, CREATE, { input: programmeInput({ name: '  ' }) }],
        'BAD_USER_INPUT/INVALID_INPUT',
      ],
      [
        'a host without an ACTIVE membership',
        () => [
          staff,
          CREATE,
          { input: programmeInput({ hostEmployerIds: [hostId, pendingEmployerId] }) },
        ],
        'BAD_USER_INPUT/PROGRAMME_HOST_NOT_IN_NETWORK',
      ],
      [
        'a host of another hub',
        () => [staff, CREATE, { input: programmeInput({ hostEmployerIds: [otherHubEmployerId] }) }],
        'BAD_USER_INPUT/PROGRAMME_HOST_NOT_IN_NETWORK',
      ],
      [
        'new dates leaving sessions outside',
        () => [staff, UPDATE, { id: programmeId, input: { startsOn: '2025-11-01' } }],
        'BAD_USER_INPUT/PROGRAMME_SESSIONS_OUTSIDE_DATES',
      ],
      [
        'an institution already taking part',
        () => join(mainstreamId),
        'CONFLICT/ALREADY_PARTICIPATING',
      ],
      [
        'an institution of another hub',
        () => join(otherHubInstitutionId),
        'NOT_FOUND/INSTITUTION_NOT_FOUND',
      ],
      [
        'more SEND pupils than the cohort',
        () => change(participants.mainstream, { sendPupils: 51 }),
        'BAD_USER_INPUT/SEND_EXCEEDS_COHORT',
      ],
      [
        'more FSM pupils than the cohort',
        () => change(participants.ap, { fsmPupils: 9 }),
        'BAD_USER_INPUT/FSM_EXCEEDS_COHORT',
      ],
      [
        'a year group given twice',
        () =>
          change(participants.ap, {
            cohort: [
              { yearGroup: 11, pupils: 4 },
              { yearGroup: 11, pupils: 4 },
            ],
          }),
        'BAD_USER_INPUT/COHORT_INVALID',
      ],
      [
        'a year group outside 7 to 13',
        () => change(participants.ap, { cohort: [{ yearGroup: 6, pupils: 4 }] }),
        'BAD_USER_INPUT/INVALID_INPUT',
      ],
      [
        'a cohort below what a session reached',
        () =>
          change(participants.mainstream, {
            cohort: [
              { yearGroup: 9, pupils: 29 },
              { yearGroup: 10, pupils: 20 },
            ],
          }),
        'BAD_USER_INPUT/COHORT_BELOW_REACHED',
      ],
      [
        'removing a participant with sessions',
        () => [staff, REMOVE_PARTICIPANT, { id: participants.mainstream }],
        'CONFLICT/PARTICIPANT_HAS_SESSIONS',
      ],
      [
        'a session before the programme',
        () => session('2025-08-29', [{ yearGroup: 11, pupils: 1 }]),
        'BAD_USER_INPUT/SESSION_OUTSIDE_PROGRAMME',
      ],
      [
        'a session after today',
        () => session('2026-03-17', [{ yearGroup: 11, pupils: 1 }]),
        'BAD_USER_INPUT/SESSION_IN_FUTURE',
      ],
      [
        'more pupils reached than the cohort',
        () => session(TODAY, [{ yearGroup: 11, pupils: 9 }]),
        'BAD_USER_INPUT/REACH_EXCEEDS_COHORT',
      ],
      [
        'pupils reached in a year group outside the cohort',
        () => session(TODAY, [{ yearGroup: 10, pupils: 1 }]),
        'BAD_USER_INPUT/REACH_EXCEEDS_COHORT',
      ],
      [
        'a session reaching no pupil',
        () => session(TODAY, [{ yearGroup: 11, pupils: 0 }]),
        'BAD_USER_INPUT/REACH_INVALID',
      ],
      [
        'an unknown opportunity',
        () =>
          session(TODAY, [{ yearGroup: 11, pupils: 1 }], {
            opportunityId: '00000000-0000-4000-8000-000000000009',
          }),
        'NOT_FOUND/OPPORTUNITY_NOT_FOUND',
      ],
    ];

    it.each(cases)('refuses %s', async (_, request, expected) => {
      const before = await tableCounts();
      const [client, query, variables] = request();
      expect(await refused(client, query, variables)).toBe(expected);
      expect(await tableCounts()).toEqual(before);
    });
  });

  describe('access per role', () => {
    it('shows careers leaders the programmes their institution takes part in, and only its part', async () => {
      const { programmes } = await leader.ok<{
        programmes: { edges: { node: { id: string } }[] };
      }>(LIST);
      expect(programmes.edges.map((e) => e.node.id)).toEqual([programmeId]);
      const { programme } = await leader.ok<{
        programme: { participants: { pupils: number }[]; sessions: { pupilsReached: number }[] };
      }>(ONE, { id: programmeId });
      expect(programme.participants.map((p) => p.pupils)).toEqual([50]);
      expect(programme.sessions.map((s) => s.pupilsReached)).toEqual([25, 30]);

      const outside = await outsideLeader.ok<{ programmes: { totalCount: number } }>(LIST);
      expect(outside.programmes.totalCount).toBe(0);
      expect(await refused(outsideLeader, ONE, { id: programmeId })).toBe(
        'NOT_FOUND/PROGRAMME_NOT_FOUND',
      );
    });

    it('shows employer contacts the programmes they host, and no other', async () => {
      const { programme } = await host.ok<{
        programme: { participants: unknown[]; sessions: unknown[] };
      }>(ONE, { id: programmeId });
      expect(programme.participants).toHaveLength(3);
      expect(programme.sessions).toHaveLength(4);
      const other = await notHost.ok<{ programmes: { totalCount: number } }>(LIST);
      expect(other.programmes.totalCount).toBe(0);
      expect(await refused(notHost, ONE, { id: programmeId })).toBe(
        'NOT_FOUND/PROGRAMME_NOT_FOUND',
      );
    });

    it('lets viewers read, and only the hub team change', async () => {
      const { programmes } = await viewer.ok<{ programmes: { totalCount: number } }>(LIST);
      expect(programmes.totalCount).toBe(1);
      for (const client of [viewer, leader, host]) {
        expect(await refused(client, UPDATE, { id: programmeId, input: { name: 'Mine' } })).toBe(
          'FORBIDDEN/ROLE_NOT_ALLOWED',
        );
        expect(
          await refused(client, RECORD, {
            input: {
              participantId: participants.ap,
              heldOn: TODAY,
              reached: [{ yearGroup: 11, pupils: 1 }],
            },
          }),
        ).toBe('FORBIDDEN/ROLE_NOT_ALLOWED');
      }
      expect(await refused(adviser, LIST)).toBe('FORBIDDEN/ROLE_NOT_ALLOWED');
    });

    it('keeps another hub out', async () => {
      const { programmes } = await otherStaff.ok<{ programmes: { totalCount: number } }>(LIST);
      expect(programmes.totalCount).toBe(0);
      expect(await refused(otherStaff, LIST, { hubId })).toBe('FORBIDDEN/OTHER_HUB');
      expect(await refused(otherStaff, ONE, { id: programmeId })).toBe(
        'NOT_FOUND/PROGRAMME_NOT_FOUND',
      );
      expect(await refused(otherStaff, UPDATE, { id: programmeId, input: { name: 'Ours' } })).toBe(
        'NOT_FOUND/PROGRAMME_NOT_FOUND',
      );
      expect(
        await refused(otherStaff, RECORD, {
          input: {
            participantId: participants.ap,
            heldOn: TODAY,
            reached: [{ yearGroup: 11, pupils: 1 }],
          },
        }),
      ).toBe('NOT_FOUND/PROGRAMME_PARTICIPANT_NOT_FOUND');
      expect(await refused(otherStaff, REMOVE_PARTICIPANT, { id: participants.ap })).toBe(
        'NOT_FOUND/PROGRAMME_PARTICIPANT_NOT_FOUND',
      );
      const other = await dashboard(otherStaff);
      expect(other.programmes.total.pupilsReached).toBe(0);
    });
  });
});
