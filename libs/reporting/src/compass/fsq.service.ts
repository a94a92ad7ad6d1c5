import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  Actor,
  assertYearWithinPlanningHorizon,
  Clock,
  csvRefusal,
  hubForWrite,
  parseAcademicYear,
  parseOrRefuse,
  transactionUnlessDryRun,
} from '@chn/core';
import { hubInstitutionIdsByUrn } from './csv-import';
import { parseFsqCsv } from './fsq-csv';
import { reportableInstitution } from '../reporting-access';
import { FsqCompletion, FsqImportReport, RecordFsqInput } from './compass.types';

/** Future Skills Questionnaire completions per institution and year. */
@Injectable()
export class FsqService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Sets (replaces) the year's completions of the institution. */
  async record(actor: Actor, input: RecordFsqInput): Promise<FsqCompletion> {
    const year = parseAcademicYear(input.academicYear);
    assertYearWithinPlanningHorizon(year, 'academicYear', this.clock.now());
    const institution = await reportableInstitution(this.db, actor, input.institutionId, 'write');
    await this.db.query(
      `INSERT INTO fsq_completions (hub_id, institution_id, academic_year, students)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (institution_id, academic_year)
       DO UPDATE SET students = EXCLUDED.students, updated_at = now()`,
      [institution.hubId, institution.id, year.label, input.students],
    );
    return { institutionId: institution.id, academicYear: year.label, students: input.students };
  }

  import(
    actor: Actor,
    csv: string,
    options: { hubId?: string | null; dryRun?: boolean } = {},
  ): Promise<FsqImportReport> {
    return this.importInto(hubForWrite(actor, options.hubId), csv, options.dryRun);
  }

  /**
   * FSQ completions from CSV, all or nothing; a row replaces the institution's figure for the
   * year. A dry run reports the same and keeps nothing.
   */
  async importInto(hubId: string, csv: string, dryRun = false): Promise<FsqImportReport> {
    const records = parseOrRefuse('FSQ_CSV_INVALID', csv, parseFsqCsv);
    const byUrn = await hubInstitutionIdsByUrn(
      this.db,
      hubId,
      records.map((r) => r.urn),
    );
    const unknown = records.filter((r) => !byUrn.has(r.urn));
    if (unknown.length > 0) {
      throw csvRefusal(
        'FSQ_CSV_INVALID',
        unknown.map((r) => ({
          line: r.line,
          message: `no institution with URN ${r.urn} in the hub`,
        })),
      );
    }
    const written = await transactionUnlessDryRun(this.db, dryRun, (manager) =>
      manager.query<{ created: boolean }[]>(
        `INSERT INTO fsq_completions AS f (hub_id, institution_id, academic_year, students)
       SELECT $1, r.institution_id, r.academic_year, r.students
       FROM jsonb_to_recordset($2::jsonb) AS r(institution_id uuid, academic_year varchar, students int)
       ON CONFLICT (institution_id, academic_year)
       DO UPDATE SET students = EXCLUDED.students, updated_at = now()
       WHERE f.students IS DISTINCT FROM EXCLUDED.students
       RETURNING (xmax = 0) AS created`,
        [
          hubId,
          JSON.stringify(
            records.map((r) => ({
              institution_id: byUrn.get(r.urn),
              academic_year: r.academicYear,
              students: r.students,
            })),
          ),
        ],
      ),
    );
    const created = written.filter((row) => row.created).length;
    return {
      dryRun,
      rows: records.length,
      created,
      updated: written.length - created,
      unchanged: records.length - written.length,
    };
  }
}
