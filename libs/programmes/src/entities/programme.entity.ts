import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { ProgrammeKind } from '../programme.enums';

/** A long-running hub initiative with host employers, participating institutions and sessions. */
@Entity('programmes')
@Index('ix_programmes_hub_starts', ['hubId', 'startsOn', 'id'])
@Check('ck_programmes_dates', 'ends_on >= starts_on')
@Check('ck_programmes_sectors', 'cardinality(sectors) > 0')
export class ProgrammeEntity extends BaseEntity {
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_programmes_hub' })
  hub?: HubEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: ProgrammeKind, enumName: 'programme_kind' })
  kind: ProgrammeKind;

  @Column({ type: 'varchar', length: 5000 })
  description: string;

  /** Free-text sectors as opportunities and employers write them, e.g. "Health & Social Care". */
  @Column({ type: 'varchar', length: 100, array: true })
  sectors: string[];

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;
}
