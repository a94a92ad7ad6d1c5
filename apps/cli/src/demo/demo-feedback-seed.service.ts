import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '@chn/core';
import {
  BookingsService,
  CloseEndedOpportunitiesJob,
  DeliveryMode,
  EncounterFeedbackEntity,
  FeedbackParty,
  needsApproval,
  OpportunitiesService,
  OpportunityApprovalService,
  OpportunityKind,
  RiskAssessmentsService,
  Tier,
} from '@chn/opportunities';
import { seedDemoChecklist } from './demo-checklist';
import { criteria, daysAgoThisYear, DEMO_EMPLOYERS, isoDate } from './demo-network';

type SchoolPick = 'HIGH_FSM' | 'LOW_FSM' | 'SEND' | 'AP' | 'DEMO_LEADER';

interface DeliveredEncounter {
  /** Index into DEMO_EMPLOYERS; placements at the premises need its compliance on record. */
  employer: number;
  title: string;
  kind: OpportunityKind;
  tier: Tier;
  atEmployerPremises: boolean;
  lengthDays: number;
  /** Days ago of the last day. */
  endedDaysAgo: number;
  school: SchoolPick;
  places: number;
  attended: number;
  promised: number;
  /** The careers leader's rating, how many of the promised criteria were met, and a comment. */
  school_feedback?: { rating: number; met: number; comments?: string };
  /** Of the pupils who attended, how many answered; then yes answers per question. */
  pupils?: [
    responded: number,
    useful: number,
    knowMore: number,
    confident: number,
    consider: number,
  ];
  employer_feedback?: { rating: number; hostAgain: boolean; comments?: string };
}

/**
 * Encounters already delivered, with feedback from some sides and still owed by others, so the
 * overview's quality section has figures in every split and the demo careers leader and employer
 * each find a feedback form waiting.
 */
const DEMO_DELIVERED: DeliveredEncounter[] = [
  {
    employer: 0,
    title: 'Game studio placement week',
    kind: OpportunityKind.WORK_EXPERIENCE_PLACEMENT,
    tier: Tier.T3,
    atEmployerPremises: true,
    lengthDays: 5,
    endedDaysAgo: 25,
    school: 'HIGH_FSM',
    places: 4,
    attended: 4,
    promised: 6,
    school_feedback: { rating: 5, met: 6, comments: 'Pupils built and tested a level; superb.' },
    pupils: [4, 4, 4, 3, 3],
    employer_feedback: { rating: 5, hostAgain: true, comments: 'A curious, capable group.' },
  },
  {
    employer: 4,
    title: 'Hotel operations placement',
    kind: OpportunityKind.WORK_EXPERIENCE_PLACEMENT,
    tier: Tier.T3,
    atEmployerPremises: true,
    lengthDays: 5,
    endedDaysAgo: 40,
    school: 'SEND',
    places: 3,
    attended: 3,
    promised: 5,
    school_feedback: { rating: 4, met: 4, comments: 'Quiet spaces between shifts helped.' },
    pupils: [3, 3, 2, 2, 1],
    employer_feedback: { rating: 4, hostAgain: true },
  },
  {
    employer: 6,
    title: 'Care placement: two days on the wards',
    kind: OpportunityKind.WORK_EXPERIENCE_PLACEMENT,
    tier: Tier.T3,
    atEmployerPremises: true,
    lengthDays: 2,
    endedDaysAgo: 15,
    school: 'AP',
    places: 2,
    attended: 2,
    promised: 4,
    employer_feedback: {
      rating: 3,
      hostAgain: false,
      comments: 'We need more supervisors on shift before hosting again.',
    },
  },
  {
    employer: 8,
    title: 'Home care shadowing',
    kind: OpportunityKind.WORK_EXPERIENCE_PLACEMENT,
    tier: Tier.T3,
    atEmployerPremises: true,
    lengthDays: 3,
    endedDaysAgo: 50,
    school: 'LOW_FSM',
    places: 4,
    attended: 3,
    promised: 5,
    school_feedback: { rating: 3, met: 2, comments: 'Less hands-on than promised.' },
    pupils: [3, 2, 2, 1, 0],
  },
  {
    employer: 1,
    title: 'Level design workshop',
    kind: OpportunityKind.PROJECT,
    tier: Tier.T2,
    atEmployerPremises: false,
    lengthDays: 1,
    endedDaysAgo: 10,
    school: 'HIGH_FSM',
    places: 6,
    attended: 5,
    promised: 4,
    school_feedback: { rating: 4, met: 4 },
    pupils: [5, 5, 3, 3, 2],
    employer_feedback: { rating: 4, hostAgain: true },
  },
  {
    employer: 0,
    title: 'Studio open day',
    kind: OpportunityKind.WORKPLACE_VISIT,
    tier: Tier.T2,
    atEmployerPremises: false,
    lengthDays: 1,
    endedDaysAgo: 5,
    school: 'DEMO_LEADER',
    places: 3,
    attended: 3,
    promised: 4,
    employer_feedback: { rating: 5, hostAgain: true, comments: 'Great questions about art jobs.' },
  },
  {
    employer: 0,
    title: 'Games testing taster',
    kind: OpportunityKind.WORKPLACE_VISIT,
    tier: Tier.T1,
    atEmployerPremises: false,
    lengthDays: 1,
    endedDaysAgo: 8,
    school: 'LOW_FSM',
    places: 5,
    attended: 5,
    promised: 3,
    school_feedback: { rating: 4, met: 3 },
    pupils: [5, 4, 4, 2, 3],
  },
];

/** Schools for each pick: in the hub, by FSM and type; and the demo careers leader's own. */
const SCHOOLS_SQL = `
  SELECT
    (SELECT id FROM institutions WHERE hub_id = $1 AND in_hub_since IS NOT NULL AND type = 'MAINSTREAM'
      AND fsm_percent IS NOT NULL ORDER BY fsm_percent DESC, name LIMIT 1) AS "HIGH_FSM",
    (SELECT id FROM institutions WHERE hub_id = $1 AND in_hub_since IS NOT NULL AND type = 'MAINSTREAM'
      AND fsm_percent IS NOT NULL ORDER BY fsm_percent, name LIMIT 1) AS "LOW_FSM",
    (SELECT id FROM institutions WHERE hub_id = $1 AND in_hub_since IS NOT NULL AND type = 'SEND'
      ORDER BY name LIMIT 1) AS "SEND",
    (SELECT id FROM institutions WHERE hub_id = $1 AND in_hub_since IS NOT NULL AND type = 'AP'
      ORDER BY name LIMIT 1) AS "AP",
    (SELECT id FROM institutions WHERE hub_id = $1 AND careers_leader_id IS NOT NULL
      ORDER BY name LIMIT 1) AS "DEMO_LEADER"`;

/** Seeds delivered encounters with their feedback, after the employer network is seeded. */
@Injectable()
export class DemoFeedbackSeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly opportunities: OpportunitiesService,
    private readonly bookings: BookingsService,
    private readonly approvals: OpportunityApprovalService,
    private readonly riskAssessments: RiskAssessmentsService,
    private readonly closeEnded: CloseEndedOpportunitiesJob,
  ) {}

  async seed(admin: Actor): Promise<void> {
    const [schools] = await this.db.query<Record<SchoolPick, string | null>[]>(SCHOOLS_SQL, [
      admin.hubId,
    ]);
    const employers: { id: string; name: string }[] = await this.db.query(
      'SELECT id, name FROM employers WHERE hub_id = $1',
      [admin.hubId],
    );
    const employerId = (index: number) =>
      employers.find((e) => e.name === DEMO_EMPLOYERS[index].name)!.id;

    const oldest = Math.max(...DEMO_DELIVERED.map((d) => d.endedDaysAgo + d.lengthDays));
    for (const delivered of DEMO_DELIVERED) {
      // Feedback comes two days after the last day, so that day is at least two days ago.
      const demo = {
        ...delivered,
        endedDaysAgo: daysAgoThisYear(delivered.endedDaysAgo, oldest, 2),
      };
      const institutionId = schools[demo.school];
      if (!institutionId) continue;
      const employer = DEMO_EMPLOYERS[demo.employer];
      // Posted and booked as if it started tomorrow, then moved back to its dates.
      const opportunity = await this.opportunities.create(admin, {
        employerId: employerId(demo.employer),
        kind: demo.kind,
        title: demo.title,
        description: `${demo.title}, offered by ${employer.name}.`,
        tier: demo.tier,
        sector: employer.sector,
        yearGroups: [10, 11],
        deliveryMode: DeliveryMode.IN_PERSON,
        startsOn: isoDate(1),
        endsOn: isoDate(demo.lengthDays),
        lengthDays: demo.lengthDays,
        totalPlaces: demo.places * 2,
        sendFriendly: demo.school === 'SEND',
        meaningfulCriteria: criteria(demo.promised),
        location: employer.postcode,
        atEmployerPremises: demo.atEmployerPremises,
      });
      if (demo.atEmployerPremises) {
        await this.riskAssessments.record(admin, {
          opportunityId: opportunity.id,
          reviewedOn: isoDate(-demo.endedDaysAgo - 30),
          reviewedBy: `${employer.name} health and safety lead`,
          link: `https://${employer.name.toLowerCase().replace(/[^a-z]+/g, '-')}.example/risk-assessment.pdf`,
        });
      }
      if (needsApproval(opportunity, false)) {
        await this.approvals.submit(admin, opportunity.id);
        await this.approvals.approve(admin, opportunity.id);
      } else {
        await this.opportunities.publish(admin, opportunity.id);
      }
      const booking = await this.bookings.request(admin, {
        opportunityId: opportunity.id,
        institutionId,
        places: demo.places,
        fsmPlaces: Math.floor(demo.places / 2),
        yearGroup: 10,
      });
      await this.bookings.confirm(admin, booking.id);
      await seedDemoChecklist(this.db, booking, 'complete');
      const endsOn = isoDate(-demo.endedDaysAgo);
      await this.db.query('UPDATE opportunities SET starts_on = $2, ends_on = $3 WHERE id = $1', [
        opportunity.id,
        isoDate(-demo.endedDaysAgo - demo.lengthDays + 1),
        endsOn,
      ]);
      await this.bookings.recordAttendance(admin, {
        bookingId: booking.id,
        attended: demo.attended,
        fsmAttended: Math.floor(demo.attended / 2),
      });
      await this.seedFeedback(booking.id, booking.hubId, demo);
    }
    await this.closeEnded.run({});
  }

  /** The feedback each side gave, a few days after the last day, as the demo's people left it. */
  private async seedFeedback(bookingId: string, hubId: string, demo: DeliveredEncounter) {
    const submittedAt = new Date(`${isoDate(-demo.endedDaysAgo + 2)}T14:00:00Z`);
    const rows: Partial<EncounterFeedbackEntity>[] = [];
    if (demo.school_feedback) {
      rows.push({
        party: FeedbackParty.CAREERS_LEADER,
        rating: demo.school_feedback.rating,
        criteriaMet: criteria(demo.promised).slice(0, demo.school_feedback.met),
        comments: demo.school_feedback.comments ?? null,
      });
    }
    if (demo.pupils) {
      const [responded, useful, knowMore, confident, consider] = demo.pupils;
      rows.push({
        party: FeedbackParty.PUPILS,
        pupilsResponded: responded,
        pupilsFoundUseful: useful,
        pupilsKnowMoreAboutSector: knowMore,
        pupilsMoreConfidentAboutNextSteps: confident,
        pupilsWouldConsiderSector: consider,
      });
    }
    if (demo.employer_feedback) {
      rows.push({
        party: FeedbackParty.EMPLOYER,
        rating: demo.employer_feedback.rating,
        wouldHostAgain: demo.employer_feedback.hostAgain,
        comments: demo.employer_feedback.comments ?? null,
      });
    }
    if (rows.length) {
      await this.db
        .getRepository(EncounterFeedbackEntity)
        .insert(rows.map((row) => ({ ...row, bookingId, hubId, submittedAt })));
    }
  }
}
