import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { HubEntity, UserEntity } from '@chn/identity';
import { InstitutionType } from '../import/institution-type';

/** A school or college a hub works with. */
@Entity('institutions')
@Index('uq_institutions_hub_urn', ['hubId', 'urn'], { unique: true })
@Index('ix_institutions_hub_name', ['hubId', 'name', 'id'])
/** Trigram index for name search, created in the migration (TypeORM cannot declare its operator class). */
@Index('ix_institutions_name_trgm', { synchronize: false })
@Check(
  'ck_institutions_fsm_percent',
  'fsm_percent IS NULL OR (fsm_percent >= 0 AND fsm_percent <= 100)',
)
@Check('ck_institutions_pupils', 'pupils IS NULL OR pupils >= 0')
@Check('ck_institutions_urn', "urn ~ '^[0-9]{5,7}$'")
@Check('ck_institutions_ukprn', "ukprn IS NULL OR ukprn ~ '^[0-9]{8}$'")
export class InstitutionEntity extends BaseEntity {
  @Index('ix_institutions_hub_id')
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_institutions_hub' })
  hub?: HubEntity;

  /** GIAS unique reference number. */
  @Column({ type: 'varchar', length: 7 })
  urn: string;

  @Index('ix_institutions_ukprn')
  @Column({ type: 'varchar', length: 8, nullable: true })
  ukprn: string | null;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Index('ix_institutions_type')
  @Column({ type: 'enum', enum: InstitutionType, enumName: 'institution_type' })
  type: InstitutionType;

  /** True when the type was inferred from the phase because the source had none. */
  @Column({ name: 'type_inferred', type: 'boolean', default: false })
  typeInferred: boolean;

  @Column({ type: 'varchar', length: 100, nullable: true })
  phase: string | null;

  @Index('ix_institutions_la_code')
  @Column({ name: 'la_code', type: 'varchar', length: 3, nullable: true })
  laCode: string | null;

  @Column({ name: 'la_name', type: 'varchar', length: 100, nullable: true })
  laName: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  postcode: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  town: string | null;

  @Column({ type: 'int', nullable: true })
  pupils: number | null;

  @Column({
    name: 'fsm_percent',
    type: 'numeric',
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: {
      to: (v: number | null) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  })
  fsmPercent: number | null;

  @Index('ix_institutions_eligible')
  @Column({ type: 'boolean', default: true })
  eligible: boolean;

  /** Date the institution joined the hub; null when it is not in the hub. */
  @Index('ix_institutions_in_hub_since')
  @Column({ name: 'in_hub_since', type: 'date', nullable: true })
  inHubSince: string | null;

  @Column({ name: 'compass_plus', type: 'boolean', default: false })
  compassPlus: boolean;

  @Index('ix_institutions_careers_leader_id')
  @Column({ name: 'careers_leader_id', type: 'uuid', nullable: true })
  careersLeaderId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'careers_leader_id',
    foreignKeyConstraintName: 'fk_institutions_careers_leader',
  })
  careersLeader?: UserEntity;
}
