import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { InstitutionEntity } from '@chn/institutions';
import { MatchType } from './match.enums';

/** What an adviser should bring to an institution. */
@Entity('institution_support_needs')
export class SupportNeedsEntity {
  @PrimaryColumn({ name: 'institution_id', type: 'uuid' })
  institutionId: string;

  @OneToOne(() => InstitutionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'fk_support_needs_institution' })
  institution?: InstitutionEntity;

  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  /** Sectors the institution wants an adviser from. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: string[];

  /** Gatsby Benchmarks (1-8) to work on first; empty means "the weakest in the latest Compass evaluation". */
  @Column({ name: 'priority_benchmarks', type: 'int', array: true, default: () => "'{}'" })
  priorityBenchmarks: number[];

  /** Whether the adviser needs SEND or alternative-provision experience. */
  @Column({ name: 'needs_send_ap_experience', type: 'boolean', default: false })
  needsSendApExperience: boolean;

  @Column({
    name: 'preferred_match_type',
    type: 'enum',
    enum: MatchType,
    enumName: 'preferred_match_type',
    nullable: true,
  })
  preferredMatchType: MatchType | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;
}
