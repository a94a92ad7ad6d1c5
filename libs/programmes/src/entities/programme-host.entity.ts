import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
