import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
} from 'typeorm';
import { BaseEntity } from '@chn/core';
import { HubEntity, UserEntity } from '@chn/identity';
import { InstitutionEntity } from '@chn/institutions';
import { BenchmarkResult, SupplementaryAnswer } from './compass.enums';
import { numericTransformer } from './numeric.transformer';

/** An institution's Compass self-assessment against the eight Gatsby Benchmarks on one date. */
@Entity('compass_evaluations')
@Index('uq_compass_evaluations_institution_date', ['institutionId', 'evaluatedOn'], {
  unique: true,
})
@Index('ix_compass_evaluations_hub_date', ['hubId', 'evaluatedOn'])
export class CompassEvaluationEntity extends BaseEntity {
  /** Indexed by ix_compass_evaluations_hub_date, which leads with it. */
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_compass_evaluations_hub' })
  hub?: HubEntity;

  /** Indexed by uq_compass_evaluations_institution_date, which leads with it. */
  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'institution_id',
    foreignKeyConstraintName: 'fk_compass_evaluations_institution',
  })
  institution?: InstitutionEntity;

  @Column({ name: 'evaluated_on', type: 'date' })
  evaluatedOn: string;

  @Column({
    name: 'ks3_all_pupils',
    type: 'enum',
    enum: SupplementaryAnswer,
    enumName: 'supplementary_answer',
    nullable: true,
  })
  ks3AllPupils: SupplementaryAnswer | null;

  @Column({
    name: 'ks3_fsm_pupils',
    type: 'enum',
    enum: SupplementaryAnswer,
    enumName: 'supplementary_answer',
    nullable: true,
  })
  ks3FsmPupils: SupplementaryAnswer | null;

  @Column({
    name: 'ks4_all_pupils',
    type: 'enum',
    enum: SupplementaryAnswer,
    enumName: 'supplementary_answer',
    nullable: true,
  })
  ks4AllPupils: SupplementaryAnswer | null;

  @Column({
    name: 'ks4_fsm_pupils',
    type: 'enum',
    enum: SupplementaryAnswer,
    enumName: 'supplementary_answer',
    nullable: true,
  })
  ks4FsmPupils: SupplementaryAnswer | null;

  @Index('ix_compass_evaluations_recorded_by')
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'recorded_by',
    foreignKeyConstraintName: 'fk_compass_evaluations_recorded_by',
  })
  recorder?: UserEntity;

  @OneToMany(() => CompassBenchmarkResultEntity, (result) => result.evaluation)
  results?: CompassBenchmarkResultEntity[];
}

/** One benchmark's result within an evaluation: exactly eight per evaluation. */
@Entity('compass_benchmark_results')
@Check('ck_compass_benchmark_results_benchmark', 'benchmark BETWEEN 1 AND 8')
@Check('ck_compass_benchmark_results_score', 'score IS NULL OR (score >= 0 AND score <= 100)')
export class CompassBenchmarkResultEntity {
  @PrimaryColumn({ name: 'evaluation_id', type: 'uuid' })
  evaluationId: string;

  @ManyToOne(() => CompassEvaluationEntity, (evaluation) => evaluation.results, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({
    name: 'evaluation_id',
    foreignKeyConstraintName: 'fk_compass_benchmark_results_evaluation',
  })
  evaluation?: CompassEvaluationEntity;

  @PrimaryColumn({ type: 'smallint' })
  benchmark: number;

  @Column({ type: 'enum', enum: BenchmarkResult, enumName: 'benchmark_result' })
  result: BenchmarkResult;

  /** The benchmark's % score in Compass (0-100, one decimal). */
  @Column({
    type: 'numeric',
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: numericTransformer,
  })
  score: number | null;
}
