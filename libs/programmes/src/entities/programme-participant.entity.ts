import { Check, Column, Entity, Index, Unique } from 'typeorm';
import { BaseEntity } from '@chn/core';

/** An institution taking part in a programme, with its cohort as counts: never a pupil's name. */
@Entity('programme_participants')
@Unique('uq_programme_participants_institution', ['programmeId', 'institutionId'])
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
}
