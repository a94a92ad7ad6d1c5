import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, Clock } from '@chn/core';
import { institutionMatchedInYearSql, MatchType } from '@chn/matching';
import { CompassEvaluationsService } from '../compass/compass-evaluations.service';
import { HubActivityService } from '../dashboard/hub-activity.service';
import { HubTargetsService } from '../national/hub-targets.service';
import { reportableInstitution } from '../reporting-access';
import { InstitutionReport } from './institution-report.types';

const YEAR = { startsOn: '$2::date', endsOn: '$3::date' };

/** $1 institution, $2 year's first day, $3 year's last day, $4 year label. */
const INSTITUTION_FIGURES_SQL = `
  SELECT i.compass_plus,
    (SELECT ce.id FROM compass_evaluations ce
      WHERE ce.institution_id = i.id AND ce.evaluated_on <= $3::date
      ORDER BY ce.evaluated_on DESC LIMIT 1) AS evaluation_id,
    (SELECT f.students FROM fsq_completions f
      WHERE f.institution_id = i.id AND f.academic_year = $4) AS fsq_students,
    ${institutionMatchedInYearSql('i', YEAR, MatchType.ONE_TO_ONE)} AS one_to_one,
    ${institutionMatchedInYearSql('i', YEAR, MatchType.AGILE)} AS agile
  FROM institutions i WHERE i.id = $1`;

/** One institution's figures, for its careers leader and the hub team. */
@Injectable()
export class InstitutionReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly evaluations: CompassEvaluationsService,
    private readonly activity: HubActivityService,
    private readonly targets: HubTargetsService,
    private readonly clock: Clock,
  ) {}

  async report(
    actor: Actor,
    institutionId: string,
    academicYear?: string | null,
  ): Promise<InstitutionReport> {
    const year = this.clock.academicYear(academicYear);
    const institution = await reportableInstitution(this.db, actor, institutionId, 'read');
    const [[row], targets, workExperience] = await Promise.all([
      this.db.query(INSTITUTION_FIGURES_SQL, [
        institution.id,
        year.startsOn,
        year.endsOn,
        year.label,
      ]),
      this.targets.forHub(institution.hubId),
      this.activity.workExperience(institution.hubId, year.label, institution.id),
    ]);
    const [evaluation] = row.evaluation_id ? await this.evaluations.load([row.evaluation_id]) : [];
    return {
      institutionId: institution.id,
      academicYear: year.label,
      latestEvaluation: evaluation ?? null,
      compassPlus: row.compass_plus,
      floorTargetBenchmarks: targets.floorTargetBenchmarks,
      meetsFloorTarget: (evaluation?.benchmarksAchieved ?? 0) >= targets.floorTargetBenchmarks,
      fsqStudents: row.fsq_students,
      matchedOneToOne: row.one_to_one,
      matchedAgile: row.agile,
      workExperience: workExperience.institutions[0] ?? null,
    };
  }
}
