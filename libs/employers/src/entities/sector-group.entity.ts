import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  CreateDateColumn,
} from 'typeorm';
import { BaseEntity } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { EmployerEntity } from './employer.entity';

/** A hub's group of employers in one sector, e.g. Gaming or Visitor Economy — Hoteliers. */
@Entity('sector_groups')
@Index('uq_sector_groups_hub_name', ['hubId', 'name'], { unique: true })
export class SectorGroupEntity extends BaseEntity {
  @Index('ix_sector_groups_hub_id')
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_sector_groups_hub' })
  hub?: HubEntity;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  description: string | null;
}

/** An employer's place in a sector group. */
@Entity('sector_group_members')
export class SectorGroupMemberEntity {
  @PrimaryColumn({ name: 'sector_group_id', type: 'uuid' })
  sectorGroupId: string;

  @Index('ix_sector_group_members_employer_id')
  @PrimaryColumn({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @ManyToOne(() => SectorGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'sector_group_id',
    foreignKeyConstraintName: 'fk_sector_group_members_group',
  })
  sectorGroup?: SectorGroupEntity;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'fk_sector_group_members_employer' })
  employer?: EmployerEntity;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}

/** An employer's request to join a sector group, waiting for hub staff to add it (or not). */
@Entity('sector_group_join_requests')
export class SectorGroupJoinRequestEntity {
  @PrimaryColumn({ name: 'sector_group_id', type: 'uuid' })
  sectorGroupId: string;

  @Index('ix_sector_group_join_requests_employer_id')
  @PrimaryColumn({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @ManyToOne(() => SectorGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'sector_group_id',
    foreignKeyConstraintName: 'fk_sector_group_join_requests_group',
  })
  sectorGroup?: SectorGroupEntity;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'employer_id',
    foreignKeyConstraintName: 'fk_sector_group_join_requests_employer',
  })
  employer?: EmployerEntity;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;
}
