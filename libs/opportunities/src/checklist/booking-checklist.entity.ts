import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { HubEntity } from '@chn/identity';
import { BookingEntity } from '../entities/booking.entity';

/**
 * What is done before pupils attend a booking: each item's completion time, and what it records.
 * Counts and adults only: parental consent is a number of pupils, the supervisor an employee.
 */
@Entity('booking_checklists')
@Check(
  'ck_booking_checklists_consent',
  '(consent_count IS NULL) = (consent_recorded_at IS NULL) AND (consent_count IS NULL OR consent_count >= 1)',
)
@Check(
  'ck_booking_checklists_travel',
  '(travel_arrangements IS NULL) = (travel_arranged_at IS NULL)',
)
@Check(
  'ck_booking_checklists_supervisor',
  '(supervisor_name IS NULL) = (supervisor_named_at IS NULL) AND (supervisor_role IS NULL) = (supervisor_named_at IS NULL)',
)
export class BookingChecklistEntity {
  @PrimaryColumn({ name: 'booking_id', type: 'uuid' })
  bookingId: string;

  @ManyToOne(() => BookingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'fk_booking_checklists_booking' })
  booking?: BookingEntity;

  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_booking_checklists_hub' })
  hub?: HubEntity;

  /** How many pupils' parental consent the school holds: the booking's places, never names. */
  @Column({ name: 'consent_count', type: 'int', nullable: true })
  consentCount: number | null;

  @Column({ name: 'consent_recorded_at', type: 'timestamptz', nullable: true })
  consentRecordedAt: Date | null;

  /** When the school confirmed it shared pupils' medical, SEND and access needs with the employer. */
  @Column({ name: 'needs_shared_at', type: 'timestamptz', nullable: true })
  needsSharedAt: Date | null;

  @Column({ name: 'travel_arrangements', type: 'varchar', length: 500, nullable: true })
  travelArrangements: string | null;

  @Column({ name: 'travel_arranged_at', type: 'timestamptz', nullable: true })
  travelArrangedAt: Date | null;

  /** The adult employee supervising the pupils at the workplace. */
  @Column({ name: 'supervisor_name', type: 'varchar', length: 200, nullable: true })
  supervisorName: string | null;

  @Column({ name: 'supervisor_role', type: 'varchar', length: 200, nullable: true })
  supervisorRole: string | null;

  @Column({ name: 'supervisor_named_at', type: 'timestamptz', nullable: true })
  supervisorNamedAt: Date | null;

  @Column({ name: 'induction_confirmed_at', type: 'timestamptz', nullable: true })
  inductionConfirmedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
