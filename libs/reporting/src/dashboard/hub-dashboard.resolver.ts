import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, HUB_TEAM, HubYearArgs, Role, Roles } from '@chn/core';
import { ReportExportsService } from '../exports/report-exports.service';
import { QualityService } from '../quality/quality.service';
import { QualityFigures } from '../quality/quality.types';
import { HubActivityService } from './hub-activity.service';
import {
  MatchedYear,
  MeaningfulCoverage,
  NetworkFigures,
  OpportunityFigures,
  WorkExperienceFigures,
} from './hub-activity.types';
import { HubDashboardService } from './hub-dashboard.service';
import { NetworkActivity } from './network-activity.types';
import { ExportDashboardArgs, HubDashboard } from './hub-dashboard.types';

@Resolver(() => HubDashboard)
export class HubDashboardResolver {
  constructor(
    private readonly dashboards: HubDashboardService,
    private readonly activity: HubActivityService,
    private readonly exports: ReportExportsService,
    private readonly qualityFigures: QualityService,
  ) {}

  @Roles(...HUB_TEAM, Role.VIEWER)
  @Query(() => HubDashboard, {
    description:
      'The Hub Overview Dashboard of your hub (national administrators: the hub named) for an academic year.',
  })
  hubDashboard(@CurrentActor() actor: Actor, @Args() args: HubYearArgs) {
    return this.dashboards.dashboard(actor, args.academicYear, args.hubId);
  }

  @Roles(...HUB_TEAM, Role.VIEWER)
  @Query(() => String, {
    description: 'The Hub Overview Dashboard as CSV text (section, item, measure, value).',
  })
  exportDashboard(@CurrentActor() actor: Actor, @Args() args: ExportDashboardArgs) {
    return this.exports.dashboard(actor, args.academicYear, args.hubId);
  }

  @Roles(...HUB_TEAM, Role.VIEWER)
  @Query(() => String, {
    description: 'Matches active or ended during the academic year as CSV text, by institution.',
  })
  exportMatches(@CurrentActor() actor: Actor, @Args() args: ExportDashboardArgs) {
    return this.exports.matches(actor, args.academicYear, args.hubId);
  }

  @ResolveField(() => [MatchedYear], {
    description: 'Matching figures of this academic year and the four before it, oldest first.',
  })
  matchedHistory(@Parent() dashboard: HubDashboard) {
    return this.dashboards.matchedHistory(dashboard.hubId, dashboard.academicYear);
  }

  @ResolveField(() => OpportunityFigures, {
    description:
      'Opportunities starting in the year and their places, by tier, sector and key stage.',
  })
  opportunities(@Parent() dashboard: HubDashboard) {
    return this.activity.opportunities(dashboard.hubId, dashboard.academicYear);
  }

  @ResolveField(() => WorkExperienceFigures, {
    description: 'Work-experience days delivered in the year against the 10-day goal.',
  })
  workExperience(@Parent() dashboard: HubDashboard) {
    return this.activity.workExperience(dashboard.hubId, dashboard.academicYear);
  }

  @ResolveField(() => NetworkFigures, { description: 'The employer network now.' })
  network(@Parent() dashboard: HubDashboard) {
    return this.activity.network(dashboard.hubId);
  }

  @ResolveField(() => NetworkActivity, {
    description:
      'What the hub did with its network in the year: its programmes’ reach (libs/reporting/README.md).',
  })
  networkActivity(@Parent() dashboard: HubDashboard): NetworkActivity {
    return { hubId: dashboard.hubId, academicYear: dashboard.academicYear };
  }

  @ResolveField(() => MeaningfulCoverage, {
    description: 'Meaningful-experience criteria met by the experiences delivered in the year.',
  })
  meaningfulCriteria(@Parent() dashboard: HubDashboard) {
    return this.activity.meaningfulCriteria(dashboard.hubId, dashboard.academicYear);
  }

  @ResolveField(() => QualityFigures, {
    description:
      'Quality of the encounters delivered in the year: checklists, feedback response rates, ratings, would host again, criteria met against promised, pupils’ answers; by tier, sector, FSM quartile and institution type.',
  })
  quality(@Parent() dashboard: HubDashboard) {
    return this.qualityFigures.quality(dashboard.hubId, dashboard.academicYear);
  }
}
