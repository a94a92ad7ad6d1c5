import { OpportunityImportResolver } from './import/opportunity-import.resolver';
import { Module } from '@nestjs/common';
import { EmployersModule } from '@chn/employers';
import { InstitutionsModule } from '@chn/institutions';
import { BookingChecklistResolver } from './checklist/graphql/checklist.resolver';
import { EncounterFeedbackResolver } from './feedback/graphql/feedback.resolver';
import { ComplianceDocumentsController } from './compliance/compliance-documents.controller';
import {
  EmployerComplianceResolver,
  RiskAssessmentResolver,
} from './compliance/graphql/compliance.resolver';
import { BookingsResolver } from './graphql/bookings.resolver';
import { InstitutionBookingsResolver } from './graphql/institution-bookings.resolver';
import { OpportunitiesResolver } from './graphql/opportunities.resolver';
import { OpportunityApprovalResolver } from './graphql/opportunity-approval.resolver';
import { SectorGroupOpportunitiesResolver } from './graphql/sector-group-opportunities.resolver';
import { OpportunitiesModule } from './opportunities.module';

/**
 * The opportunities and bookings API, plus their fields on Institution and SectorGroup; the hub's
 * approval, employers' compliance, and the download of kept compliance PDFs.
 */
@Module({
  imports: [OpportunitiesModule, EmployersModule, InstitutionsModule],
  providers: [
    OpportunitiesResolver,
    BookingsResolver,
    InstitutionBookingsResolver,
    SectorGroupOpportunitiesResolver,
    OpportunityApprovalResolver,
    EmployerComplianceResolver,
    RiskAssessmentResolver,
    BookingChecklistResolver,
    EncounterFeedbackResolver,
    OpportunityImportResolver,
  ],
  controllers: [ComplianceDocumentsController],
})
export class OpportunitiesGraphqlModule {}
