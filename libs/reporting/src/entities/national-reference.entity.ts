import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { numericTransformer } from './numeric.transformer';

/**
 * The national figures of one academic year, as published nationally: average number of
 * benchmarks achieved and the FSM quartile boundaries (upper FSM % of quartiles 1 to 3).
 */
@Entity('national_references')
@Check('ck_national_references_academic_year', "academic_year ~ '^[0-9]{4}/[0-9]{2}$'")
@Check('ck_national_references_average', 'average_achieved >= 0 AND average_achieved <= 8')
@Check(
  'ck_national_references_fsm_bounds',
  'fsm_quartile1_max >= 0 AND fsm_quartile1_max <= fsm_quartile2_max AND fsm_quartile2_max <= fsm_quartile3_max AND fsm_quartile3_max <= 100',
)
export class NationalReferenceEntity extends BaseEntity {
  @Column({ name: 'academic_year', type: 'varchar', length: 7, unique: true })
  academicYear: string;

  @Column({
    name: 'average_achieved',
    type: 'numeric',
    precision: 3,
    scale: 1,
    transformer: numericTransformer,
  })
  averageAchieved: number;

  @Column({
    name: 'fsm_quartile1_max',
    type: 'numeric',
    precision: 4,
    scale: 1,
    transformer: numericTransformer,
  })
  fsmQuartile1Max: number;

  @Column({
    name: 'fsm_quartile2_max',
    type: 'numeric',
    precision: 4,
    scale: 1,
    transformer: numericTransformer,
  })
  fsmQuartile2Max: number;

  @Column({
    name: 'fsm_quartile3_max',
    type: 'numeric',
    precision: 4,
    scale: 1,
    transformer: numericTransformer,
  })
  fsmQuartile3Max: number;
}

/**
 * One benchmark's national figures in a year: % of institutions achieving it, and the hub
 * achieved % from which a hub sits in national quartile 1 (top), 2 and 3; below is quartile 4.
 */
@Entity('national_benchmark_references')
@Check('ck_national_benchmark_references_benchmark', 'benchmark BETWEEN 1 AND 8')
@Check(
  'ck_national_benchmark_references_percents',
  'achieved_percent BETWEEN 0 AND 100 AND quartile3_from <= quartile2_from AND quartile2_from <= quartile1_from AND quartile1_from <= 100 AND quartile3_from >= 0',
)
export class NationalBenchmarkReferenceEntity {
  @PrimaryColumn({ name: 'national_reference_id', type: 'uuid' })
  nationalReferenceId: string;

  @ManyToOne(() => NationalReferenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'national_reference_id',
    foreignKeyConstraintName: 'fk_national_benchmark_references_reference',
  })
  nationalReference?: NationalReferenceEntity;

  @PrimaryColumn({ type: 'smallint' })
  benchmark: number;

  @Column({
    name: 'achieved_percent',
    type: 'numeric',
    precision: 4,
    scale: 1,
    transformer: numericTransformer,
  })
  achievedPercent: number;

  @Column({
    name: 'quartile1_from',
    type: 'numeric',
    precision: 4,
    scale: 1,
    transformer: numericTransformer,
  })
  quartile1From: number;

  @Column({
    name: 'quartile2_from',
    type: 'numeric',
    precision: 4,
    scale: 1,
    transformer: numericTransformer,
  })
  quartile2From: number;

  @Column({
    name: 'quartile3_from',
    type: 'numeric',
    precision: 4,
    scale: 1,
    transformer: numericTransformer,
  })
  quartile3From: number;
}
