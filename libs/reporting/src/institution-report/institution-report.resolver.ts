import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, HUB_TEAM, Role, Roles } from '@chn/core';
import { InstitutionReportService } from './institution-report.service';
import { InstitutionReport, InstitutionReportArgs } from './institution-report.types';

@Resolver(() => InstitutionReport)
export class InstitutionReportResolver {
  constructor(private readonly reports: InstitutionReportService) {}

  @Roles(...HUB_TEAM, Role.VIEWER, Role.CAREERS_LEADER)
  @Query(() => InstitutionReport, {
    description:
      'One institution’s figures for a year (hub team and viewers of its hub, or its own careers leader).',
  })
  institutionReport(@CurrentActor() actor: Actor, @Args() args: InstitutionReportArgs) {
    return this.reports.report(actor, args.institutionId, args.academicYear);
  }
}
