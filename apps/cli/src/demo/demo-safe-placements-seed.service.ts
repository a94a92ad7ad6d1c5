import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, currentAcademicYear, Role } from '@chn/core';
import {
  MatchesService,
  MatchMeetingEntity,
  MatchMeetingsService,
  MatchStatus,
  MatchType,
} from '@chn/matching';
import {
  BookingsService,
  DeliveryMode,
  EmployerComplianceService,
  OpportunitiesService,
  OpportunityKind,
  Tier,
} from '@chn/opportunities';
import { criteria, DEMO_EMPLOYERS, isoDate } from './demo-network';

/** Employers of `DEMO_EMPLOYERS` the safe-placements chain uses, by index. */
const DEMO_STUDIO = 0;
const LAPSED_COVER = 5;

/** What 1-2-1 advisers and careers leaders talk about: benchmarks and a short note, no pupil named. */
const MEETINGS: { daysAgo: number; benchmarks: number[]; note: string | null }[] = [
  {
    daysAgo: 75,
    benchmarks: [1, 3],
    note: 'Reviewed the careers programme and the Compass results.',
  },
  { daysAgo: 40, benchmarks: [5, 6], note: 'Planned employer encounters for years 9 and 10.' },
  { daysAgo: 12, benchmarks: [4], note: null },
  { daysAgo: 2, benchmarks: [2, 8], note: 'Labour-market information for the options evening.' },
];

/**
 * What the network seed leaves out of the safe-placements chain, so the demo shows every stage:
 * a placement still in draft, an employer whose insurance has run out, a confirmed booking with
 * its checklist not yet started (the demo careers leader's and employer's), and advisers'
 * meetings on 1-2-1 matches, the demo adviser's logged through the service.
 */
@Injectable()
export class DemoSafePlacementsSeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly opportunities: OpportunitiesService,
    private readonly bookings: BookingsService,
    private readonly compliance: EmployerComplianceService,
    private readonly matches: MatchesService,
    private readonly meetings: MatchMeetingsService,
  ) {}

  async seed(admin: Actor, adviserUserId: string, careersLeaderId: string): Promise<void> {
    const employerId = async (index: number) =>
      (
        await this.db.query<{ id: string }[]>(
          'SELECT id FROM employers WHERE hub_id = $1 AND name = $2',
          [admin.hubId, DEMO_EMPLOYERS[index].name],
        )
      )[0].id;
    const [leaderInstitution] = await this.db.query<{ id: string }[]>(
      'SELECT id FROM institutions WHERE careers_leader_id = $1',
      [careersLeaderId],
    );
    await this.seedLapsedCover(admin, await employerId(LAPSED_COVER));
    if (leaderInstitution) {
      await this.seedOpenChecklist(admin, await employerId(DEMO_STUDIO), leaderInstitution.id);
    }
    await this.seedDemoAdviserMatch(admin, adviserUserId, careersLeaderId);
    await this.seedMeetings(admin.hubId!);
  }

  /** Cover that ran out three weeks ago, and a placement drafted while it is renewed. */
  private async seedLapsedCover(admin: Actor, employerId: string): Promise<void> {
    const name = DEMO_EMPLOYERS[LAPSED_COVER].name;
    await this.compliance.record(admin, {
      employerId,
      insurer: 'Coastal Commercial',
      policyNumber: `EL-SOU-${1000 + LAPSED_COVER}`,
      coverAmountPounds: 5_000_000,
      insuranceExpiresOn: isoDate(-21),
      safeguardingReviewedOn: isoDate(-150),
      dataProtectionStatement: `${name} keeps no personal data about visiting young people.`,
    });
    await this.opportunities.create(admin, {
      employerId,
      kind: OpportunityKind.WORK_EXPERIENCE_PLACEMENT,
      title: 'Front of house week (draft: insurance being renewed)',
      description: `A week on reception and in the restaurant at ${name}.`,
      tier: Tier.T3,
      sector: DEMO_EMPLOYERS[LAPSED_COVER].sector,
      yearGroups: [10, 12],
      deliveryMode: DeliveryMode.IN_PERSON,
      startsOn: isoDate(70),
      endsOn: isoDate(74),
      lengthDays: 5,
      totalPlaces: 4,
      sendFriendly: false,
      meaningfulCriteria: criteria(6),
      location: DEMO_EMPLOYERS[LAPSED_COVER].postcode,
      atEmployerPremises: true,
    });
  }

  /** A virtual taster the demo careers leader booked and the studio confirmed: nothing ticked yet. */
  private async seedOpenChecklist(
    admin: Actor,
    employerId: string,
    institutionId: string,
  ): Promise<void> {
    const opportunity = await this.opportunities.create(admin, {
      employerId,
      kind: OpportunityKind.VIRTUAL_EXPERIENCE,
      title: 'Level design taster (online)',
      description: 'Build a first game level with the studio’s designers, online.',
      tier: Tier.T2,
      sector: DEMO_EMPLOYERS[DEMO_STUDIO].sector,
      yearGroups: [9],
      deliveryMode: DeliveryMode.VIRTUAL,
      startsOn: isoDate(18),
      endsOn: isoDate(18),
      lengthDays: 1,
      totalPlaces: 20,
      sendFriendly: true,
      meaningfulCriteria: criteria(5),
      location: null,
      atEmployerPremises: false,
    });
    await this.opportunities.publish(admin, opportunity.id);
    const booking = await this.bookings.request(admin, {
      opportunityId: opportunity.id,
      institutionId,
      places: 12,
      fsmPlaces: 4,
      yearGroup: 9,
    });
    await this.bookings.confirm(admin, booking.id);
  }

  /**
   * The demo adviser takes over a 1-2-1 as the year began (the demo careers leader's, when in
   * their local authorities), so the institution stays matched once and the hub's figures hold,
   * and logs meetings on it through the service, as they would.
   */
  private async seedDemoAdviserMatch(
    admin: Actor,
    adviserUserId: string,
    careersLeaderId: string,
  ): Promise<void> {
    const startsOn = currentAcademicYear().startsOn;
    const [handover] = await this.db.query<
      { id: string; adviser_id: string; institution_id: string }[]
    >(
      `SELECT m.id, a.id AS adviser_id, m.institution_id
         FROM matches m JOIN institutions i ON i.id = m.institution_id
         JOIN advisers a ON a.user_id = $2
        WHERE m.hub_id = $1 AND m.type = 'ONE_TO_ONE' AND m.status = 'ACTIVE' AND m.starts_on < $3
          AND i.la_code = ANY(a.local_authority_codes)
        ORDER BY i.careers_leader_id IS NOT DISTINCT FROM $4 DESC, i.name LIMIT 1`,
      [admin.hubId, adviserUserId, startsOn, careersLeaderId],
    );
    if (!handover) return;
    await this.matches.end(admin, handover.id, {
      endedOn: new Date(Date.parse(startsOn) - 86_400_000).toISOString().slice(0, 10),
      reason: 'Handed over to a new Enterprise Adviser for the new academic year.',
    });
    const match = await this.matches.propose(admin, {
      adviserId: handover.adviser_id,
      institutionId: handover.institution_id,
      type: MatchType.ONE_TO_ONE,
      startsOn,
      focus: 'Careers programme and employer encounters',
    });
    await this.matches.accept(admin, match.id);
    const asAdviser: Actor = {
      userId: adviserUserId,
      role: Role.ADVISER,
      hubId: admin.hubId,
      adviserId: handover.adviser_id,
    };
    const logged = new Set<string>();
    for (const { daysAgo, benchmarks, note } of MEETINGS) {
      const metOn = isoDate(-daysAgo) < startsOn ? startsOn : isoDate(-daysAgo);
      if (logged.has(metOn)) continue;
      logged.add(metOn);
      await this.meetings.log(asAdviser, { matchId: match.id, metOn, benchmarks, note });
    }
  }

  /**
   * Meetings on the first 1-2-1 matches, as their advisers (who have no accounts in the demo)
   * logged them, each a day of the match that has passed.
   */
  private async seedMeetings(hubId: string): Promise<void> {
    const matches: { id: string; starts_on: string }[] = await this.db.query(
      `SELECT m.id, m.starts_on::text FROM matches m JOIN advisers a ON a.id = m.adviser_id
        WHERE m.hub_id = $1 AND m.type = $2 AND m.status = $3 AND a.user_id IS NULL
        ORDER BY m.created_at, m.id LIMIT 12`,
      [hubId, MatchType.ONE_TO_ONE, MatchStatus.ACTIVE],
    );
    const rows = matches.flatMap((match, index) =>
      MEETINGS.slice(index % 2, 2 + (index % 3))
        .map((meeting) => ({ ...meeting, metOn: isoDate(-meeting.daysAgo - index) }))
        .filter((meeting) => meeting.metOn >= match.starts_on)
        .map((meeting) => ({
          hubId,
          matchId: match.id,
          metOn: meeting.metOn,
          benchmarks: meeting.benchmarks,
          note: meeting.note,
          loggedBy: null,
        })),
    );
    if (rows.length > 0) await this.db.getRepository(MatchMeetingEntity).insert(rows);
  }
}
