import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, parseAcademicYear } from '@chn/core';
import { NationalFiguresCache } from './national-figures.cache';
import { NationalReference, SetNationalReferenceInput } from './national.types';

const READ_SQL = `
  SELECT n.academic_year, n.average_achieved::float8 AS average_achieved,
         n.fsm_quartile1_max::float8 AS q1, n.fsm_quartile2_max::float8 AS q2,
         n.fsm_quartile3_max::float8 AS q3,
         (SELECT coalesce(json_agg(json_build_object('benchmark', b.benchmark,
             'achievedPercent', b.achieved_percent::float8, 'quartile1From', b.quartile1_from::float8,
             'quartile2From', b.quartile2_from::float8, 'quartile3From', b.quartile3_from::float8)
             ORDER BY b.benchmark), '[]')
          FROM national_benchmark_references b WHERE b.national_reference_id = n.id) AS benchmarks
  FROM national_references n
  WHERE n.academic_year <= $1
  ORDER BY n.academic_year DESC
  LIMIT 1`;

/** National reference figures per academic year, set by a national administrator. */
@Injectable()
export class NationalReferenceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: NationalFiguresCache,
  ) {}

  /** The year's reference figures, or the latest earlier year's; null when none is held. */
  async forYear(label: string): Promise<NationalReference | null> {
    const [row] = await this.db.query(READ_SQL, [label]);
    if (!row) return null;
    return {
      academicYear: row.academic_year,
      averageAchieved: row.average_achieved,
      fsmQuartile1Max: row.q1,
      fsmQuartile2Max: row.q2,
      fsmQuartile3Max: row.q3,
      benchmarks: row.benchmarks,
    };
  }

  async set(input: SetNationalReferenceInput): Promise<NationalReference> {
    const year = parseAcademicYear(input.academicYear);
    const problems: { field: string; messages: string[] }[] = [];
    if (new Set(input.benchmarks.map((b) => b.benchmark)).size !== 8) {
      problems.push({ field: 'benchmarks', messages: ['each benchmark 1 to 8 exactly once'] });
    }
    if (
      input.benchmarks.some(
        (b) => !(b.quartile3From <= b.quartile2From && b.quartile2From <= b.quartile1From),
      )
    ) {
      problems.push({
        field: 'benchmarks',
        messages: ['quartile1From ≥ quartile2From ≥ quartile3From'],
      });
    }
    if (!(
      input.fsmQuartile1Max <= input.fsmQuartile2Max &&
      input.fsmQuartile2Max <= input.fsmQuartile3Max
    )) {
      problems.push({ field: 'fsmQuartile1Max', messages: ['FSM quartile bounds must increase'] });
    }
    if (problems.length > 0) {
      throw DomainError.validation(
        'INVALID_NATIONAL_REFERENCE',
        problems.map((p) => p.messages[0]).join('; '),
        problems,
      );
    }
    await this.db.transaction(async (manager) => {
      const [{ id }] = await manager.query<{ id: string }[]>(
        `INSERT INTO national_references
           (academic_year, average_achieved, fsm_quartile1_max, fsm_quartile2_max, fsm_quartile3_max)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (academic_year) DO UPDATE SET
           average_achieved = EXCLUDED.average_achieved, fsm_quartile1_max = EXCLUDED.fsm_quartile1_max,
           fsm_quartile2_max = EXCLUDED.fsm_quartile2_max, fsm_quartile3_max = EXCLUDED.fsm_quartile3_max,
           updated_at = now()
         RETURNING id`,
        [
          year.label,
          input.averageAchieved,
          input.fsmQuartile1Max,
          input.fsmQuartile2Max,
          input.fsmQuartile3Max,
        ],
      );
      await manager.query(
        `INSERT INTO national_benchmark_references
           (national_reference_id, benchmark, achieved_percent, quartile1_from, quartile2_from, quartile3_from)
         SELECT $1, b.benchmark, b."achievedPercent", b."quartile1From", b."quartile2From", b."quartile3From"
         FROM jsonb_to_recordset($2::jsonb) AS b(benchmark int, "achievedPercent" numeric,
           "quartile1From" numeric, "quartile2From" numeric, "quartile3From" numeric)
         ON CONFLICT (national_reference_id, benchmark) DO UPDATE SET
           achieved_percent = EXCLUDED.achieved_percent, quartile1_from = EXCLUDED.quartile1_from,
           quartile2_from = EXCLUDED.quartile2_from, quartile3_from = EXCLUDED.quartile3_from`,
        [id, JSON.stringify(input.benchmarks)],
      );
    });
    this.cache.clear();
    return (await this.forYear(year.label))!;
  }
}
