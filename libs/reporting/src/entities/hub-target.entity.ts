import {
  Check,
  Column,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { HubEntity } from '@chn/identity';
import { numericTransformer } from './numeric.transformer';

/** A hub's reporting targets; a hub without a row uses the defaults below. */
@Entity('hub_targets')
@Check('ck_hub_targets_average', 'target_average_achieved >= 0 AND target_average_achieved <= 8')
@Check('ck_hub_targets_floor', 'floor_target_benchmarks BETWEEN 1 AND 8')
@Check('ck_hub_targets_in_hub', 'in_hub_target_percent BETWEEN 0 AND 100')
export class HubTargetEntity {
  @PrimaryColumn({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @OneToOne(() => HubEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_hub_targets_hub' })
  hub?: HubEntity;

  /** Average number of benchmarks achieved the hub aims for. */
  @Column({
    name: 'target_average_achieved',
    type: 'numeric',
    precision: 3,
    scale: 1,
    nullable: true,
    transformer: numericTransformer,
  })
  targetAverageAchieved: number | null;

  /** Benchmarks an institution must fully achieve to meet the floor target. */
  @Column({ name: 'floor_target_benchmarks', type: 'smallint', default: 3 })
  floorTargetBenchmarks: number;

  @Column({
    name: 'in_hub_target_percent',
    type: 'numeric',
    precision: 4,
    scale: 1,
    default: 95,
    transformer: numericTransformer,
  })
  inHubTargetPercent: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
