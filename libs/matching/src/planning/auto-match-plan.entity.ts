import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { HubEntity } from '@chn/identity';

export interface PlannedAssignment {
  adviserId: string;
  institutionId: string;
  score: number;
  reasons: string[];
}

/** An optimal set of 1-2-1 proposals for a hub and academic year; applied at most once. */
@Entity('auto_match_plans')
@Index('ix_auto_match_plans_hub_year', ['hubId', 'academicYear'])
@Check('ck_auto_match_plans_total_score', 'total_score >= 0')
export class AutoMatchPlanEntity extends BaseEntity {
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_auto_match_plans_hub' })
  hub?: HubEntity;

  /** Written like 2025/26. */
  @Column({ name: 'academic_year', type: 'varchar', length: 7 })
  academicYear: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'applied_at', type: 'timestamptz', nullable: true })
  appliedAt: Date | null;

  @Column({ name: 'applied_by', type: 'uuid', nullable: true })
  appliedBy: string | null;

  @Column({ name: 'total_score', type: 'int' })
  totalScore: number;

  @Column({ type: 'jsonb' })
  assignments: PlannedAssignment[];
}
