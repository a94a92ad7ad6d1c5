import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { EmployerEntity } from '@chn/employers';
import { HubEntity } from '@chn/identity';
import { ProgrammeEntity } from './programme.entity';

/** An employer of the hub's network hosting a programme. */
@Entity('programme_hosts')
export class ProgrammeHostEntity {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Index('ix_programme_hosts_employer_id')
  @PrimaryColumn({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_programme_hosts_programme' })
  programme?: ProgrammeEntity;

  @ManyToOne(() => EmployerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'fk_programme_hosts_employer' })
  employer?: EmployerEntity;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_programme_hosts_hub' })
  hub?: HubEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
