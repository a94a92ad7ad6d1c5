import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AdviserEntity } from '@chn/advisers';
import { BaseEntity } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { InstitutionEntity } from '@chn/institutions';
import { MatchStatus, MatchType } from './match.enums';

/**
 * An Enterprise Adviser matched with an institution: PROPOSED → ACTIVE → ENDED, or
 * PROPOSED → DECLINED. An institution holds at most one ACTIVE ONE_TO_ONE match.
 */
@Entity('matches')
@Index('uq_matches_active_one_to_one', ['institutionId'], {
  unique: true,
  where: "status = 'ACTIVE' AND type = 'ONE_TO_ONE'",
})
@Index('ix_matches_hub_status', ['hubId', 'status'])
@Index('ix_matches_adviser_status', ['adviserId', 'status'])
@Index('ix_matches_period', ['hubId', 'startsOn', 'endedOn'])
@Check('ck_matches_planned_end', 'ends_on IS NULL OR ends_on >= starts_on')
@Check('ck_matches_ended_on', 'ended_on IS NULL OR ended_on >= starts_on')
@Check('ck_matches_ended_status', "(status = 'ENDED') = (ended_on IS NOT NULL)")
export class MatchEntity extends BaseEntity {
  @Index('ix_matches_hub_id')
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_matches_hub' })
  hub?: HubEntity;

  @Index('ix_matches_adviser_id')
  @Column({ name: 'adviser_id', type: 'uuid' })
  adviserId: string;

  @ManyToOne(() => AdviserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'adviser_id', foreignKeyConstraintName: 'fk_matches_adviser' })
  adviser?: AdviserEntity;

  @Index('ix_matches_institution_id')
  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'fk_matches_institution' })
  institution?: InstitutionEntity;

  @Column({ type: 'enum', enum: MatchType, enumName: 'match_type' })
  type: MatchType;

  @Column({ type: 'enum', enum: MatchStatus, enumName: 'match_status' })
  status: MatchStatus;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  /** Planned end (usual for AGILE); null for an open-ended ONE_TO_ONE. */
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  /** When the match actually ended (status ENDED). */
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  /** What the support is for, e.g. "BM5 encounters plan". */
  @Column({ type: 'varchar', length: 500, nullable: true })
  focus: string | null;

  @Column({ name: 'decline_reason', type: 'varchar', length: 1000, nullable: true })
  declineReason: string | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 1000, nullable: true })
  endReason: string | null;

  /** Why hub staff proposed the adviser outside their local authorities; null within them. */
  @Column({ name: 'override_reason', type: 'varchar', length: 1000, nullable: true })
  overrideReason: string | null;

  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  proposedBy: string | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;
}
