import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { EmployerEntity } from '@chn/employers';
import { OpportunityEntity } from '../entities/opportunity.entity';
import { ComplianceDocumentEntity } from './compliance-document.entity';

/** The risk assessment of an opportunity at the employer's premises: a link or a kept PDF. */
@Entity('opportunity_risk_assessments')
@Index('ix_opportunity_risk_assessments_hub_reviewed', ['hubId', 'reviewedOn'])
@Check('ck_opportunity_risk_assessments_evidence', '(link IS NULL) <> (document_id IS NULL)')
export class RiskAssessmentEntity {
  @PrimaryColumn({ name: 'opportunity_id', type: 'uuid' })
  opportunityId: string;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'opportunity_id',
    foreignKeyConstraintName: 'fk_opportunity_risk_assessments_opportunity',
  })
  opportunity?: OpportunityEntity;

  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'employer_id',
    foreignKeyConstraintName: 'fk_opportunity_risk_assessments_employer',
  })
  employer?: EmployerEntity;

  @Column({ name: 'reviewed_on', type: 'date' })
  reviewedOn: string;

  @Column({ name: 'reviewed_by', type: 'varchar', length: 200 })
  reviewedBy: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  link: string | null;

  @Column({ name: 'document_id', type: 'uuid', nullable: true })
  documentId: string | null;

  @ManyToOne(() => ComplianceDocumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'document_id',
    foreignKeyConstraintName: 'fk_opportunity_risk_assessments_document',
  })
  document?: ComplianceDocumentEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
