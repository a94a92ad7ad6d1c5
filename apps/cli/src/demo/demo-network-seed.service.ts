import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AdvisersService, AdviserStatus } from '@chn/advisers';
import { Actor } from '@chn/core';
import { EmployersService, MembershipsService, SectorGroupsService } from '@chn/employers';
import {
  BookingsService,
  CloseEndedOpportunitiesJob,
  EmployerComplianceService,
  needsApproval,
  OpportunitiesService,
  OpportunityApprovalService,
  RiskAssessmentsService,
} from '@chn/opportunities';
import {
  criteria,
  DEMO_ADVISERS,
  DEMO_COMPLIANCE,
  DEMO_EMPLOYERS,
  DEMO_OPPORTUNITIES,
  DEMO_SECTOR_GROUPS,
  isoDate,
} from './demo-network';
import { seedDemoChecklist } from './demo-checklist';

/** Seeds the demo hub's employer network through the real services, so every rule and audit entry applies. */
@Injectable()
export class DemoNetworkSeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly employers: EmployersService,
    private readonly memberships: MembershipsService,
    private readonly sectorGroups: SectorGroupsService,
    private readonly advisers: AdvisersService,
    private readonly opportunities: OpportunitiesService,
    private readonly bookings: BookingsService,
    private readonly closeEnded: CloseEndedOpportunitiesJob,
    private readonly approvals: OpportunityApprovalService,
    private readonly compliance: EmployerComplianceService,
    private readonly riskAssessments: RiskAssessmentsService,
  ) {}

  async seed(
    admin: Actor,
    contacts: { employerUserId: string; adviserUserId: string },
  ): Promise<void> {
    const groups = [];
    for (const group of DEMO_SECTOR_GROUPS)
      groups.push(await this.sectorGroups.create(admin, group));

    const employerIds: string[] = [];
    for (const demo of DEMO_EMPLOYERS) {
      const employer = await this.employers.create(admin, {
        name: demo.name,
        sector: demo.sector,
        sizeBand: demo.sizeBand,
        postcode: demo.postcode,
        website: `https://${demo.name.toLowerCase().replace(/[^a-z]+/g, '-')}.example`,
      });
      employerIds.push(employer.id);
      await this.sectorGroups.addEmployer(admin, {
        sectorGroupId: groups[demo.group].id,
        employerId: employer.id,
      });
      const membership = await this.memberships.apply(admin, {
        employerId: employer.id,
        pledge: demo.pledge,
      });
      if (demo.membership === 'ACTIVE') {
        await this.memberships.approve(admin, { id: membership.id, joinedOn: isoDate(-200) });
      }
    }
    await this.employers.addContact(admin, {
      employerId: employerIds[0],
      userId: contacts.employerUserId,
    });

    for (const [index, demo] of DEMO_ADVISERS.entries()) {
      await this.advisers.register(admin, {
        name: demo.name,
        email: `${demo.name.toLowerCase().replace(/[^a-z]+/g, '.')}@adviser.demo.careershub.test`,
        jobTitle: demo.jobTitle,
        employerId: employerIds[demo.employer],
        sectors: demo.sectors,
        skills: demo.skills,
        localAuthorityCodes: demo.las,
        sendApExperience: demo.sendAp,
        status: AdviserStatus.ACTIVE,
        inductionCompletedOn: isoDate(-120),
        dbsCheckedOn: isoDate(-300),
        userId: index === 0 ? contacts.adviserUserId : undefined,
      });
    }

    for (const demo of DEMO_COMPLIANCE) {
      const name = DEMO_EMPLOYERS[demo.employer].name;
      await this.compliance.record(admin, {
        employerId: employerIds[demo.employer],
        insurer: demo.insurer,
        policyNumber: `EL-${name.slice(0, 3).toUpperCase()}-${1000 + demo.employer}`,
        coverAmountPounds: demo.coverAmountPounds,
        insuranceExpiresOn: isoDate(demo.coverEndsInDays),
        safeguardingReviewedOn: isoDate(-demo.safeguardingReviewedDaysAgo),
        dataProtectionStatement: `${name} keeps no personal data about visiting young people beyond what the school shares for the day, and deletes it afterwards.`,
      });
    }

    const schools: { id: string }[] = await this.db.query(
      `SELECT id FROM institutions WHERE hub_id = $1 AND in_hub_since IS NOT NULL AND type = 'MAINSTREAM'
       ORDER BY fsm_percent DESC NULLS LAST, name LIMIT 6`,
      [admin.hubId],
    );
    for (const [index, demo] of DEMO_OPPORTUNITIES.entries()) {
      const ran = demo.startsInDays < 0;
      const datesFrom = (startsInDays: number) => ({
        startsOn: isoDate(startsInDays),
        endsOn: isoDate(startsInDays + Math.max(Math.ceil(demo.lengthDays) - 1, 0)),
      });
      const opportunity = await this.opportunities.create(admin, {
        employerId: employerIds[demo.employer],
        kind: demo.kind,
        title: demo.title,
        description: `${demo.title}, offered by ${DEMO_EMPLOYERS[demo.employer].name}.`,
        tier: demo.tier,
        sector: DEMO_EMPLOYERS[demo.employer].sector,
        yearGroups: demo.yearGroups,
        deliveryMode: demo.deliveryMode,
        // Nothing can be posted or booked in the past: one that already ran is posted and booked
        // as if it started tomorrow, then moved back to its dates, as if those days had passed.
        ...datesFrom(ran ? 1 : demo.startsInDays),
        lengthDays: demo.lengthDays,
        totalPlaces: demo.totalPlaces,
        sendFriendly: demo.sendFriendly,
        meaningfulCriteria: criteria(demo.criteria),
        location: DEMO_EMPLOYERS[demo.employer].postcode,
        atEmployerPremises: demo.atEmployerPremises ?? false,
      });
      if (demo.atEmployerPremises) {
        await this.riskAssessments.record(admin, {
          opportunityId: opportunity.id,
          reviewedOn: isoDate(-20),
          reviewedBy: `${DEMO_EMPLOYERS[demo.employer].name} health and safety lead`,
          link: `https://${DEMO_EMPLOYERS[demo.employer].name.toLowerCase().replace(/[^a-z]+/g, '-')}.example/risk-assessment.pdf`,
        });
      }
      if (demo.approval) {
        await this.approvals.submit(admin, opportunity.id);
        if (demo.approval === 'SENT_BACK') {
          await this.approvals.reject(
            admin,
            opportunity.id,
            'Please add the learning outcomes and who supervises the session.',
          );
        }
        continue;
      }
      if (needsApproval(opportunity, false)) {
        await this.approvals.submit(admin, opportunity.id);
        await this.approvals.approve(admin, opportunity.id);
      } else {
        await this.opportunities.publish(admin, opportunity.id);
      }
      const school = schools[index % schools.length];
      const places = Math.min(8, Math.floor(demo.totalPlaces / 2));
      const booking =
        school && demo.totalPlaces >= 4
          ? await this.bookings.request(admin, {
              opportunityId: opportunity.id,
              institutionId: school.id,
              places,
              fsmPlaces: Math.floor(places / 2),
              yearGroup: demo.yearGroups[0],
            })
          : null;
      if (ran) {
        const { startsOn, endsOn } = datesFrom(demo.startsInDays);
        await this.db.query('UPDATE opportunities SET starts_on = $2, ends_on = $3 WHERE id = $1', [
          opportunity.id,
          startsOn,
          endsOn,
        ]);
      }
      if (!booking || index % 3 === 2) continue; // leave some requests waiting for the employer
      await this.bookings.confirm(admin, booking.id);
      // Ran ones were made ready; of those to come, some wait on the employer's items.
      await seedDemoChecklist(
        this.db,
        booking,
        ran || index % 2 === 0 ? 'complete' : 'school-done',
      );
      if (ran) {
        await this.bookings.recordAttendance(admin, {
          bookingId: booking.id,
          attended: places - 1,
          fsmAttended: Math.floor(places / 2),
          employerFeedback: 'Engaged group with thoughtful questions.',
        });
      }
    }
    // As the daily job would: those whose last day has passed are closed.
    await this.closeEnded.run({});
  }
}
