import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  AppConfig,
  byIdLoader,
  Clock,
  CurrentActor,
  HUB_TEAM,
  LoaderRegistry,
  Loaders,
  Role,
  Roles,
  validUntil,
} from '@chn/core';
import { Employer, EmployersService } from '@chn/employers';
import { EmployerComplianceService } from '../employer-compliance.service';
import { RiskAssessmentEntity } from '../risk-assessment.entity';
import { RiskAssessmentsService } from '../risk-assessments.service';
import { RecordEmployerComplianceInput, RecordRiskAssessmentInput } from './compliance.inputs';
import { ComplianceDocument, EmployerCompliance, RiskAssessment } from './compliance.types';

const MANAGERS = [...HUB_TEAM, Role.EMPLOYER];
/** Hub staff's list of cover running out looks this far ahead unless told otherwise. */
const COVER_ENDING_WITHIN_DAYS = 60;

@Resolver(() => EmployerCompliance)
export class EmployerComplianceResolver {
  constructor(
    private readonly compliance: EmployerComplianceService,
    private readonly employers: EmployersService,
    private readonly clock: Clock,
  ) {}

  @Roles(...MANAGERS)
  @Query(() => EmployerCompliance, {
    description:
      'An employer’s compliance record: employers their own, the hub team any employer’s of the hub.',
  })
  employerCompliance(
    @CurrentActor() actor: Actor,
    @Args('employerId', {
      type: () => ID,
      nullable: true,
      description: 'The employer: hub staff must name it; employers may omit their own.',
    })
    employerId?: string,
  ) {
    return this.compliance.get(actor, employerId);
  }

  @Roles(...MANAGERS)
  @Mutation(() => EmployerCompliance, {
    description:
      'Record an employer’s insurance, safeguarding review and data protection statement. Audited.',
  })
  recordEmployerCompliance(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The fields to record.' }) input: RecordEmployerComplianceInput,
  ) {
    return this.compliance.record(actor, input);
  }

  @Roles(...HUB_TEAM)
  @Query(() => [EmployerCompliance], {
    description:
      'The hub’s employers whose employer’s liability insurance runs out within `withinDays` (60) days, or has run out: soonest first.',
  })
  insuranceEndingSoon(
    @CurrentActor() actor: Actor,
    @Args('hubId', {
      type: () => ID,
      nullable: true,
      description: 'A national administrator may name one hub; others see their own.',
    })
    hubId?: string,
    @Args('withinDays', {
      type: () => Int,
      defaultValue: COVER_ENDING_WITHIN_DAYS,
      description: 'How many days ahead to look.',
    })
    withinDays: number = COVER_ENDING_WITHIN_DAYS,
  ) {
    return this.compliance.coverEndingSoon(actor, hubId, Math.max(0, Math.min(withinDays, 3650)));
  }

  @ResolveField(() => Employer, { description: 'The employer.' })
  employer(@Parent() record: EmployerCompliance, @Loaders() loaders: LoaderRegistry) {
    return this.employers.loader(loaders).load(record.employerId);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the insurance has run out (or none is recorded) as of today.',
  })
  insuranceExpired(@Parent() record: EmployerCompliance): boolean {
    return !record.insuranceExpiresOn || record.insuranceExpiresOn < this.clock.today();
  }
}

@Resolver(() => RiskAssessment)
export class RiskAssessmentResolver {
  constructor(
    private readonly riskAssessments: RiskAssessmentsService,
    private readonly config: AppConfig,
  ) {}

  @Roles(...MANAGERS)
  @Mutation(() => RiskAssessment, {
    description:
      'Record the risk assessment of an opportunity at the employer’s premises: a link, or a PDF (checked to be one, at most COMPLIANCE_DOCUMENT_MAX_BYTES) the service keeps. Replaces the one before. Audited.',
  })
  recordRiskAssessment(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The assessment.' }) input: RecordRiskAssessmentInput,
  ) {
    return this.riskAssessments.record(actor, input);
  }

  @ResolveField(() => String, {
    description:
      'The last day it stands (RISK_ASSESSMENT_VALIDITY_MONTHS after the review); it must stand until the opportunity ends.',
  })
  validUntil(@Parent() assessment: RiskAssessmentEntity): string {
    return validUntil(assessment.reviewedOn, this.config.RISK_ASSESSMENT_VALIDITY_MONTHS);
  }

  @ResolveField(() => ComplianceDocument, {
    nullable: true,
    description: 'The uploaded PDF, if any.',
  })
  async document(
    @Parent() assessment: RiskAssessmentEntity,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<ComplianceDocument | null> {
    if (!assessment.documentId) return null;
    const document = await byIdLoader(loaders, 'compliance.documents', (ids) =>
      this.riskAssessments.documentsByIds(ids),
    ).load(assessment.documentId);
    return document && { ...document, downloadPath: `/compliance/documents/${document.id}` };
  }
}
