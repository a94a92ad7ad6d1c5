import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { HubEntity, UserEntity } from '@chn/identity';
import { MeaningfulCriterion } from '../domain/opportunity.enums';
import { BookingEntity } from '../entities/booking.entity';
import { FeedbackParty } from './feedback-party';

/**
 * One party's feedback on a delivered booking: the careers leader's (rating, criteria met in
 * practice), the employer's (rating, would host again), or the pupils' answers as counts, never
 * an individual pupil's. `comments` (adults only) are cleared by the retention purge after a
 * configured time from `submitted_at`.
 */
@Entity('encounter_feedback')
@Index('uq_encounter_feedback_booking_party', ['bookingId', 'party'], { unique: true })
@Index('ix_encounter_feedback_hub_submitted', ['hubId', 'submittedAt'])
@Check('ck_encounter_feedback_rating', 'rating BETWEEN 1 AND 5')
@Check(
  'ck_encounter_feedback_party',
  `(party = 'CAREERS_LEADER' AND rating IS NOT NULL AND criteria_met IS NOT NULL AND would_host_again IS NULL AND pupils_responded IS NULL)
  OR (party = 'EMPLOYER' AND rating IS NOT NULL AND criteria_met IS NULL AND would_host_again IS NOT NULL AND pupils_responded IS NULL)
  OR (party = 'PUPILS' AND rating IS NULL AND criteria_met IS NULL AND would_host_again IS NULL AND comments IS NULL AND pupils_responded IS NOT NULL)`,
)
@Check(
  'ck_encounter_feedback_pupils',
  `pupils_responded IS NULL OR (pupils_responded >= 1
    AND pupils_found_useful BETWEEN 0 AND pupils_responded
    AND pupils_know_more_about_sector BETWEEN 0 AND pupils_responded
    AND pupils_more_confident_about_next_steps BETWEEN 0 AND pupils_responded
    AND pupils_would_consider_sector BETWEEN 0 AND pupils_responded)`,
)
export class EncounterFeedbackEntity extends BaseEntity {
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_encounter_feedback_hub' })
  hub?: HubEntity;

  /** Indexed by uq_encounter_feedback_booking_party, which leads with it. */
  @Column({ name: 'booking_id', type: 'uuid' })
  bookingId: string;

  @ManyToOne(() => BookingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'fk_encounter_feedback_booking' })
  booking?: BookingEntity;

  @Column({ type: 'enum', enum: FeedbackParty, enumName: 'feedback_party' })
  party: FeedbackParty;

  /** 1-5, from the careers leader or the employer. */
  @Column({ type: 'int', nullable: true })
  rating: number | null;

  /** The careers leader's view of which criteria the encounter met in practice. */
  @Column({
    name: 'criteria_met',
    type: 'enum',
    enum: MeaningfulCriterion,
    enumName: 'meaningful_criterion',
    array: true,
    nullable: true,
  })
  criteriaMet: MeaningfulCriterion[] | null;

  @Column({ name: 'would_host_again', type: 'boolean', nullable: true })
  wouldHostAgain: boolean | null;

  /** An adult's free text; emptied by the retention purge. */
  @Column({ type: 'text', nullable: true })
  comments: string | null;

  /** Pupils who answered (at most those who attended), then how many said yes to each question. */
  @Column({ name: 'pupils_responded', type: 'int', nullable: true })
  pupilsResponded: number | null;

  @Column({ name: 'pupils_found_useful', type: 'int', nullable: true })
  pupilsFoundUseful: number | null;

  @Column({ name: 'pupils_know_more_about_sector', type: 'int', nullable: true })
  pupilsKnowMoreAboutSector: number | null;

  @Column({ name: 'pupils_more_confident_about_next_steps', type: 'int', nullable: true })
  pupilsMoreConfidentAboutNextSteps: number | null;

  @Column({ name: 'pupils_would_consider_sector', type: 'int', nullable: true })
  pupilsWouldConsiderSector: number | null;

  @Index('ix_encounter_feedback_submitted_by')
  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'submitted_by',
    foreignKeyConstraintName: 'fk_encounter_feedback_submitted_by',
  })
  submitter?: UserEntity;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}
