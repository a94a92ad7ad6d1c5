import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what, and when: the audit trail hub admins read. */
@Entity('audit_log')
@Index('ix_audit_log_entity', ['entityType', 'entityId', 'at'])
@Index('ix_audit_log_hub_at', ['hubId', 'at'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'hub_id', type: 'uuid', nullable: true })
  hubId: string | null;

  @Index('ix_audit_log_actor_user_id')
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 30, nullable: true })
  actorRole: string | null;

  @Column({ name: 'actor_api_key_id', type: 'uuid', nullable: true })
  actorApiKeyId: string | null;

  /** e.g. `opportunity`, `booking`, `adviser`, `membership`. */
  @Column({ name: 'entity_type', type: 'varchar', length: 50 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  /** e.g. `created`, `updated`, `published`, `erased`. */
  @Column({ type: 'varchar', length: 50 })
  action: string;

  /** Changed fields as `{ field: { from, to } }`, or a snapshot for creations. */
  @Column({ type: 'jsonb', default: {} })
  changes: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
