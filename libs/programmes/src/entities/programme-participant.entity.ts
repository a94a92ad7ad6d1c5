import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { InstitutionEntity } from '@chn/institutions';
import { ProgrammeEntity } from './programme.entity';

/** An institution taking part in a programme, with its cohort as counts: never a pupil's name. */
@Entity('programme_participants')
@Unique('uq_programme_participants_institution', ['programmeId', 'institutionId'])
@Check(
  'ck_programme_participants_cohort',
  'cardinality(cohort_by_year) = 7 AND 0 <= ALL(cohort_by_year) AND pupils > 0',
)
@Check('ck_programme_participants_send', 'send_pupils >= 0 AND send_pupils <= pupils')
@Check('ck_programme_participants_fsm', 'fsm_pupils >= 0 AND fsm_pupils <= pupils')
export class ProgrammeParticipantEntity extends BaseEntity {
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Index('ix_programme_participants_institution_id')
  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId: string;

  /** Pupils in years 7 to 13, one number each, in order (`year-group-counts.ts`). */
  @Column({ name: 'cohort_by_year', type: 'int', array: true })
  cohortByYear: number[];

  /** The sum of `cohortByYear`, so the database can hold SEND and FSM within it. */
  @Column({ type: 'int' })
  pupils: number;

  @Column({ name: 'send_pupils', type: 'int', default: 0 })
  sendPupils: number;

  @Column({ name: 'fsm_pupils', type: 'int', default: 0 })
  fsmPupils: number;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'programme_id',
    foreignKeyConstraintName: 'fk_programme_participants_programme',
  })
  programme?: ProgrammeEntity;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'institution_id',
    foreignKeyConstraintName: 'fk_programme_participants_institution',
  })
  institution?: InstitutionEntity;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_programme_participants_hub' })
  hub?: HubEntity;
}
