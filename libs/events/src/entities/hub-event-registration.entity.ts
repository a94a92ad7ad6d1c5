import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { HubEventRegistrationKind, HubEventRegistrationStatus } from '../domain/hub-event.enums';

/**
 * A registration for a hub event: a signed-in person, a careers leader's group of pupils (a
 * number, never names), or an adult from the public page (name and email, nothing about a child).
 */
@Entity('hub_event_registrations')
export class HubEventRegistrationEntity extends BaseEntity {
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'varchar', length: 30 })
  kind: HubEventRegistrationKind;

  @Column({ type: 'varchar', length: 30 })
  status: HubEventRegistrationStatus;

  /** The person registered, or the careers leader who registered a group. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'institution_id', type: 'uuid', nullable: true })
  institutionId: string | null;

  @Column({ name: 'year_group', type: 'int', nullable: true })
  yearGroup: number | null;

  /** Public registrations only. */
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
