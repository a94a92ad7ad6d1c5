import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { HubEntity, UserEntity } from '@chn/identity';
import { InstitutionEntity } from '@chn/institutions';
import { BookingStatus } from '../domain/opportunity.enums';
import { OpportunityEntity } from './opportunity.entity';

/**
 * An institution's request for places on an opportunity. Counts only: no pupil is named here.
 */
@Entity('bookings')
@Index('ix_bookings_opportunity_status', ['opportunityId', 'status'])
@Index('ix_bookings_institution_status', ['institutionId', 'status'])
@Index('ix_bookings_hub_created', ['hubId', 'createdAt', 'id'])
@Check('ck_bookings_places', 'places >= 1')
@Check('ck_bookings_fsm_places', 'fsm_places >= 0 AND fsm_places <= places')
@Check('ck_bookings_year_group', 'year_group BETWEEN 7 AND 13')
@Check(
  'ck_bookings_attendance',
  "(attended IS NULL AND fsm_attended IS NULL AND attendance_recorded_at IS NULL) OR (status = 'CONFIRMED' AND attendance_recorded_at IS NOT NULL AND attended IS NOT NULL AND fsm_attended IS NOT NULL AND attended <= places AND fsm_attended >= 0 AND fsm_attended <= attended)",
)
export class BookingEntity extends BaseEntity {
  /** Indexed by ix_bookings_hub_created, which leads with it. */
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_bookings_hub' })
  hub?: HubEntity;

  /** Indexed by ix_bookings_opportunity_status, which leads with it. */
  @Column({ name: 'opportunity_id', type: 'uuid' })
  opportunityId: string;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opportunity_id', foreignKeyConstraintName: 'fk_bookings_opportunity' })
  opportunity?: OpportunityEntity;

  /** Indexed by ix_bookings_institution_status, which leads with it. */
  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'fk_bookings_institution' })
  institution?: InstitutionEntity;

  @Index('ix_bookings_requested_by')
  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by', foreignKeyConstraintName: 'fk_bookings_requested_by' })
  requester?: UserEntity;

  @Column({ type: 'int' })
  places: number;

  /** Of `places`, how many are for pupils eligible for free school meals. */
  @Column({ name: 'fsm_places', type: 'int' })
  fsmPlaces: number;

  @Column({ name: 'year_group', type: 'int' })
  yearGroup: number;

  @Index('ix_bookings_status')
  @Column({ type: 'enum', enum: BookingStatus, enumName: 'booking_status' })
  status: BookingStatus;

  /** Why it was declined or cancelled. */
  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  /** When a place from the waiting list was offered to it. */
  @Column({ name: 'place_offered_at', type: 'timestamptz', nullable: true })
  placeOfferedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  attended: number | null;

  @Column({ name: 'fsm_attended', type: 'int', nullable: true })
  fsmAttended: number | null;

  @Column({ name: 'employer_feedback', type: 'varchar', length: 5000, nullable: true })
  employerFeedback: string | null;

  @Column({ name: 'attendance_recorded_at', type: 'timestamptz', nullable: true })
  attendanceRecordedAt: Date | null;
}
