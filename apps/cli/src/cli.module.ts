import { Module } from '@nestjs/common';
import { AdvisersModule } from '@chn/advisers';
import { AppConfigModule, ClockModule, DatabaseModule } from '@chn/core';
import { EmployersModule } from '@chn/employers';
import { IdentityModule } from '@chn/identity';
import { InstitutionsModule } from '@chn/institutions';
import { MatchingModule } from '@chn/matching';
import { OpportunitiesModule } from '@chn/opportunities';
import { HubDataImportModule, ReportingModule } from '@chn/reporting';
import { DemoMatchingSeedService } from './demo/demo-matching-seed.service';
import { DemoNetworkSeedService } from './demo/demo-network-seed.service';
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
    HubDataImportModule,
  ],
  providers: [
    DemoSeedService,
    DemoNetworkSeedService,
    DemoMatchingSeedService,
    DemoReportingSeedService,
  ],
})
export class CliModule {}
