import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The outbox: something that happened which people should hear about, written in the same
 * transaction as the change itself. The worker relays unpublished rows to the queues.
 */
@Entity('domain_events')
@Index('ix_domain_events_unpublished', ['occurredAt'], { where: 'published_at IS NULL' })
@Index('ix_domain_events_aggregate', ['aggregateType', 'aggregateId'])
export class DomainEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_domain_events_hub_id')
  @Column({ name: 'hub_id', type: 'uuid', nullable: true })
  hubId: string | null;

  /** e.g. `booking.confirmed`; every type and its payload are listed in `DomainEventPayloads`. */
  @Index('ix_domain_events_type')
  @Column({ type: 'varchar', length: 100 })
  type: string;

  @Column({ name: 'aggregate_type', type: 'varchar', length: 50 })
  aggregateType: string;

  @Column({ name: 'aggregate_id', type: 'uuid' })
  aggregateId: string;

  @Column({ type: 'jsonb', default: {} })
  payload: Record<string, unknown>;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
