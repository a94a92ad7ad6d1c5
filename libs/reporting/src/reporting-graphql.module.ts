import { Module } from '@nestjs/common';
import { CompassResolver } from './compass/compass.resolver';
import { HubDashboardResolver } from './dashboard/hub-dashboard.resolver';
import { NetworkActivityResolver } from './dashboard/network-activity.resolver';
import { HubDataExportResolver } from './exports/hub-data-export.resolver';
import { ImportTemplatesResolver } from './imports/import-templates.resolver';
import { InstitutionReportResolver } from './institution-report/institution-report.resolver';
import { NationalResolver } from './national/national.resolver';
import { ReportingModule } from './reporting.module';

@Module({
  imports: [ReportingModule],
  providers: [
    CompassResolver,
    NationalResolver,
    HubDashboardResolver,
    NetworkActivityResolver,
    InstitutionReportResolver,
    ImportTemplatesResolver,
    HubDataExportResolver,
  ],
})
export class ReportingGraphqlModule {}
