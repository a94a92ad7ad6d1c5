import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@chn/core';
import { premisesProblem } from '../domain/placement-approval';
import { OpportunityEntity } from '../entities/opportunity.entity';
import { EmployerComplianceEntity } from './employer-compliance.entity';
import { RiskAssessmentEntity } from './risk-assessment.entity';

/**
 * Refuses to approve an opportunity at the employer's premises while the employer's insurance
 * or its risk assessment is missing or runs out before it ends. The records are share-locked in
 * the approval's transaction, so they cannot change half-way through it.
 */
@Injectable()
export class PremisesReadiness {
  constructor(private readonly config: AppConfig) {}

  async assertReady(manager: EntityManager, opportunity: OpportunityEntity): Promise<void> {
    if (!opportunity.atEmployerPremises) return;
    const insurance = await manager
      .createQueryBuilder(EmployerComplianceEntity, 'c')
      .where('c.employer_id = :id', { id: opportunity.employerId })
      .setLock('pessimistic_read')
      .getOne();
    const assessment = await manager
      .createQueryBuilder(RiskAssessmentEntity, 'r')
      .where('r.opportunity_id = :id', { id: opportunity.id })
      .setLock('pessimistic_read')
      .getOne();
    const problem = premisesProblem(
      opportunity,
      insurance,
      assessment,
      this.config.RISK_ASSESSMENT_VALIDITY_MONTHS,
    );
    if (problem) throw problem;
  }
}
