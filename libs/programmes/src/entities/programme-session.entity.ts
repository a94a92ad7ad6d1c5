import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { InstitutionEntity } from '@chn/institutions';
import { OpportunityEntity } from '@chn/opportunities';
import { ProgrammeParticipantEntity } from './programme-participant.entity';
import { ProgrammeEntity } from './programme.entity';

/** A session a programme delivered to one participating institution: pupils reached as counts. */
@Entity('programme_sessions')
@Index('ix_programme_sessions_programme_held', ['programmeId', 'heldOn', 'id'])
@Index('ix_programme_sessions_hub_held', ['hubId', 'heldOn'])
@Check(
  'ck_programme_sessions_reached',
  'cardinality(reached_by_year) = 7 AND 0 <= ALL(reached_by_year) AND pupils_reached > 0',
)
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

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_programme_sessions_programme' })
  programme?: ProgrammeEntity;

  @ManyToOne(() => ProgrammeParticipantEntity)
  @JoinColumn({
    name: 'participant_id',
    foreignKeyConstraintName: 'fk_programme_sessions_participant',
  })
  participant?: ProgrammeParticipantEntity;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'institution_id',
    foreignKeyConstraintName: 'fk_programme_sessions_institution',
  })
  institution?: InstitutionEntity;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'opportunity_id',
    foreignKeyConstraintName: 'fk_programme_sessions_opportunity',
  })
  opportunity?: OpportunityEntity;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_programme_sessions_hub' })
  hub?: HubEntity;
}
