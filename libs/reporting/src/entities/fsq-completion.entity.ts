import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { InstitutionEntity } from '@chn/institutions';

/** How many students of an institution completed the Future Skills Questionnaire in a year. */
@Entity('fsq_completions')
@Index('uq_fsq_completions_institution_year', ['institutionId', 'academicYear'], { unique: true })
@Index('ix_fsq_completions_hub_year', ['hubId', 'academicYear'])
@Check('ck_fsq_completions_students', 'students >= 0')
@Check('ck_fsq_completions_academic_year', "academic_year ~ '^[0-9]{4}/[0-9]{2}$'")
export class FsqCompletionEntity extends BaseEntity {
  /** Indexed by ix_fsq_completions_hub_year, which leads with it. */
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_fsq_completions_hub' })
  hub?: HubEntity;

  /** Indexed by uq_fsq_completions_institution_year, which leads with it. */
  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'institution_id',
    foreignKeyConstraintName: 'fk_fsq_completions_institution',
  })
  institution?: InstitutionEntity;

  /** Academic year label, e.g. 2024/25. */
  @Column({ name: 'academic_year', type: 'varchar', length: 7 })
  academicYear: string;

  @Column({ type: 'int' })
  students: number;
}
