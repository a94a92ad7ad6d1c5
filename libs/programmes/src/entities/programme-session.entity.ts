import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@chn/core';

/** A session a programme delivered to one participating institution: pupils reached as counts. */
@Entity('programme_sessions')
@Index('ix_programme_sessions_programme_held', ['programmeId', 'heldOn', 'id'])
@Index('ix_programme_sessions_hub_held', ['hubId', 'heldOn'])
export class ProgrammeSessionEntity extends BaseEntity {
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Index('ix_programme_sessions_participant_id')
  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @Index('ix_programme_sessions_institution_id')
  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  /** Pupils reached in years 7 to 13, one number each, in order. */
  @Column({ name: 'reached_by_year', type: 'int', array: true })
  reachedByYear: number[];

  @Column({ name: 'pupils_reached', type: 'int' })
  pupilsReached: number;

  @Index('ix_programme_sessions_opportunity_id')
  @Column({ name: 'opportunity_id', type: 'uuid', nullable: true })
  opportunityId: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes: string | null;
}
