import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, assertYearWithinPlanningHorizon, Clock, parseAcademicYear } from '@chn/core';
import { reportableInstitution } from '../reporting-access';
import { FsqCompletion, RecordFsqInput } from './compass.types';

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
}
