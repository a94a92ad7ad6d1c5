import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { academicYearOf, Clock, Role } from '@chn/core';
import { ReminderScan } from '@chn/notifications';
import { TestApp } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import { FAST_NOTIFICATIONS, inboxNotice } from './notifications.fixtures';
import {
  APPROVE_OPPORTUNITY,
  createEmployer,
  CREATE_OPPORTUNITY,
  daysFromToday,
  employerUser,
  ledInstitution,
  opportunityInput,
  REQUEST_PLACES,
  SignedIn,
  SUBMIT_OPPORTUNITY,
} from './opportunities.fixtures';

/*
 * One work-experience placement, told as the hub sees it: Mersey Marine drafts a week at its
 * boatyard; the hub approves it once the insurance and the risk assessment stand; Wallasey
 * School books two pupils; both sides work through the checklist; the week happens; attendance
 * is recorded; the school, its pupils (as counts) and the employer give feedback; the hub's
 * dashboard counts the encounter. Each party acts through the API as itself, each hand-off
 * reaches the next party's inbox, and every refusal on the way has its code and changes nothing.
 */

const RECORD_COMPLIANCE = `mutation ($input: RecordEmployerComplianceInput!) {
  recordEmployerCompliance(input: $input) { insuranceExpiresOn }
}`;
const RECORD_RISK = `mutation ($input: RecordRiskAssessmentInput!) {
  recordRiskAssessment(input: $input) { reviewedOn document { fileName contentType } }
}`;
const OPPORTUNITY = `query ($id: ID!) { opportunity(id: $id) { status } }`;
const CONFIRM = `mutation ($id: ID!) { confirmBooking(id: $id) { status } }`;
const COMPLETE_ITEM = `mutation ($input: CompleteChecklistItemInput!) {
  completeChecklistItem(input: $input) { complete }
}`;
const RECORD_ATTENDANCE = `mutation ($bookingId: ID!, $attended: Int!, $fsmAttended: Int!) {
  recordAttendance(bookingId: $bookingId, attended: $attended, fsmAttended: $fsmAttended) { attended }
}`;
const GIVE_FEEDBACK = `mutation ($input: SubmitEncounterFeedbackInput!) {
  submitEncounterFeedback(input: $input) { given }
}`;
const FEEDBACK = `query ($bookingId: ID!) {
  encounterFeedback(bookingId: $bookingId) { delivered given yours }
}`;
const QUALITY = `query ($year: String) {
  hubDashboard(academicYear: $year) {
    quality {
      total {
        delivered pupilsAttended checklistCompletePercent schoolResponses employerResponses
        pupilResponses averageSchoolRating averageEmployerRating wouldHostAgainPercent
        criteriaPromised criteriaPromisedMet pupilsResponded foundUsefulPercent
        knowMoreAboutSectorPercent
      }
      byTier { group delivered }
    }
  }
}`;

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 0x20)]).toString('base64');

describe('one placement from draft to feedback (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let worker: INestApplicationContext;
  /** The hub team, the employer's contact, and the careers leaders of two schools. */
  let hub: SignedIn;
  let employer: SignedIn;
  let leader: SignedIn;
  let secondLeader: SignedIn;
  let schoolId: string;
  let secondSchoolId: string;
  let placementId: string;
  let bookingId: string;
  let secondBookingId: string;

  const TITLE = 'A week in the boatyard';
  const startsOn = daysFromToday(14);
  const lastDay = daysFromToday(18);
  const dayAfter = daysFromToday(19);
  const year = academicYearOf(startsOn).label;
  const criteriaPromised = ['CLEAR_PURPOSE', 'TWO_WAY_INTERACTION', 'PERFORMS_TASK'];

  /** The day as the API and the worker see it (null: the real today). */
  const setToday = (date: string | null) => {
    t.get(Clock).setToday(date);
    worker.get(Clock).setToday(date);
  };

  /** Everything a refusal could have changed: the chain's rows, the audit trail and the outbox. */
  const chainState = async () => ({
    opportunities: await db.query('SELECT * FROM opportunities ORDER BY id'),
    compliance: await db.query('SELECT * FROM employer_compliance ORDER BY employer_id'),
    riskAssessments: await db.query('SELECT * FROM opportunity_risk_assessments'),
    documents: await db.query('SELECT id FROM compliance_documents ORDER BY id'),
    bookings: await db.query('SELECT * FROM bookings ORDER BY id'),
    checklists: await db.query('SELECT * FROM booking_checklists ORDER BY booking_id'),
    feedback: await db.query('SELECT * FROM encounter_feedback ORDER BY id'),
    audit: (await db.query('SELECT count(*)::int AS n FROM audit_log'))[0].n,
    events: (await db.query('SELECT count(*)::int AS n FROM domain_events'))[0].n,
  });

  /** Runs `query` as `client`, expects it refused with `error`, and checks nothing changed. */
  const expectRefused = async (
    client: SignedIn,
    query: string,
    variables: Record<string, unknown>,
    error: { code: string; reason: string },
  ) => {
    const before = await chainState();
    const { errors } = await client.request(query, variables);
    expect(errors?.[0].extensions).toMatchObject(error);
    expect(await chainState()).toEqual(before);
  };

  const complete = (client: SignedIn, booking: string, input: Record<string, unknown>) =>
    client.ok<{ completeChecklistItem: { complete: boolean } }>(COMPLETE_ITEM, {
      input: { bookingId: booking, ...input },
    });
  const giveFeedback = (client: SignedIn, input: Record<string, unknown>) =>
    client.ok<{ submitEncounterFeedback: { given: string[] } }>(GIVE_FEEDBACK, {
      input: { bookingId, ...input },
    });
  const quality = async () =>
    (
      await hub.ok<{
        hubDashboard: { quality: { total: Record<string, unknown>; byTier: unknown[] } };
      }>(QUALITY, { year })
    ).hubDashboard.quality;

  beforeAll(async () => {
    t = await TestApp.start(FAST_NOTIFICATIONS);
    db = t.get(DataSource);
    const hubId = (await t.createHub('CHAIN', 'Wirral Careers Hub')).id;
    hub = await t.signedIn(Role.HUB_STAFF, hubId);
    employer = await employerUser(t, hubId, await createEmployer(t, hubId, 'Mersey Marine'));
    ({ leader, institutionId: schoolId } = await ledInstitution(t, hubId, {
      name: 'Wallasey School',
      fsmPercent: 20,
    }));
    ({ leader: secondLeader, institutionId: secondSchoolId } = await ledInstitution(t, hubId, {
      name: 'Hoylake Academy',
    }));
    worker = await createWorkerApp();
  });
  afterAll(async () => {
    if (worker) setToday(null);
    await worker?.close();
    await t.stop();
  });

  it('1. the employer drafts the placement and submits it: the hub team is asked to approve', async () => {
    const { createOpportunity } = await employer.ok<{
      createOpportunity: { id: string; status: string };
    }>(CREATE_OPPORTUNITY, {
      input: opportunityInput({
        kind: 'WORK_EXPERIENCE_PLACEMENT',
        title: TITLE,
        tier: 'T3',
        sector: 'Maritime',
        yearGroups: [10],
        atEmployerPremises: true,
        startsOn,
        endsOn: lastDay,
        lengthDays: 5,
        totalPlaces: 4,
        meaningfulCriteria: criteriaPromised,
      }),
    });
    placementId = createOpportunity.id;
    expect(createOpportunity.status).toBe('DRAFT');

    await employer.ok(SUBMIT_OPPORTUNITY, { id: placementId });
    const notice = await inboxNotice(hub, 'OPPORTUNITY_SUBMITTED', TITLE);
    expect(notice.subject).toBe(`To approve: ${TITLE} by Mersey Marine`);
    // Schools do not see it until the hub approves it.
    const unseen = await leader.request(OPPORTUNITY, { id: placementId });
    expect(unseen.errors?.[0].extensions?.reason).toBe('OPPORTUNITY_NOT_FOUND');
  });

  it('2. the hub cannot approve it while the employer’s insurance has expired', async () => {
    await employer.ok(RECORD_COMPLIANCE, {
      input: {
        insurer: 'Mersey Mutual',
        policyNumber: 'EL-2025-114',
        coverAmountPounds: 10_000_000,
        insuranceExpiresOn: daysFromToday(-10),
        safeguardingReviewedOn: daysFromToday(-90),
        dataProtectionStatement: 'We keep no pupil data beyond first names on the day.',
      },
    });
    await expectRefused(
      hub,
      APPROVE_OPPORTUNITY,
      { id: placementId },
      {
        code: 'CONFLICT',
        reason: 'INSURANCE_EXPIRED',
      },
    );
  });

  it('3. nor, once the cover is renewed, while its risk assessment is missing or out of date', async () => {
    await employer.ok(RECORD_COMPLIANCE, {
      input: { policyNumber: 'EL-2026-115', insuranceExpiresOn: daysFromToday(355) },
    });
    await expectRefused(
      hub,
      APPROVE_OPPORTUNITY,
      { id: placementId },
      {
        code: 'CONFLICT',
        reason: 'RISK_ASSESSMENT_MISSING',
      },
    );

    // Last year's assessment stands for twelve months: it runs out before the placement ends.
    await employer.ok(RECORD_RISK, {
      input: {
        opportunityId: placementId,
        reviewedOn: daysFromToday(-360),
        reviewedBy: 'Pat Safety',
        link: 'https://example.test/boatyard-risk-2025',
      },
    });
    await expectRefused(
      hub,
      APPROVE_OPPORTUNITY,
      { id: placementId },
      {
        code: 'CONFLICT',
        reason: 'RISK_ASSESSMENT_EXPIRED',
      },
    );
  });

  it('4. with a fresh risk assessment (a PDF) the hub approves it: the employer is told and schools see it', async () => {
    const { recordRiskAssessment } = await employer.ok<{
      recordRiskAssessment: { document: { fileName: string; contentType: string } };
    }>(RECORD_RISK, {
      input: {
        opportunityId: placementId,
        reviewedOn: daysFromToday(-2),
        reviewedBy: 'Pat Safety',
        fileName: 'boatyard risk assessment.pdf',
        pdfBase64: pdf,
      },
    });
    expect(recordRiskAssessment.document).toEqual({
      fileName: 'boatyard risk assessment.pdf',
      contentType: 'application/pdf',
    });

    await hub.ok(APPROVE_OPPORTUNITY, { id: placementId });
    const notice = await inboxNotice(employer, 'OPPORTUNITY_APPROVED', TITLE);
    expect(notice.subject).toBe(`Approved and published: ${TITLE}`);
    const { opportunity } = await leader.ok<{ opportunity: { status: string } }>(OPPORTUNITY, {
      id: placementId,
    });
    expect(opportunity.status).toBe('PUBLISHED');
  });

  it('5. Wallasey School books two pupils: the employer is asked, confirms, and the school is told', async () => {
    const { requestPlaces } = await leader.ok<{ requestPlaces: { id: string } }>(REQUEST_PLACES, {
      input: {
        opportunityId: placementId,
        institutionId: schoolId,
        places: 2,
        fsmPlaces: 1,
        yearGroup: 10,
      },
    });
    bookingId = requestPlaces.id;
    const request = await inboxNotice(employer, 'BOOKING_REQUESTED', 'Wallasey School');
    expect(request.subject).toBe(`Booking request: Wallasey School for ${TITLE}`);

    const { confirmBooking } = await employer.ok<{ confirmBooking: { status: string } }>(CONFIRM, {
      id: bookingId,
    });
    expect(confirmBooking.status).toBe('CONFIRMED');
    const confirmed = await inboxNotice(leader, 'BOOKING_CONFIRMED', TITLE);
    expect(confirmed.subject).toBe(`Booking confirmed: ${TITLE}`);
  });

  it('6. the school does its part of the checklist, handing over to the employer', async () => {
    await complete(leader, bookingId, { item: 'PARENTAL_CONSENT', consentCount: 2 });
    await complete(leader, bookingId, { item: 'NEEDS_SHARED' });
    const done = await complete(leader, bookingId, {
      item: 'TRAVEL_ARRANGED',
      travelArrangements: 'Ferry across the Mersey with a teacher',
    });
    expect(done.completeChecklistItem.complete).toBe(false);
    const handOff = await inboxNotice(employer, 'CHECKLIST_TO_EMPLOYER', 'Wallasey School');
    expect(handOff.subject).toBe(`Your turn on the checklist: Wallasey School on ${TITLE}`);
    expect(handOff.body).toContain(
      'Still to do: the workplace supervisor named; the induction confirmed.',
    );
  });

  it('7. the employer names the supervisor and confirms the induction, handing back to the school', async () => {
    await complete(employer, bookingId, {
      item: 'SUPERVISOR_NAMED',
      supervisorName: 'Sam Keel',
      supervisorRole: 'Yard manager',
    });
    const done = await complete(employer, bookingId, { item: 'INDUCTION_CONFIRMED' });
    expect(done.completeChecklistItem.complete).toBe(true);
    const handBack = await inboxNotice(leader, 'CHECKLIST_TO_INSTITUTION', TITLE);
    expect(handBack.subject).toBe(`Checklist complete: ${TITLE}`);
  });

  it('8. no feedback can be given before the placement has happened', async () => {
    await expectRefused(
      leader,
      GIVE_FEEDBACK,
      { input: { bookingId, party: 'CAREERS_LEADER', rating: 5, criteriaMet: criteriaPromised } },
      { code: 'CONFLICT', reason: 'ENCOUNTER_NOT_DELIVERED' },
    );
    expect((await quality()).total).toMatchObject({ delivered: 0 });
  });

  it('9. a second school whose checklist is still open cannot have its attendance confirmed after the week', async () => {
    const { requestPlaces } = await secondLeader.ok<{ requestPlaces: { id: string } }>(
      REQUEST_PLACES,
      {
        input: {
          opportunityId: placementId,
          institutionId: secondSchoolId,
          places: 1,
          fsmPlaces: 0,
          yearGroup: 10,
        },
      },
    );
    secondBookingId = requestPlaces.id;
    await employer.ok(CONFIRM, { id: secondBookingId });
    await complete(secondLeader, secondBookingId, { item: 'PARENTAL_CONSENT', consentCount: 1 });

    setToday(dayAfter);
    await expectRefused(
      employer,
      RECORD_ATTENDANCE,
      { bookingId: secondBookingId, attended: 1, fsmAttended: 0 },
      { code: 'CONFLICT', reason: 'CHECKLIST_INCOMPLETE' },
    );
  });

  it('10. after the week the employer records Wallasey’s attendance: the dashboard counts the encounter and both sides are asked for feedback', async () => {
    const { recordAttendance } = await employer.ok<{ recordAttendance: { attended: number } }>(
      RECORD_ATTENDANCE,
      { bookingId, attended: 2, fsmAttended: 1 },
    );
    expect(recordAttendance.attended).toBe(2);
    expect(await quality()).toEqual({
      total: expect.objectContaining({
        delivered: 1,
        pupilsAttended: 2,
        checklistCompletePercent: 100,
        schoolResponses: 0,
        employerResponses: 0,
        pupilResponses: 0,
      }),
      byTier: [{ group: 'T3', delivered: 1 }],
    });

    // The daily scan, the day after the last day, asks each side that owes feedback.
    const counts = await worker.get(ReminderScan).run({});
    expect(counts).toMatchObject({ feedback_request_school: 1, feedback_request_employer: 1 });
    const toSchool = await inboxNotice(leader, 'FEEDBACK_REQUESTED_FROM_SCHOOL', TITLE);
    expect(toSchool.subject).toBe(`How did ${TITLE} go for your pupils?`);
    const toEmployer = await inboxNotice(
      employer,
      'FEEDBACK_REQUESTED_FROM_EMPLOYER',
      'Wallasey School',
    );
    expect(toEmployer.subject).toBe('How did hosting Wallasey School go?');
  });

  it('11. the careers leader, the pupils (as counts) and the employer give feedback, which the dashboard reports', async () => {
    const { encounterFeedback } = await leader.ok<{
      encounterFeedback: { delivered: boolean; yours: string[] };
    }>(FEEDBACK, { bookingId });
    expect(encounterFeedback).toMatchObject({
      delivered: true,
      yours: ['CAREERS_LEADER', 'PUPILS'],
    });

    await giveFeedback(leader, {
      party: 'CAREERS_LEADER',
      rating: 4,
      criteriaMet: ['CLEAR_PURPOSE', 'TWO_WAY_INTERACTION'],
      comments: 'Well run; more hands-on time next year.',
    });
    await giveFeedback(leader, {
      party: 'PUPILS',
      pupils: {
        responded: 2,
        foundUseful: 2,
        knowMoreAboutSector: 1,
        moreConfidentAboutNextSteps: 1,
        wouldConsiderSector: 0,
      },
    });
    const { submitEncounterFeedback } = await giveFeedback(employer, {
      party: 'EMPLOYER',
      rating: 5,
      wouldHostAgain: true,
    });
    expect(submitEncounterFeedback.given).toEqual(['CAREERS_LEADER', 'EMPLOYER', 'PUPILS']);

    expect((await quality()).total).toEqual({
      delivered: 1,
      pupilsAttended: 2,
      checklistCompletePercent: 100,
      schoolResponses: 1,
      employerResponses: 1,
      pupilResponses: 1,
      averageSchoolRating: 4,
      averageEmployerRating: 5,
      wouldHostAgainPercent: 100,
      criteriaPromised: 3,
      criteriaPromisedMet: 2,
      pupilsResponded: 2,
      foundUsefulPercent: 100,
      knowMoreAboutSectorPercent: 50,
    });
  });

  it('12. feedback is given once: a second go is refused', async () => {
    await expectRefused(
      employer,
      GIVE_FEEDBACK,
      { input: { bookingId, party: 'EMPLOYER', rating: 1, wouldHostAgain: false } },
      { code: 'CONFLICT', reason: 'FEEDBACK_ALREADY_GIVEN' },
    );
    await expectRefused(
      leader,
      GIVE_FEEDBACK,
      { input: { bookingId, party: 'CAREERS_LEADER', rating: 2, criteriaMet: [] } },
      { code: 'CONFLICT', reason: 'FEEDBACK_ALREADY_GIVEN' },
    );
  });
});
