import { INestApplicationContext } from '@nestjs/common';
import ICAL from 'ical.js';
import { DataSource } from 'typeorm';
import { academicYearOf, Clock, Role } from '@chn/core';
import { ReminderScan } from '@chn/notifications';
import { CaughtMail, GraphqlClient, SmtpSink, TestApp, waitUntil } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import {
  adviserWithAccount,
  emailOf,
  PROPOSE,
  proposeVariables,
  emailsAbout,
  FAST_NOTIFICATIONS,
  untilEmailsSettled,
} from './notifications.fixtures';
import {
  createEmployer,
  daysFromToday,
  employerUser,
  ledInstitution,
  SignedIn,
} from './opportunities.fixtures';

const CREATE = `mutation ($input: CreateHubEventInput!) {
  createHubEvent(input: $input) { id status publicPath } }`;
const PUBLISH = `mutation ($id: ID!) { publishHubEvent(id: $id) { id status } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelHubEvent(id: $id, reason: $reason) { id status } }`;
const EVENT = `query ($id: ID!) { hubEvent(id: $id) {
  id placesTaken placesLeft waitingCount joiningUrl online registrationOpen } }`;
const REGISTER = `mutation ($input: RegisterForHubEventInput!) {
  registerForHubEvent(input: $input) { id status places waitingPosition } }`;
const CANCEL_REGISTRATION = `mutation ($id: ID!) { cancelHubEventRegistration(id: $id) { id status } }`;
const PUBLIC_EVENT = `query ($token: String!) { publicHubEvent(token: $token) {
  title hubName online registrationOpen full cancelled } }`;
const REGISTER_PUBLIC = `mutation ($input: RegisterForPublicHubEventInput!) {
  registerForPublicHubEvent(input: $input) }`;
const CONFIRM = `mutation ($token: String!) { confirmHubEventRegistration(token: $token) }`;
const REGISTRATIONS = `query ($eventId: ID!) { hubEventRegistrations(eventId: $eventId, first: 100) {
  totalCount edges { node { id kind status email places attended } } } }`;
const ATTENDANCE = `mutation ($input: RecordHubEventAttendanceInput!) {
  recordHubEventAttendance(input: $input) { id attended } }`;
const FOLLOW_UP = `mutation ($eventId: ID!) { sendHubEventFollowUp(eventId: $eventId) }`;
const ACTIVITY = `query ($academicYear: String) { hubEventActivity(academicYear: $academicYear) {
  academicYear eventsHeld byKind { kind held } registrations peopleRegistered attended
  attendanceRate noShows parentsAndCarersReached advisersAttending currentAdvisers } }`;
const EXPORT = `query ($eventId: ID!) { exportHubEventAttendance(eventId: $eventId) }`;
const ROTATE_FEED = `mutation { rotateCalendarFeed { url } }`;
const REVOKE_FEED = `mutation { revokeCalendarFeed }`;

/** Two days ahead, 18:00 to 20:00 UTC: bookable now, over once the clock moves three days on. */
const EVENT_DAY = daysFromToday(2);
const STARTS_AT = `${EVENT_DAY}T18:00:00.000Z`;
const ENDS_AT = `${EVENT_DAY}T20:00:00.000Z`;

function eventInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'SECTOR_GROUP_EVENT',
    title: 'Gaming panel for parents',
    description: 'A panel of experts from the gaming network answers your questions.',
    venue: 'Hotel Mersey',
    address: '1 Dock Road, Liverpool L3 4AA',
    joiningUrl: 'https://meet.example/gaming-panel',
    startsAt: STARTS_AT,
    endsAt: ENDS_AT,
    capacity: 6,
    audiences: ['ADVISERS', 'EMPLOYER_CONTACTS', 'CAREERS_LEADERS', 'PARENTS_CARERS'],
    followUpLinks: [{ label: 'FAQ guide', url: 'https://hub.example/faq.pdf' }],
    ...overrides,
  };
}

/** The `extensions.reason` of a request that must fail. */
async function reasonOf(
  client: GraphqlClient,
  query: string,
  variables: Record<string, unknown>,
): Promise<string | undefined> {
  const res = await client.request(query, variables);
  if (!res.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(res.data)}`);
  return res.errors[0].extensions?.reason;
}

/** The VEVENTs of an iCalendar text, parsed by ical.js (RFC 5545). */
function calendarEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate?.toJSDate().toISOString(),
      status: v.getFirstPropertyValue('status'),
    };
  });
}

describe('hub events (e2e)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let db: DataSource;
  let hubId: string;
  let staff: SignedIn;
  let otherStaff: SignedIn;
  let adviser: SignedIn;
  let adviserId: string;
  let adviserOut: SignedIn;
  let contactInGroup: SignedIn;
  let contactOutside: SignedIn;
  let leader: SignedIn;
  let leaderOut: SignedIn;
  let institutionId: string;
  let sectorGroupId: string;
  let eventId: string;
  let publicToken: string;
  const ids: Record<string, string> = {};

  const inbox = (address: string, subject: string) =>
    sink.to(address).filter((m) => m.subject.includes(subject));
  const waitForMail = (address: string, subject: string) =>
    waitUntil(() => inbox(address, subject)[0], `"${subject}" reaches ${address}`);
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.query(sql, params))[0].n);

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ ...FAST_NOTIFICATIONS, SMTP_URL: sink.url });
    worker = await createWorkerApp();
    db = t.get(DataSource);
    const hub = await t.createHub('EVT');
    hubId = hub.id;
    staff = await t.signedIn(Role.HUB_STAFF, hubId);
    otherStaff = await t.signedIn(Role.HUB_STAFF, (await t.createHub('OTH')).id);
    ({ user: adviser, adviserId } = await adviserWithAccount(t, staff, hubId));
    const outside = await adviserWithAccount(t, staff, hubId);
    adviserOut = outside.user;
    await db.query(`UPDATE advisers SET local_authority_codes = '{999}' WHERE id = $1`, [
      outside.adviserId,
    ]);
    const gaming = await createEmployer(t, hubId, 'Pixel Forge Studios');
    const bank = await createEmployer(t, hubId, 'Mersey Savings Bank');
    contactInGroup = await employerUser(t, hubId, gaming);
    contactOutside = await employerUser(t, hubId, bank);
    [{ id: sectorGroupId }] = await db.query(
      `INSERT INTO sector_groups (hub_id, name) VALUES ($1, 'Digital & Gaming') RETURNING id`,
      [hubId],
    );
    await db.query(
      'INSERT INTO sector_group_members (sector_group_id, employer_id) VALUES ($1, $2)',
      [sectorGroupId, gaming],
    );
    ({ leader, institutionId } = await ledInstitution(t, hubId));
    const out = await ledInstitution(t, hubId);
    leaderOut = out.leader;
    await db.query(`UPDATE institutions SET la_code = '999' WHERE id = $1`, [out.institutionId]);
  });
  afterAll(async () => {
    t?.get(Clock).setToday(null);
    await worker?.close();
    await t?.stop();
    await sink?.stop();
  });

  it('refuses bad events with a coded error and creates nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ endsAt: STARTS_AT }, 'EVENT_ENDS_BEFORE_START'],
      [{ capacity: 0 }, 'EVENT_CAPACITY_INVALID'],
      [{ audiences: [] }, 'EVENT_AUDIENCE_EMPTY'],
      [{ joiningUrl: 'http://meet.example/x' }, 'LINK_NOT_HTTPS'],
      [{ followUpLinks: [{ label: 'FAQ', url: 'ftp://hub.example/faq' }] }, 'LINK_NOT_HTTPS'],
      [{ venue: null, joiningUrl: null }, 'EVENT_PLACE_MISSING'],
      [{ registrationClosesAt: ENDS_AT }, 'REGISTRATION_WINDOW_INVALID'],
      [{ sectorGroupId: '00000000-0000-4000-8000-000000000000' }, 'UNKNOWN_SECTOR_GROUP'],
    ];
    for (const [change, reason] of cases) {
      expect(await reasonOf(staff, CREATE, { input: eventInput(change) })).toBe(reason);
    }
    expect(await reasonOf(adviser, CREATE, { input: eventInput() })).toBe('ROLE_NOT_ALLOWED');
    expect(await count('SELECT count(*) AS n FROM hub_events')).toBe(0);
  });

  it('publishes an event and invites only its audience, by role, sector group and area', async () => {
    const { createHubEvent } = await staff.ok<{
      createHubEvent: { id: string; status: string; publicPath: string };
    }>(CREATE, { input: eventInput({ sectorGroupId, localAuthorityCodes: ['341'] }) });
    eventId = createHubEvent.id;
    expect(createHubEvent.status).toBe('DRAFT');
    publicToken = createHubEvent.publicPath.split('/').pop()!;
    // A draft is the hub team's alone; another hub's staff never see the event.
    expect(await reasonOf(adviser, EVENT, { id: eventId })).toBe('HUB_EVENT_NOT_FOUND');
    await staff.ok(PUBLISH, { id: eventId });
    expect(await reasonOf(otherStaff, EVENT, { id: eventId })).toBe('HUB_EVENT_NOT_FOUND');
    expect(await reasonOf(staff, PUBLISH, { id: eventId })).toBe('INVALID_EVENT_STATUS');

    await untilEmailsSettled(t, emailsAbout(eventId));
    const invited = sink.messages
      .filter((m) => m.subject === 'You are invited: Gaming panel for parents')
      .flatMap((m) => m.to)
      .sort();
    const expected = await Promise.all(
      [adviser, contactInGroup, leader].map((u) => emailOf(t, u.userId)),
    );
    expect(invited).toEqual(expected.map((e) => e.toLowerCase()).sort());
    for (const outsider of [adviserOut, contactOutside, leaderOut, staff]) {
      expect(inbox(await emailOf(t, outsider.userId), 'You are invited')).toHaveLength(0);
    }
    // The joining link goes only to people holding a place.
    const invitation = inbox(expected[0], 'You are invited')[0];
    expect(invitation.text).not.toContain('meet.example');
  });

  it('registers advisers, employer contacts and groups of pupils, each confirmed with a calendar file', async () => {
    const before = await adviser.ok<{ hubEvent: { joiningUrl: string | null; online: boolean } }>(
      EVENT,
      { id: eventId },
    );
    expect(before.hubEvent).toMatchObject({ joiningUrl: null, online: true });

    const mine = await adviser.ok<{ registerForHubEvent: { id: string; status: string } }>(
      REGISTER,
      { input: { eventId, consentToContact: true } },
    );
    ids.adviser = mine.registerForHubEvent.id;
    expect(mine.registerForHubEvent.status).toBe('CONFIRMED');
    expect(await reasonOf(adviser, REGISTER, { input: { eventId } })).toBe('ALREADY_REGISTERED');
    const after = await adviser.ok<{ hubEvent: { joiningUrl: string } }>(EVENT, { id: eventId });
    expect(after.hubEvent.joiningUrl).toBe('https://meet.example/gaming-panel');

    const contact = await contactInGroup.ok<{ registerForHubEvent: { id: string } }>(REGISTER, {
      input: { eventId, consentToContact: false },
    });
    ids.contact = contact.registerForHubEvent.id;

    expect(await reasonOf(leader, REGISTER, { input: { eventId, institutionId, places: 2 } })).toBe(
      'INVALID_INPUT',
    );
    expect(
      await reasonOf(leaderOut, REGISTER, {
        input: { eventId, institutionId, yearGroup: 9, places: 2 },
      }),
    ).toBe('NOT_YOUR_INSTITUTION');
    const group = await leader.ok<{ registerForHubEvent: { id: string; places: number } }>(
      REGISTER,
      { input: { eventId, institutionId, yearGroup: 9, places: 2, consentToContact: true } },
    );
    ids.group = group.registerForHubEvent.id;
    expect(group.registerForHubEvent.places).toBe(2);

    const adviserEmail = await emailOf(t, adviser.userId);
    const confirmation = await waitForMail(adviserEmail, 'Your place is confirmed');
    expect(confirmation.text).toContain('https://meet.example/gaming-panel');
    const [ics] = confirmation.attachments;
    expect(ics.filename).toBe('event.ics');
    expect(ics.contentType).toContain('text/calendar');
    expect(ics.content).toContain('\r\n');
    expect(calendarEvents(ics.content)).toEqual([
      expect.objectContaining({
        uid: `hub-event-${eventId}@careershub`,
        summary: 'Gaming panel for parents',
        start: STARTS_AT,
        end: ENDS_AT,
        location: 'Hotel Mersey, 1 Dock Road, Liverpool L3 4AA (or online)',
        status: 'CONFIRMED',
      }),
    ]);
    await waitForMail(await emailOf(t, leader.userId), 'Your place is confirmed');
  });

  it('takes parents and carers from the public page once they confirm their address', async () => {
    const { publicHubEvent } = await t.client.ok<{ publicHubEvent: Record<string, unknown> }>(
      PUBLIC_EVENT,
      { token: publicToken },
    );
    expect(publicHubEvent).toEqual({
      title: 'Gaming panel for parents',
      hubName: 'EVT Careers Hub',
      online: true,
      registrationOpen: true,
      full: false,
      cancelled: false,
    });
    const parent = (email: string, attendees: number, consentToContact: boolean) => ({
      input: { token: publicToken, name: 'Pat Parent', email, attendees, consentToContact },
    });
    await t.client.ok(REGISTER_PUBLIC, parent('pat@family.example', 2, true));
    // The same address again is refused, answered alike, and tells nobody who registered.
    const again = await t.client.ok(REGISTER_PUBLIC, parent('PAT@family.example', 1, false));
    expect(again).toEqual({ registerForPublicHubEvent: true });
    expect(
      await count(`SELECT count(*) AS n FROM hub_event_registrations WHERE email = $1`, [
        'pat@family.example',
      ]),
    ).toBe(1);
    expect(
      await reasonOf(t.client, REGISTER_PUBLIC, {
        input: { ...parent('x@family.example', 1, true).input, email: 'not-an-email' },
      }),
    ).toBe('INVALID_INPUT');

    // Unconfirmed, the registration holds no place.
    const held = async () =>
      (await staff.ok<{ hubEvent: { placesTaken: number } }>(EVENT, { id: eventId })).hubEvent
        .placesTaken;
    expect(await held()).toBe(4);
    const mail = await waitForMail('pat@family.example', 'Confirm your registration');
    const token = /events\/confirm\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    expect(token).toBeDefined();
    const page = await fetch(`${t.baseUrl}/hub-events/confirm?token=${token}`);
    expect(page.status).toBe(200);
    expect(await held()).toBe(4);
    const confirmed = await fetch(`${t.baseUrl}/hub-events/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${token}`,
    });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('Your place is confirmed');
    expect(await held()).toBe(6);
    const placed = await waitForMail('pat@family.example', 'Your place is confirmed');
    expect(calendarEvents(placed.attachments[0].content)[0].summary).toBe(
      'Gaming panel for parents',
    );

    // The event is full: the next confirmed registration joins the waiting list.
    await t.client.ok(REGISTER_PUBLIC, parent('sam@family.example', 1, false));
    const samMail = await waitForMail('sam@family.example', 'Confirm your registration');
    const samToken = /events\/confirm\?token=([A-Za-z0-9_-]+)/.exec(samMail.text)![1];
    expect(await t.client.ok(CONFIRM, { token: samToken })).toEqual({
      confirmHubEventRegistration: 'WAITLISTED',
    });
    expect(await t.client.ok(CONFIRM, { token: samToken })).toEqual({
      confirmHubEventRegistration: 'WAITLISTED',
    });
    await waitForMail('sam@family.example', 'On the waiting list');
    // Past three registrations an hour from one address for one event, the page refuses more.
    expect(await reasonOf(t.client, REGISTER_PUBLIC, parent('kim@family.example', 1, true))).toBe(
      'EVENT_REGISTRATIONS_LIMITED',
    );
    expect(await reasonOf(t.client, CONFIRM, { token: 'x'.repeat(43) })).toBe('INVALID_LINK');
  });

  it('offers a freed place to the waiting list, with a calendar file', async () => {
    await contactInGroup.ok(CANCEL_REGISTRATION, { id: ids.contact });
    const offer = await waitForMail('sam@family.example', 'A place came free for you');
    expect(offer.attachments).toHaveLength(1);
    const { hubEventRegistrations } = await staff.ok<{
      hubEventRegistrations: { edges: { node: { id: string; status: string; email: string } }[] };
    }>(REGISTRATIONS, { eventId });
    const statuses = hubEventRegistrations.edges.map((e) => e.node.status);
    expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(4);
    expect(statuses.filter((s) => s === 'CANCELLED')).toHaveLength(1);
    for (const { node } of hubEventRegistrations.edges) {
      if (node.email) ids[node.email] = node.id;
    }
    // Registrants never see the list.
    expect(await reasonOf(adviser, REGISTRATIONS, { eventId })).toBe('ROLE_NOT_ALLOWED');
  });

  it('cancels an event once, telling everyone registered or waiting once', async () => {
    const { createHubEvent } = await staff.ok<{ createHubEvent: { id: string } }>(CREATE, {
      input: eventInput({ title: 'Volunteers’ Week breakfast', capacity: 1, kind: 'CELEBRATION' }),
    });
    const id = createHubEvent.id;
    await staff.ok(PUBLISH, { id });
    await adviser.ok(REGISTER, { input: { eventId: id } });
    const waiting = await leader.ok<{ registerForHubEvent: { status: string } }>(REGISTER, {
      input: { eventId: id, institutionId, yearGroup: 10, places: 5 },
    });
    expect(waiting.registerForHubEvent.status).toBe('WAITLISTED');
    await staff.ok(CANCEL, { id, reason: 'The venue flooded' });
    expect(await reasonOf(staff, CANCEL, { id, reason: 'Again' })).toBe('INVALID_EVENT_STATUS');
    expect(await reasonOf(adviserOut, REGISTER, { input: { eventId: id } })).toBe(
      'INVALID_EVENT_STATUS',
    );
    await untilEmailsSettled(t, emailsAbout(id));
    for (const user of [adviser, leader]) {
      const cancelled = inbox(await emailOf(t, user.userId), 'Cancelled: Volunteers’ Week');
      expect(cancelled).toHaveLength(1);
      expect(cancelled[0].text).toContain('The venue flooded');
    }
    expect(inbox(await emailOf(t, adviserOut.userId), 'Cancelled:')).toHaveLength(0);
  });

  it('never goes over capacity in a 200-way race for the last places', async () => {
    const CAPACITY = 10;
    const TAKEN = 7;
    const { createHubEvent } = await staff.ok<{ createHubEvent: { id: string } }>(CREATE, {
      input: eventInput({
        title: 'Digital Manufacturing Week',
        kind: 'STUDENT_EVENT',
        capacity: CAPACITY,
        audiences: ['CAREERS_LEADERS'],
      }),
    });
    const id = createHubEvent.id;
    await staff.ok(PUBLISH, { id });
    await leader.ok(REGISTER, {
      input: { eventId: id, institutionId, yearGroup: 11, places: TAKEN },
    });
    const schools: { leader: SignedIn; institutionId: string }[] = [];
    for (let i = 0; i < 20; i += 1) schools.push(await ledInstitution(t, hubId));
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const school = schools[i % 20];
        return school.leader.request<{ registerForHubEvent: { status: string } }>(REGISTER, {
          input: {
            eventId: id,
            institutionId: school.institutionId,
            yearGroup: 1 + Math.floor(i / 20),
            places: 1,
          },
        });
      }),
    );
    expect(results.filter((r) => r.errors?.length)).toEqual([]);
    const statuses = results.map((r) => r.data!.registerForHubEvent.status);
    expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(CAPACITY - TAKEN);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(200 - (CAPACITY - TAKEN));
    expect(
      await count(
        `SELECT SUM(places) AS n FROM hub_event_registrations WHERE event_id = $1 AND status = 'CONFIRMED'`,
        [id],
      ),
    ).toBe(CAPACITY);
    const { hubEvent } = await staff.ok<{ hubEvent: Record<string, number> }>(EVENT, { id });
    expect(hubEvent).toMatchObject({ placesTaken: 10, placesLeft: 0, waitingCount: 197 });
  });

  it('reminds everyone holding a place the day before', async () => {
    const scan = worker.get(ReminderScan);
    const counts = await scan.run({ today: daysFromToday(1) });
    // The gaming panel's four confirmed registrations, and the race's four.
    expect(counts.hub_event_tomorrow).toBe(4 + 4);
    expect((await scan.run({ today: daysFromToday(1) })).hub_event_tomorrow).toBe(0);
    for (const address of [
      await emailOf(t, adviser.userId),
      'pat@family.example',
      'sam@family.example',
    ]) {
      const reminder = await waitForMail(address, 'Tomorrow: Gaming panel for parents');
      expect(reminder.text).toContain('meet.example/gaming-panel');
    }
  });

  it('records attendance after the event and follows up only those who agreed', async () => {
    expect(
      await reasonOf(staff, ATTENDANCE, { input: { registrationId: ids.adviser, attended: 1 } }),
    ).toBe('EVENT_NOT_ENDED');
    t.get(Clock).setToday(daysFromToday(3));
    const attend = (registrationId: string, attended: number) =>
      staff.ok(ATTENDANCE, { input: { registrationId, attended } });
    expect(
      await reasonOf(staff, ATTENDANCE, { input: { registrationId: ids.group, attended: 3 } }),
    ).toBe('INVALID_EVENT_ATTENDANCE');
    await attend(ids.adviser, 1);
    await attend(ids.group, 1);
    await attend(ids['pat@family.example'], 2);
    await attend(ids['sam@family.example'], 0);

    expect(await staff.ok(FOLLOW_UP, { eventId })).toEqual({ sendHubEventFollowUp: 3 });
    expect(await reasonOf(staff, FOLLOW_UP, { eventId })).toBe('FOLLOW_UP_ALREADY_SENT');
    await untilEmailsSettled(t, {
      where: `n.kind = 'HUB_EVENT_FOLLOW_UP'`,
    });
    const followed = sink.messages
      .filter((m: CaughtMail) => m.subject === 'Thank you for coming: Gaming panel for parents')
      .flatMap((m) => m.to)
      .sort();
    expect(followed).toEqual(
      [
        (await emailOf(t, adviser.userId)).toLowerCase(),
        (await emailOf(t, leader.userId)).toLowerCase(),
        'pat@family.example',
      ].sort(),
    );
    expect(inbox('pat@family.example', 'Thank you for coming')[0].text).toContain(
      'FAQ guide: https://hub.example/faq.pdf',
    );
  });

  it('reports the year’s events and exports one event’s attendance', async () => {
    const { hubEventActivity } = await staff.ok<{ hubEventActivity: Record<string, unknown> }>(
      ACTIVITY,
      { academicYear: academicYearOf(EVENT_DAY).label },
    );
    expect(hubEventActivity).toEqual({
      academicYear: academicYearOf(EVENT_DAY).label,
      // The race's event is held too (no attendance recorded); the cancelled one is not.
      eventsHeld: 2,
      byKind: [
        { kind: 'SECTOR_GROUP_EVENT', held: 1 },
        { kind: 'STUDENT_EVENT', held: 1 },
      ],
      registrations: 4 + 4,
      peopleRegistered: 1 + 2 + 2 + 1 + 10,
      attended: 1 + 1 + 2 + 0,
      attendanceRate: 4 / 6,
      noShows: 2,
      parentsAndCarersReached: 2,
      advisersAttending: 1,
      currentAdvisers: 2,
    });
    const { exportHubEventAttendance: csv } = await staff.ok<{
      exportHubEventAttendance: string;
    }>(EXPORT, { eventId });
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'kind,status,name,email,institution,year_group,places,attended,no_show,consent_to_contact',
    );
    expect(lines).toHaveLength(1 + 5);
    expect(lines).toContain('PUBLIC,CONFIRMED,Pat Parent,pat@family.example,,,2,2,0,true');
    expect(await reasonOf(adviser, EXPORT, { eventId })).toBe('ROLE_NOT_ALLOWED');
    t.get(Clock).setToday(null);
  });

  it('serves each user a private calendar feed that can be rotated and revoked', async () => {
    // An adviser's feed also shows when each of their matches starts.
    await staff.ok(PROPOSE, proposeVariables(adviserId, institutionId));
    const { rotateCalendarFeed } = await adviser.ok<{ rotateCalendarFeed: { url: string } }>(
      ROTATE_FEED,
    );
    const path = new URL(rotateCalendarFeed.url).pathname;
    const res = await fetch(`${t.baseUrl}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const events = calendarEvents(await res.text());
    expect(events.map((e) => [e.summary, e.status]).sort()).toEqual([
      [expect.stringMatching(/^Enterprise Adviser match with School \d+ starts$/), 'CONFIRMED'],
      ['Gaming panel for parents', 'CONFIRMED'],
      ['Volunteers’ Week breakfast', 'CANCELLED'],
    ]);
    const next = await adviser.ok<{ rotateCalendarFeed: { url: string } }>(ROTATE_FEED);
    expect((await fetch(`${t.baseUrl}${path}`)).status).toBe(404);
    const nextPath = new URL(next.rotateCalendarFeed.url).pathname;
    expect((await fetch(`${t.baseUrl}${nextPath}`)).status).toBe(200);
    await adviser.ok(REVOKE_FEED);
    expect((await fetch(`${t.baseUrl}${nextPath}`)).status).toBe(404);
  });
});
