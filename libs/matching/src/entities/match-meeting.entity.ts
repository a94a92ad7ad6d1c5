import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { MatchEntity } from './match.entity';

/** A meeting an adviser held with the careers leader on a 1-2-1 match, one a day at most. */
@Entity('match_meetings')
@Unique('uq_match_meetings_match_day', ['matchId', 'metOn'])
@Index('ix_match_meetings_hub_met_on', ['hubId', 'metOn'])
@Check(
  'ck_match_meetings_benchmarks',
  'cardinality(benchmarks) >= 1 AND benchmarks <@ ARRAY[1,2,3,4,5,6,7,8]::smallint[]',
)
export class MatchMeetingEntity extends BaseEntity {
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_match_meetings_hub' })
  hub?: HubEntity;

  @Column({ name: 'match_id', type: 'uuid' })
  matchId: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'fk_match_meetings_match' })
  match?: MatchEntity;

  @Column({ name: 'met_on', type: 'date' })
  metOn: string;

  /** Gatsby Benchmark numbers (1-8) worked on, ascending. */
  @Column({ type: 'smallint', array: true })
  benchmarks: number[];

  /** The adviser's short note; cleared after `MEETING_NOTE_RETENTION_DAYS`. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ name: 'logged_by', type: 'uuid', nullable: true })
  loggedBy: string | null;
}
