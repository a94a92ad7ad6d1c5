import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { GraphqlClient, TestApp, uniqueName } from '@chn/testing';

const YEAR = '2025/26';
const EVENTS = `query ($year: String) {
  hubDashboard(academicYear: $year) {
    networkActivity {
      events {
        academicYear eventsHeld byKind { kind held } registrations peopleRegistered attended
        attendanceRate noShows parentsAndCarersReached advisersAttending currentAdvisers
      }
    }
  }
}`;

interface EventFigures {
  eventsHeld: number;
  byKind: { kind: string; held: number }[];
  registrations: number;
  peopleRegistered: number;
  attended: number;
  attendanceRate: number | null;
  noShows: number;
  parentsAndCarersReached: number;
  advisersAttending: number;
  currentAdvisers: number;
}

describe('hubDashboard.networkActivity.events (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: GraphqlClient;
  let hubId: string;
  let publicRegistration: string;

  const events = async () =>
    (
      await admin.ok<{ hubDashboard: { networkActivity: { events: EventFigures } } }>(EVENTS, {
        year: YEAR,
      })
    ).hubDashboard.networkActivity.events;

  const event = async (kind: string, status: string, startsAt: string, hours = 2) => {
    const [row] = await db.query(
      `INSERT INTO hub_events (hub_id, kind, status, title, venue, starts_at, ends_at, capacity,
         audiences, public_token)
       VALUES ($1, $2, $3, $4, 'Hall', $5::timestamptz, $5::timestamptz + make_interval(hours => $6),
         200, '{PUBLIC}', $7) RETURNING id`,
      [hubId, kind, status, `${kind} event`, startsAt, hours, uniqueName('tok')],
    );
    return row.id as string;
  };
  const register = async (
    eventId: string,
    values: { kind: string; status?: string; places?: number; attended?: number | null },
    who: { userId?: string; institutionId?: string } = {},
  ) => {
    const [row] = await db.query(
      `INSERT INTO hub_event_registrations (hub_id, event_id, kind, status, user_id, institution_id,
         year_group, name, email, places, attended, attendance_recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::int,
         CASE WHEN $11::int IS NULL THEN NULL ELSE now() END) RETURNING id`,
      [
        hubId,
        eventId,
        values.kind,
        values.status ?? 'CONFIRMED',
        who.userId ?? null,
        who.institutionId ?? null,
        values.kind === 'GROUP' ? 9 : null,
        values.kind === 'PUBLIC' ? 'A parent' : null,
        values.kind === 'PUBLIC' ? `${uniqueName('p')}@example.test` : null,
        values.places ?? 1,
        values.attended ?? null,
      ],
    );
    return row.id as string;
  };
  const adviser = async (status = 'ACTIVE') => {
    const user = await t.signedIn(Role.ADVISER, hubId);
    await db.query(
      `INSERT INTO advisers (hub_id, user_id, name, email, status, max_one_to_one, max_agile)
       VALUES ($1, $2, 'Adviser', $3, $4, 1, 1)`,
      [hubId, user.userId, `${uniqueName('ea')}@example.test`, status],
    );
    return user.userId;
  };

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.get(DataSource);
    hubId = (await t.createHub('EVF')).id;
    admin = await t.signedIn(Role.HUB_ADMIN, hubId);
    const [institution] = await db.query(
      `INSERT INTO institutions (hub_id, urn, name, type, pupils)
       VALUES ($1, '700777', 'Events Academy', 'MAINSTREAM', 800) RETURNING id`,
      [hubId],
    );
    const leader = await t.signedIn(Role.CAREERS_LEADER, hubId);
    const came = await adviser();
    const missed = await adviser();
    const former = await adviser('LEFT');

    const network = await event('ADVISER_NETWORK_MEETING', 'PUBLISHED', '2026-02-10T09:00:00Z');
    await register(network, { kind: 'ADVISER', attended: 1 }, { userId: came });
    await register(network, { kind: 'ADVISER', attended: 0 }, { userId: missed });
    await register(network, { kind: 'ADVISER', attended: 1 }, { userId: former });
    const parents = await event('PARENT_CARER_SESSION', 'PUBLISHED', '2026-03-05T18:00:00Z');
    publicRegistration = await register(parents, { kind: 'PUBLIC', places: 4, attended: 3 });
    await register(parents, { kind: 'PUBLIC', places: 2 });
    await register(parents, { kind: 'PUBLIC', status: 'WAITLISTED', places: 5 });
    const students = await event('STUDENT_EVENT', 'PUBLISHED', '2025-11-20T10:00:00Z');
    await register(
      students,
      { kind: 'GROUP', places: 20, attended: 18 },
      { userId: leader.userId, institutionId: institution.id },
    );
    // Not held in 2025/26: a draft, a cancelled event, last year's and one not ended.
    await register(await event('CELEBRATION', 'DRAFT', '2026-01-15T10:00:00Z'), {
      kind: 'PUBLIC',
      attended: 1,
    });
    await event('CELEBRATION', 'CANCELLED', '2026-01-16T10:00:00Z');
    await event('STUDENT_EVENT', 'PUBLISHED', '2025-06-20T10:00:00Z');
  }, 90_000);
  afterAll(() => t?.stop());

  it('counts the events held in the year, their registrations and attendance', async () => {
    const figures = await events();
    expect(figures).toEqual({
      academicYear: YEAR,
      eventsHeld: 3,
      byKind: [
        { kind: 'ADVISER_NETWORK_MEETING', held: 1 },
        { kind: 'PARENT_CARER_SESSION', held: 1 },
        { kind: 'STUDENT_EVENT', held: 1 },
      ],
      registrations: 6,
      peopleRegistered: 29,
      attended: 23,
      // Over the 27 people whose attendance was recorded (the 2 unrecorded left out).
      attendanceRate: 23 / 27,
      noShows: 4,
      parentsAndCarersReached: 3,
      advisersAttending: 1,
      currentAdvisers: 2,
    });
  });

  it('puts the events figures in exportDashboard', async () => {
    const { exportDashboard } = await admin.ok<{ exportDashboard: string }>(
      `query { exportDashboard(academicYear: "${YEAR}", format: CSV) }`,
    );
    const lines = exportDashboard.split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'network activity,events: all,events held,3',
        'network activity,events: PARENT_CARER_SESSION,events held,1',
        'network activity,events: all,% attendance,85.2',
        'network activity,events: all,no-shows,4',
        'network activity,events: all,parents and carers reached,3',
        'network activity,events: all,current advisers attending,1',
      ]),
    );
  });

  it('drops the kept figures on a write to the events tables, however made', async () => {
    expect((await events()).noShows).toBe(4);
    await db.query(`UPDATE hub_event_registrations SET attended = 4 WHERE id = $1`, [
      publicRegistration,
    ]);
    expect(await events()).toMatchObject({ noShows: 3, parentsAndCarersReached: 4 });
    await event('CELEBRATION', 'PUBLISHED', '2026-07-01T16:00:00Z');
    expect(await events()).toMatchObject({ eventsHeld: 4 });
  });
});
