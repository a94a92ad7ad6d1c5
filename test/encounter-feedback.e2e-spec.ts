import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { academicYearOf, Role } from '@chn/core';
import { ReminderScan } from '@chn/notifications';
import { SmtpSink, TestApp, waitUntil } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import { emailOf, FAST_NOTIFICATIONS } from './notifications.fixtures';
import {
  completeChecklist,
  createEmployer,
  daysFromToday,
  employerUser,
  ledInstitution,
  moveDates,
  opportunityInput,
  publishedOpportunity,
  REQUEST_PLACES,
  SignedIn,
} from './opportunities.fixtures';

const SUBMIT = `mutation ($input: SubmitEncounterFeedbackInput!) {
  submitEncounterFeedback(input: $input) { bookingId given yours }
}`;
const FEEDBACK = `query ($bookingId: ID!) {
  encounterFeedback(bookingId: $bookingId) {
    bookingId delivered attended criteriaPromised given yours
    careersLeader { rating criteriaMet comments }
    employer { rating wouldHostAgain comments }
    pupils { responded foundUseful knowMoreAboutSector moreConfidentAboutNextSteps wouldConsiderSector }
  }
}`;
const GROUP = `group delivered pupilsAttended checklistCompletePercent schoolResponses
  schoolResponsePercent employerResponses employerResponsePercent pupilResponses
  pupilResponsePercent averageSchoolRating averageEmployerRating wouldHostAgainPercent
  criteriaPromised criteriaPromisedMet criteriaMetPercent pupilsResponded foundUsefulPercent
  knowMoreAboutSectorPercent moreConfidentPercent wouldConsiderSectorPercent`;
const QUALITY = `query ($year: String) {
  hubDashboard(academicYear: $year) {
    quality {
      total { ${GROUP} }
      byTier { group delivered averageEmployerRating wouldHostAgainPercent }
      bySector { group delivered }
      byFsmQuartile { group delivered schoolResponsePercent averageEmployerRating }
      byInstitutionType { group delivered employerResponses wouldHostAgainPercent pupilsResponded }
      criteria { criterion promised promisedMet metPercent met }
    }
  }
}`;

type Quality = {
  total: Record<string, unknown>;
  byTier: Record<string, unknown>[];
  bySector: Record<string, unknown>[];
  byFsmQuartile: Record<string, unknown>[];
  byInstitutionType: Record<string, unknown>[];
  criteria: Record<string, unknown>[];
};

const PUPILS = {
  responded: 3,
  foundUseful: 3,
  knowMoreAboutSector: 2,
  moreConfidentAboutNextSteps: 1,
  wouldConsiderSector: 1,
};

describe('feedback after a delivered encounter (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let scan: ReminderScan;
  let staff: SignedIn;
  let contact: SignedIn;
  let rival: SignedIn;
  let leader: SignedIn;
  let specialLeader: SignedIn;
  let collegeLeader: SignedIn;
  /** Delivered to a mainstream school (3 attended), to a special school (2), and not delivered. */
  let bookingA: string;
  let bookingB: string;
  let bookingC: string;
  const lastDay = daysFromToday(-2);
  const year = academicYearOf(lastDay).label;

  const submit = (client: SignedIn, input: Record<string, unknown>) =>
    client.ok<{ submitEncounterFeedback: { given: string[]; yours: string[] } }>(SUBMIT, {
      input,
    });
  const refusal = async (client: SignedIn, input: Record<string, unknown>) =>
    (await client.request(SUBMIT, { input })).errors?.[0].extensions;
  const snapshot = async () => ({
    feedback: await db.query('SELECT * FROM encounter_feedback ORDER BY id'),
    audit: (await db.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n,
    events: (await db.query(`SELECT count(*)::int AS n FROM domain_events`))[0].n,
  });
  const quality = async () =>
    (await staff.ok<{ hubDashboard: { quality: Quality } }>(QUALITY, { year })).hubDashboard
      .quality;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ ...FAST_NOTIFICATIONS, SMTP_URL: sink.url });
    db = t.get(DataSource);
    const hubId = (await t.createHub('FDBK', 'Wirral Careers Hub')).id;
    staff = await t.signedIn(Role.HUB_STAFF, hubId);
    const employerId = await createEmployer(t, hubId, 'Birkenhead Boatworks');
    contact = await employerUser(t, hubId, employerId);
    rival = await employerUser(t, hubId, await createEmployer(t, hubId, 'Rival Yachts'));
    const school = await ledInstitution(t, hubId, { name: 'Wallasey School', fsmPercent: 10 });
    const special = await ledInstitution(t, hubId, { name: 'Oaklands Special', fsmPercent: 45 });
    const college = await ledInstitution(t, hubId, { name: 'Wirral College' });
    await db.query(`UPDATE institutions SET type = 'SEND' WHERE id = $1`, [special.institutionId]);
    leader = school.leader;
    specialLeader = special.leader;
    collegeLeader = college.leader;
    const opportunityId = await publishedOpportunity(
      staff,
      opportunityInput({ employerId, title: 'Boatyard day', sector: 'Maritime', tier: 'T2' }),
    );
    const book = async (client: SignedIn, institutionId: string, places: number) => {
      const { requestPlaces } = await client.ok<{ requestPlaces: { id: string } }>(REQUEST_PLACES, {
        input: { opportunityId, institutionId, places, fsmPlaces: 0, yearGroup: 10 },
      });
      await contact.ok(`mutation ($id: ID!) { confirmBooking(id: $id) { id } }`, {
        id: requestPlaces.id,
      });
      await completeChecklist(client, contact, requestPlaces.id, places);
      return requestPlaces.id;
    };
    bookingA = await book(leader, school.institutionId, 3);
    bookingB = await book(specialLeader, special.institutionId, 2);
    bookingC = await book(collegeLeader, college.institutionId, 2);
    await moveDates(t, opportunityId, lastDay);
    for (const [bookingId, attended] of [
      [bookingA, 3],
      [bookingB, 2],
    ] as const) {
      await contact.ok(
        `mutation ($bookingId: ID!, $attended: Int!) {
          recordAttendance(bookingId: $bookingId, attended: $attended, fsmAttended: 0) { id }
        }`,
        { bookingId, attended },
      );
    }
    worker = await createWorkerApp();
    scan = worker.get(ReminderScan);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.stop();
    await sink?.stop();
  });

  it('asks each side for feedback the day after the last day, and reminds once if not given', async () => {
    const feedbackCounts = async (today: string) => {
      const counts = await scan.run({ today });
      return Object.fromEntries(
        Object.entries(counts).filter(([kind]) => kind.includes('feedback')),
      );
    };
    expect(await feedbackCounts(lastDay)).toEqual({
      feedback_request_school: 0,
      feedback_request_employer: 0,
      feedback_reminder_school: 0,
      feedback_reminder_employer: 0,
    });
    const dayAfter = daysFromToday(-1);
    expect(await feedbackCounts(dayAfter)).toEqual({
      feedback_request_school: 2,
      feedback_request_employer: 2,
      feedback_reminder_school: 0,
      feedback_reminder_employer: 0,
    });
    expect(Object.values(await feedbackCounts(dayAfter))).toEqual([0, 0, 0, 0]);

    // The employer answers for the mainstream school's booking: only the other is reminded.
    expect(
      (
        await submit(contact, {
          bookingId: bookingA,
          party: 'EMPLOYER',
          rating: 5,
          wouldHostAgain: true,
          comments: 'Keen group, asked good questions.',
        })
      ).submitEncounterFeedback,
    ).toEqual({ bookingId: bookingA, given: ['EMPLOYER'], yours: [] });
    expect(Object.values(await feedbackCounts(daysFromToday(4)))).toEqual([0, 0, 0, 0]);
    expect(await feedbackCounts(daysFromToday(6))).toEqual({
      feedback_request_school: 0,
      feedback_request_employer: 0,
      feedback_reminder_school: 2,
      feedback_reminder_employer: 1,
    });
    expect(Object.values(await feedbackCounts(daysFromToday(20)))).toEqual([0, 0, 0, 0]);

    const leaderEmail = await emailOf(t, leader.userId);
    const contactEmail = await emailOf(t, contact.userId);
    const feedbackMail = async (userId: string, about: RegExp) =>
      sink.to(await emailOf(t, userId)).filter((m) => about.test(m.subject));
    const mail = await waitUntil(() => {
      const toLeader = sink.to(leaderEmail).filter((m) => /go for your pupils/.test(m.subject));
      const toContact = sink.to(contactEmail).filter((m) => /hosting/.test(m.subject));
      return toLeader.length >= 2 && toContact.length >= 3 && { toLeader, toContact };
    }, 'the feedback requests and reminders arrive');
    expect(mail.toLeader.map((m) => m.subject).sort()).toEqual([
      'How did Boatyard day go for your pupils?',
      'Reminder: how did Boatyard day go for your pupils?',
    ]);
    expect(mail.toLeader[0].text).toContain(`/console/bookings/${bookingA}#feedback`);
    expect(mail.toContact.map((m) => m.subject).sort()).toEqual([
      'How did hosting Oaklands Special go?',
      'How did hosting Wallasey School go?',
      'Reminder: how did hosting Oaklands Special go?',
    ]);
    expect(await feedbackMail(collegeLeader.userId, /go for your pupils/)).toEqual([]);
    expect(await feedbackMail(specialLeader.userId, /go for your pupils/)).toHaveLength(2);
  });

  it('refuses feedback not yet due, twice, from the wrong side or above the attendance, changing nothing', async () => {
    const before = await snapshot();
    const leaderFeedback = { party: 'CAREERS_LEADER', rating: 4, criteriaMet: ['CLEAR_PURPOSE'] };
    const cases: [SignedIn, Record<string, unknown>, Record<string, unknown>][] = [
      [
        collegeLeader,
        { bookingId: bookingC, ...leaderFeedback },
        { code: 'CONFLICT', reason: 'ENCOUNTER_NOT_DELIVERED' },
      ],
      [
        contact,
        { bookingId: bookingA, party: 'EMPLOYER', rating: 2, wouldHostAgain: false },
        { code: 'CONFLICT', reason: 'FEEDBACK_ALREADY_GIVEN' },
      ],
      [
        leader,
        { bookingId: bookingA, party: 'PUPILS', pupils: { ...PUPILS, responded: 4 } },
        { code: 'BAD_USER_INPUT', reason: 'PUPIL_COUNTS_EXCEED_ATTENDANCE' },
      ],
      [
        leader,
        { bookingId: bookingA, party: 'PUPILS', pupils: { ...PUPILS, responded: 2 } },
        { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' },
      ],
      [
        leader,
        { bookingId: bookingA, party: 'CAREERS_LEADER', rating: 4 },
        { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' },
      ],
      [
        leader,
        { bookingId: bookingA, ...leaderFeedback, wouldHostAgain: true },
        { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' },
      ],
      [
        contact,
        { bookingId: bookingA, party: 'PUPILS', pupils: PUPILS },
        { code: 'FORBIDDEN', reason: 'NOT_YOUR_FEEDBACK' },
      ],
      [
        leader,
        { bookingId: bookingB, ...leaderFeedback },
        { code: 'NOT_FOUND', reason: 'BOOKING_NOT_FOUND' },
      ],
      [
        rival,
        { bookingId: bookingB, party: 'EMPLOYER', rating: 1, wouldHostAgain: false },
        { code: 'NOT_FOUND', reason: 'BOOKING_NOT_FOUND' },
      ],
      [
        staff,
        { bookingId: bookingA, ...leaderFeedback },
        { code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' },
      ],
    ];
    for (const [client, input, expected] of cases) {
      expect(await refusal(client, input)).toMatchObject(expected);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('takes the school’s and the pupils’ feedback; each side reads its own, the hub team all', async () => {
    await submit(leader, {
      bookingId: bookingA,
      party: 'CAREERS_LEADER',
      rating: 4,
      criteriaMet: ['CLEAR_PURPOSE', 'TWO_WAY_INTERACTION', 'REFLECTION'],
      comments: 'Well run; the task could be longer.',
    });
    expect(
      (await submit(leader, { bookingId: bookingA, party: 'PUPILS', pupils: PUPILS }))
        .submitEncounterFeedback,
    ).toEqual({ bookingId: bookingA, given: ['CAREERS_LEADER', 'EMPLOYER', 'PUPILS'], yours: [] });
    await submit(contact, {
      bookingId: bookingB,
      party: 'EMPLOYER',
      rating: 3,
      wouldHostAgain: false,
    });

    const read = async (client: SignedIn, bookingId = bookingA) =>
      (await client.ok<{ encounterFeedback: Record<string, unknown> }>(FEEDBACK, { bookingId }))
        .encounterFeedback;
    const leaderPart = {
      rating: 4,
      criteriaMet: ['CLEAR_PURPOSE', 'TWO_WAY_INTERACTION', 'REFLECTION'],
      comments: 'Well run; the task could be longer.',
    };
    const employerPart = {
      rating: 5,
      wouldHostAgain: true,
      comments: 'Keen group, asked good questions.',
    };
    const pupilsPart = {
      responded: 3,
      foundUseful: 3,
      knowMoreAboutSector: 2,
      moreConfidentAboutNextSteps: 1,
      wouldConsiderSector: 1,
    };
    const common = {
      bookingId: bookingA,
      delivered: true,
      attended: 3,
      criteriaPromised: ['CLEAR_PURPOSE', 'TWO_WAY_INTERACTION', 'PERFORMS_TASK'],
      given: ['CAREERS_LEADER', 'EMPLOYER', 'PUPILS'],
      yours: [],
    };
    expect(await read(staff)).toEqual({
      ...common,
      careersLeader: leaderPart,
      employer: employerPart,
      pupils: pupilsPart,
    });
    expect(await read(leader)).toEqual({
      ...common,
      careersLeader: leaderPart,
      employer: null,
      pupils: pupilsPart,
    });
    expect(await read(contact)).toEqual({
      ...common,
      careersLeader: null,
      employer: employerPart,
      pupils: null,
    });
    expect(await read(specialLeader, bookingB)).toMatchObject({
      delivered: true,
      given: ['EMPLOYER'],
      yours: ['CAREERS_LEADER', 'PUPILS'],
      employer: null,
    });
    expect(await read(collegeLeader, bookingC)).toMatchObject({ delivered: false, yours: [] });
    for (const outsider of [rival, specialLeader]) {
      const { errors } = await outsider.request(FEEDBACK, { bookingId: bookingA });
      expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    // Attendance corrected later cannot fall below the pupils' answers counted.
    const lowered = await contact.request(
      `mutation { recordAttendance(bookingId: "${bookingA}", attended: 2, fsmAttended: 0) { id } }`,
    );
    expect(lowered.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PUPIL_COUNTS_EXCEED_ATTENDANCE',
    });
    expect((await db.query('SELECT attended FROM bookings WHERE id = $1', [bookingA]))[0]).toEqual({
      attended: 3,
    });
    const [audit] = await db.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'feedback_given'
       AND changes->>'party' = 'CAREERS_LEADER'`,
      [bookingA],
    );
    expect(audit.changes).toMatchObject({ rating: 4, withComments: true });
    expect(JSON.stringify(audit.changes)).not.toContain('Well run');
  });

  it('reports the quality of delivered encounters on the dashboard, kept until feedback changes it', async () => {
    const first = await quality();
    expect(first.total).toEqual({
      group: 'ALL',
      delivered: 2,
      pupilsAttended: 5,
      checklistCompletePercent: 100,
      schoolResponses: 1,
      schoolResponsePercent: 50,
      employerResponses: 2,
      employerResponsePercent: 100,
      pupilResponses: 1,
      pupilResponsePercent: 50,
      averageSchoolRating: 4,
      averageEmployerRating: 4,
      wouldHostAgainPercent: 50,
      criteriaPromised: 3,
      criteriaPromisedMet: 2,
      criteriaMetPercent: 66.7,
      pupilsResponded: 3,
      foundUsefulPercent: 100,
      knowMoreAboutSectorPercent: 66.7,
      moreConfidentPercent: 33.3,
      wouldConsiderSectorPercent: 33.3,
    });
    expect(first.byTier).toEqual([
      { group: 'T2', delivered: 2, averageEmployerRating: 4, wouldHostAgainPercent: 50 },
    ]);
    expect(first.bySector).toEqual([{ group: 'Maritime', delivered: 2 }]);
    // 2024/25 boundaries (the latest): 10 % FSM is quartile 1, 45 % quartile 4.
    expect(first.byFsmQuartile).toEqual([
      { group: '1', delivered: 1, schoolResponsePercent: 100, averageEmployerRating: 5 },
      { group: '4', delivered: 1, schoolResponsePercent: 0, averageEmployerRating: 3 },
    ]);
    expect(first.byInstitutionType).toEqual([
      {
        group: 'MAINSTREAM',
        delivered: 1,
        employerResponses: 1,
        wouldHostAgainPercent: 100,
        pupilsResponded: 3,
      },
      {
        group: 'SEND',
        delivered: 1,
        employerResponses: 1,
        wouldHostAgainPercent: 0,
        pupilsResponded: 0,
      },
    ]);
    expect(first.criteria).toContainEqual({
      criterion: 'PERFORMS_TASK',
      promised: 1,
      promisedMet: 0,
      metPercent: 0,
      met: 0,
    });
    expect(first.criteria).toContainEqual({
      criterion: 'REFLECTION',
      promised: 0,
      promisedMet: 0,
      metPercent: null,
      met: 1,
    });

    await submit(specialLeader, {
      bookingId: bookingB,
      party: 'CAREERS_LEADER',
      rating: 2,
      criteriaMet: [],
    });
    const second = await quality();
    expect(second.total).toMatchObject({
      schoolResponses: 2,
      averageSchoolRating: 3,
      criteriaPromised: 6,
      criteriaPromisedMet: 2,
      criteriaMetPercent: 33.3,
    });

    const { exportDashboard } = await staff.ok<{ exportDashboard: string }>(
      'query ($year: String) { exportDashboard(academicYear: $year) }',
      { year },
    );
    const lines = exportDashboard.split('\r\n');
    expect(lines).toContain('quality,Total,average employer rating,4');
    expect(lines).toContain('quality,Total,% criteria met of promised,33.3');
    expect(lines).toContain('quality by institution type,SEND,% would host again,0');
    expect(lines).toContain('quality by FSM quartile,1,% pupils found it useful,100');
    expect(lines).toContain('quality criteria,CLEAR_PURPOSE,promised and met,1');
  });
});
