import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { SectorGroupEntity } from '@chn/employers';
import { HubEntity } from '@chn/identity';
import { HubEventAudience, HubEventKind, HubEventStatus } from '../domain/hub-event.enums';

/** A link sent after the event (an FAQ guide, slides). */
export interface FollowUpResource {
  label: string;
  url: string;
}

@Entity('hub_events')
@Index('ix_hub_events_hub_starts', ['hubId', 'startsAt', 'id'])
@Unique('uq_hub_events_public_token', ['publicToken'])
@Check('ck_hub_events_times', 'ends_at > starts_at')
@Check('ck_hub_events_capacity', 'capacity >= 1')
@Check('ck_hub_events_place', 'joining_url IS NOT NULL OR venue IS NOT NULL')
export class HubEventEntity extends BaseEntity {
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_hub_events_hub' })
  hub?: HubEntity;

  @Column({ type: 'varchar', length: 40 })
  kind: HubEventKind;

  @Column({ type: 'varchar', length: 20, default: HubEventStatus.DRAFT })
  status: HubEventStatus;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'sector_group_id', type: 'uuid', nullable: true })
  sectorGroupId: string | null;

  @ManyToOne(() => SectorGroupEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sector_group_id', foreignKeyConstraintName: 'fk_hub_events_sector_group' })
  sectorGroup?: SectorGroupEntity | null;

  @Column({ name: 'host_employer_ids', type: 'uuid', array: true, default: () => "'{}'" })
  hostEmployerIds: string[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  venue: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  address: string | null;

  /** Shown only to people registered and to hub staff. */
  @Column({ name: 'joining_url', type: 'varchar', length: 1000, nullable: true })
  joiningUrl: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'text', array: true })
  audiences: HubEventAudience[];

  /** Invitations go to advisers and institutions in these local authorities (all when empty). */
  @Column({ name: 'local_authority_codes', type: 'text', array: true, default: () => "'{}'" })
  localAuthorityCodes: string[];

  @Column({ name: 'registration_opens_at', type: 'timestamptz', nullable: true })
  registrationOpensAt: Date | null;

  @Column({ name: 'registration_closes_at', type: 'timestamptz', nullable: true })
  registrationClosesAt: Date | null;

  @Column({ name: 'follow_up_links', type: 'jsonb', default: () => "'[]'" })
  followUpLinks: FollowUpResource[];

  /** The shareable public page's key (not a secret: it is meant to be passed around). */
  @Column({ name: 'public_token', type: 'varchar', length: 64 })
  publicToken: string;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 1000, nullable: true })
  cancelReason: string | null;

  @Column({ name: 'follow_up_sent_at', type: 'timestamptz', nullable: true })
  followUpSentAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
