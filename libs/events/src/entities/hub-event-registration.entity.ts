import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { HubEntity, UserEntity } from '@chn/identity';
import { InstitutionEntity } from '@chn/institutions';
import { HubEventEntity } from './hub-event.entity';
import { HubEventRegistrationKind, HubEventRegistrationStatus } from '../domain/hub-event.enums';

/**
 * A registration for a hub event: a signed-in person, a careers leader's group of pupils (a
 * number, never names), or an adult from the public page (name and email, nothing about a child).
 */
@Entity('hub_event_registrations')
@Index('ix_hub_event_registrations_event', ['eventId', 'status', 'createdAt'])
// One live registration per address, person, or institution and year group (partial, and the
// first on lower(email)): kept by the migration, not described here.
@Index('uq_hub_event_registrations_email', { synchronize: false })
@Index('uq_hub_event_registrations_user', { synchronize: false })
@Index('uq_hub_event_registrations_group', { synchronize: false })
@Index('uq_hub_event_registrations_confirm_token', { synchronize: false })
@Check('ck_hub_event_registrations_places', 'places >= 1')
@Check('ck_hub_event_registrations_attended', 'attended IS NULL OR attended BETWEEN 0 AND places')
@Check(
  'ck_hub_event_registrations_who',
  `(kind = 'PUBLIC' AND user_id IS NULL AND (email IS NULL) = (name IS NULL))
   OR (kind = 'GROUP' AND user_id IS NOT NULL AND institution_id IS NOT NULL AND year_group IS NOT NULL)
   OR (kind IN ('ADVISER', 'EMPLOYER_CONTACT') AND user_id IS NOT NULL AND places = 1)`,
)
export class HubEventRegistrationEntity extends BaseEntity {
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_hub_event_registrations_hub' })
  hub?: HubEntity;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => HubEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_hub_event_registrations_event' })
  event?: HubEventEntity;

  @Column({ type: 'varchar', length: 30 })
  kind: HubEventRegistrationKind;

  @Column({ type: 'varchar', length: 30 })
  status: HubEventRegistrationStatus;

  /** The person registered, or the careers leader who registered a group. */
  @Index('ix_hub_event_registrations_user')
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_hub_event_registrations_user' })
  user?: UserEntity | null;

  @Column({ name: 'institution_id', type: 'uuid', nullable: true })
  institutionId: string | null;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'institution_id',
    foreignKeyConstraintName: 'fk_hub_event_registrations_institution',
  })
  institution?: InstitutionEntity | null;

  @Column({ name: 'year_group', type: 'int', nullable: true })
  yearGroup: number | null;

  /** Public registrations only; cleared together by the retention purge after the event. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Column({ type: 'int' })
  places: number;

  @Column({ name: 'consent_to_contact', type: 'boolean', default: false })
  consentToContact: boolean;

  @Column({ name: 'confirm_token_hash', type: 'varchar', length: 64, nullable: true })
  confirmTokenHash: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'place_offered_at', type: 'timestamptz', nullable: true })
  placeOfferedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  attended: number | null;

  @Column({ name: 'attendance_recorded_at', type: 'timestamptz', nullable: true })
  attendanceRecordedAt: Date | null;
}
