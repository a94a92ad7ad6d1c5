import { BookingImportService } from './import/booking-import.service';
import { OpportunityImportService } from './import/opportunity-import.service';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmployersModule } from '@chn/employers';
import { InstitutionsModule } from '@chn/institutions';
import { HubApprovalSettings } from './approval/hub-approval-settings.service';
import { HubOpportunitySettingEntity } from './approval/hub-opportunity-setting.entity';
import { OpportunityApprovalService } from './approval/opportunity-approval.service';
import { BookingsService } from './bookings.service';
import { BookingChecklistEntity } from './checklist/booking-checklist.entity';
import { BookingChecklistService } from './checklist/booking-checklist.service';
import { ComplianceDocumentEntity } from './compliance/compliance-document.entity';
import { EmployerComplianceEntity } from './compliance/employer-compliance.entity';
import { EmployerComplianceService } from './compliance/employer-compliance.service';
import { PremisesReadiness } from './compliance/premises-readiness';
import { RiskAssessmentEntity } from './compliance/risk-assessment.entity';
import { RiskAssessmentsService } from './compliance/risk-assessments.service';
import { CloseEndedOpportunitiesJob } from './close-ended-opportunities.job';
import { BookingEntity } from './entities/booking.entity';
import { OpportunityEntity } from './entities/opportunity.entity';
import { EncounterFeedbackEntity } from './feedback/encounter-feedback.entity';
import { EncounterFeedbackService } from './feedback/encounter-feedback.service';
import { MembershipEndedListener } from './membership-ended.listener';
import { OpportunitiesService } from './opportunities.service';
import { OpportunityPublication } from './opportunity-publication';
import { PlaceLedger } from './place-ledger';

/** Opportunities and bookings without transport: used by the API, the worker and the CLI. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      OpportunityEntity,
      BookingEntity,
      HubOpportunitySettingEntity,
      EmployerComplianceEntity,
      ComplianceDocumentEntity,
      RiskAssessmentEntity,
      BookingChecklistEntity,
      EncounterFeedbackEntity,
    ]),
    EmployersModule,
    InstitutionsModule,
  ],
  providers: [
    OpportunitiesService,
    BookingsService,
    PlaceLedger,
    CloseEndedOpportunitiesJob,
    MembershipEndedListener,
    OpportunityPublication,
    HubApprovalSettings,
    OpportunityApprovalService,
    PremisesReadiness,
    EmployerComplianceService,
    RiskAssessmentsService,
    BookingChecklistService,
    EncounterFeedbackService,
    OpportunityImportService,
    BookingImportService,
  ],
  exports: [
    OpportunityImportService,
    BookingImportService,
    OpportunitiesService,
    BookingsService,
    CloseEndedOpportunitiesJob,
    HubApprovalSettings,
    OpportunityApprovalService,
    EmployerComplianceService,
    RiskAssessmentsService,
    BookingChecklistService,
    EncounterFeedbackService,
  ],
})
export class OpportunitiesModule {}
