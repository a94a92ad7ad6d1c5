import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { academicYearOf, Actor, Clock, conflictOnUniqueViolation, DomainError } from '@chn/core';
import { BenchmarkResult, GATSBY_BENCHMARKS, SupplementaryAnswer } from '../entities/compass.enums';
import { NationalFiguresCache } from '../national/national-figures.cache';
import { reportableInstitution } from '../reporting-access';
import { CompassEvaluation, RecordCompassEvaluationInput } from './compass.types';

export interface EvaluationToWrite {
  institutionId: string;
  hubId: string;
  evaluatedOn: string;
  benchmarks: { number: number; result: BenchmarkResult; score?: number | null }[];
  ks3AllPupils?: SupplementaryAnswer | null;
  ks3FsmPupils?: SupplementaryAnswer | null;
  ks4AllPupils?: SupplementaryAnswer | null;
  ks4FsmPupils?: SupplementaryAnswer | null;
}

/**
 * Writes evaluations with their eight results, many at once: $1 JSON array of evaluations.
 * With $2 an existing evaluation of the same institution and date is replaced, otherwise refused.
 */
const WRITE_SQL = `
  WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(
      institution_id uuid, hub_id uuid, evaluated_on date, recorded_by uuid,
      ks3_all_pupils supplementary_answer, ks3_fsm_pupils supplementary_answer,
      ks4_all_pupils supplementary_answer, ks4_fsm_pupils supplementary_answer, benchmarks jsonb)
  ),
  written AS (
    INSERT INTO compass_evaluations AS e
      (institution_id, hub_id, evaluated_on, recorded_by, ks3_all_pupils, ks3_fsm_pupils,
       ks4_all_pupils, ks4_fsm_pupils)
    SELECT institution_id, hub_id, evaluated_on, recorded_by, ks3_all_pupils, ks3_fsm_pupils,
           ks4_all_pupils, ks4_fsm_pupils
    FROM input
    ON CONFLICT (institution_id, evaluated_on) DO UPDATE SET
      recorded_by = EXCLUDED.recorded_by,
      ks3_all_pupils = EXCLUDED.ks3_all_pupils, ks3_fsm_pupils = EXCLUDED.ks3_fsm_pupils,
      ks4_all_pupils = EXCLUDED.ks4_all_pupils, ks4_fsm_pupils = EXCLUDED.ks4_fsm_pupils,
      updated_at = now()
      WHERE $2::boolean
    RETURNING e.id, e.institution_id, e.evaluated_on, (xmax = 0) AS created
  ),
  results AS (
    INSERT INTO compass_benchmark_results AS r (evaluation_id, benchmark, result, score)
    SELECT w.id, b.number, b.result::benchmark_result, b.score
    FROM written w
    JOIN input i ON i.institution_id = w.institution_id AND i.evaluated_on = w.evaluated_on
    CROSS JOIN LATERAL jsonb_to_recordset(i.benchmarks) AS b(number int, result text, score numeric)
    ON CONFLICT (evaluation_id, benchmark) DO UPDATE SET result = EXCLUDED.result, score = EXCLUDED.score
  )
  SELECT id, created FROM written`;

const toConflict = conflictOnUniqueViolation({
  uq_compass_evaluations_institution_date: () =>
    DomainError.conflict(
      'COMPASS_EVALUATION_EXISTS',
      'This institution already has an evaluation on that date',
    ),
});

@Injectable()
export class CompassEvaluationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly nationalFigures: NationalFiguresCache,
    private readonly clock: Clock,
  ) {}

  async record(actor: Actor, input: RecordCompassEvaluationInput): Promise<CompassEvaluation> {
    const institution = await reportableInstitution(this.db, actor, input.institutionId, 'write');
    const numbers = new Set(input.benchmarks.map((b) => b.number));
    if (numbers.size !== 8) {
      throw DomainError.validation('BENCHMARKS_INCOMPLETE', 'Give each benchmark 1 to 8 once', [
        { field: 'benchmarks', messages: ['each benchmark 1 to 8 exactly once'] },
      ]);
    }
    if (input.evaluatedOn.slice(0, 10) > this.clock.today()) {
      throw DomainError.validation(
        'EVALUATION_IN_FUTURE',
        'An evaluation cannot be dated after today',
        [{ field: 'evaluatedOn', messages: ['must not be in the future'] }],
      );
    }
    const [written] = await this.write(
      this.db.manager,
      [{ ...input, evaluatedOn: input.evaluatedOn.slice(0, 10), hubId: institution.hubId }],
      { replace: false, recordedBy: actor.userId },
    ).catch((error: unknown) => {
      throw toConflict(error);
    });
    return (await this.load([written.id]))[0];
  }

  /** Writes evaluations in one statement; returns each written evaluation's id. */
  async write(
    manager: EntityManager,
    evaluations: EvaluationToWrite[],
    options: { replace: boolean; recordedBy: string | null },
  ): Promise<{ id: string; created: boolean }[]> {
    if (evaluations.length === 0) return [];
    const rows = evaluations.map((e) => ({
      institution_id: e.institutionId,
      hub_id: e.hubId,
      evaluated_on: e.evaluatedOn,
      recorded_by: options.recordedBy,
      ks3_all_pupils: e.ks3AllPupils ?? null,
      ks3_fsm_pupils: e.ks3FsmPupils ?? null,
      ks4_all_pupils: e.ks4AllPupils ?? null,
      ks4_fsm_pupils: e.ks4FsmPupils ?? null,
      benchmarks: e.benchmarks.map((b) => ({
        number: b.number,
        result: b.result,
        score: b.score ?? null,
      })),
    }));
    const written = await manager.query<{ id: string; created: boolean }[]>(WRITE_SQL, [
      JSON.stringify(rows),
      options.replace,
    ]);
    if (!options.replace && written.length < evaluations.length) {
      throw DomainError.conflict(
        'COMPASS_EVALUATION_EXISTS',
        'This institution already has an evaluation on that date',
      );
    }
    this.nationalFigures.clear();
    return written;
  }

  /** An institution's evaluations, newest first (at most 100: one or two a year). */
  async listForInstitution(actor: Actor, institutionId: string): Promise<CompassEvaluation[]> {
    await reportableInstitution(this.db, actor, institutionId, 'read');
    const ids = await this.db.query<{ id: string }[]>(
      `SELECT id FROM compass_evaluations WHERE institution_id = $1
       ORDER BY evaluated_on DESC LIMIT 100`,
      [institutionId],
    );
    return this.load(ids.map((row) => row.id));
  }

  /** Evaluations by id with their benchmarks, in the order of the ids. */
  async load(ids: string[]): Promise<CompassEvaluation[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.query<
      {
        id: string;
        institution_id: string;
        evaluated_on: string;
        ks3_all_pupils: SupplementaryAnswer | null;
        ks3_fsm_pupils: SupplementaryAnswer | null;
        ks4_all_pupils: SupplementaryAnswer | null;
        ks4_fsm_pupils: SupplementaryAnswer | null;
        benchmarks: { number: number; result: BenchmarkResult; score: number | null }[];
      }[]
    >(
      `SELECT e.id, e.institution_id, to_char(e.evaluated_on, 'YYYY-MM-DD') AS evaluated_on,
              e.ks3_all_pupils, e.ks3_fsm_pupils, e.ks4_all_pupils, e.ks4_fsm_pupils,
              (SELECT json_agg(json_build_object('number', r.benchmark, 'result', r.result,
                        'score', r.score::float8) ORDER BY r.benchmark)
               FROM compass_benchmark_results r WHERE r.evaluation_id = e.id) AS benchmarks
       FROM compass_evaluations e
       WHERE e.id = ANY($1::uuid[])
       ORDER BY array_position($1::uuid[], e.id)`,
      [ids],
    );
    return rows.map((row) => ({
      id: row.id,
      institutionId: row.institution_id,
      evaluatedOn: row.evaluated_on,
      academicYear: academicYearOf(row.evaluated_on).label,
      benchmarksAchieved: row.benchmarks.filter((b) => b.result === BenchmarkResult.ACHIEVED)
        .length,
      benchmarks: row.benchmarks.map((b) => ({
        ...b,
        name: GATSBY_BENCHMARKS[b.number - 1].name,
      })),
      ks3AllPupils: row.ks3_all_pupils,
      ks3FsmPupils: row.ks3_fsm_pupils,
      ks4AllPupils: row.ks4_all_pupils,
      ks4FsmPupils: row.ks4_fsm_pupils,
    }));
  }
}
