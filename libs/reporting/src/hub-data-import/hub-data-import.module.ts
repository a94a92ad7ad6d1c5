import { Module } from '@nestjs/common';
import { AdvisersModule } from '@chn/advisers';
import { EmployersModule } from '@chn/employers';
import { InstitutionsModule } from '@chn/institutions';
import { MatchingModule } from '@chn/matching';
import { OpportunitiesModule } from '@chn/opportunities';
import { ReportingModule } from '../reporting.module';
import { HubDataImportResolver } from './hub-data-import.resolver';
import { HubDataImportService } from './hub-data-import.service';

/** The import of a whole hub data archive: it needs every domain's import. */
@Module({
  imports: [
    ReportingModule,
    InstitutionsModule,
    EmployersModule,
    AdvisersModule,
    MatchingModule,
    OpportunitiesModule,
  ],
  providers: [HubDataImportService],
  exports: [HubDataImportService],
})
export class HubDataImportModule {}

@Module({ imports: [HubDataImportModule], providers: [HubDataImportResolver] })
export class HubDataImportGraphqlModule {}
