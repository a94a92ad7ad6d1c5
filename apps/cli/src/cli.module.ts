import { Module } from '@nestjs/common';
import { AdvisersModule } from '@chn/advisers';
import { AppConfigModule, ClockModule, DatabaseModule } from '@chn/core';
import { EmployersModule } from '@chn/employers';
import { EventsModule } from '@chn/events';
import { IdentityModule } from '@chn/identity';
import { InstitutionsModule } from '@chn/institutions';
import { MatchingModule } from '@chn/matching';
import { OpportunitiesModule } from '@chn/opportunities';
import { ProgrammesModule } from '@chn/programmes';
import { HubDataImportModule, ReportingModule } from '@chn/reporting';
import { DemoSafePlacementsSeedService } from './demo/demo-safe-placements-seed.service';
import { DemoMatchingSeedService } from './demo/demo-matching-seed.service';
import { DemoEventsSeedService } from './demo/demo-events-seed.service';
import { DemoFeedbackSeedService } from './demo/demo-feedback-seed.service';
import { DemoNetworkSeedService } from './demo/demo-network-seed.service';
import { DemoProgrammesSeedService } from './demo/demo-programmes-seed.service';
import { DemoReportingSeedService } from './demo/demo-reporting-seed.service';
import { DemoSeedService } from './demo/demo-seed.service';

/** What the command line needs: the domain services, no HTTP, no queues. */
@Module({
  imports: [
    AppConfigModule,
    ClockModule,
    DatabaseModule,
    IdentityModule,
    InstitutionsModule,
    EmployersModule,
    AdvisersModule,
    OpportunitiesModule,
    MatchingModule,
    ReportingModule,
    ProgrammesModule,
    EventsModule,
    HubDataImportModule,
  ],
  providers: [
    DemoSeedService,
    DemoNetworkSeedService,
    DemoFeedbackSeedService,
    DemoMatchingSeedService,
    DemoSafePlacementsSeedService,
    DemoReportingSeedService,
    DemoProgrammesSeedService,
    DemoEventsSeedService,
  ],
})
export class CliModule {}
