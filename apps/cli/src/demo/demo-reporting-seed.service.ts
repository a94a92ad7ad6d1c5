import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AcademicYear, currentAcademicYear } from '@chn/core';
import {
  CompassEvaluationsService,
  deriveEvaluations,
  EvaluatedInstitutionPlan,
  HubTargetsService,
  LCR_2024_25_COMPASS_FIGURES,
  SupplementaryAnswer,
} from '@chn/reporting';

const ANSWERS = [
  SupplementaryAnswer.SOME,
  SupplementaryAnswer.MOST,
  SupplementaryAnswer.A_FEW,
  SupplementaryAnswer.OVERWHELMING_MAJORITY,
  SupplementaryAnswer.DONT_KNOW,
];
/** Upgraded to Compass+: 85 % of the evaluated institutions, as on the reference dashboard. */
const COMPASS_PLUS = 119;
/** FSQ completions: 26 institutions, 3950 students, 15 of them with at least 100. */
const FSQ_STUDENTS = [...Array<number>(15).fill(200), ...Array<number>(10).fill(86), 90];

/**
 * Compass evaluations, FSQ and targets for the demo hub, derived from the reference dashboard's
 * figures: the hub-wide Compass figures are the dashboard's; the splits by type and FSM quartile
 * follow the real institutions' own types and FSM.
 */
@Injectable()
export class DemoReportingSeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly evaluations: CompassEvaluationsService,
    private readonly targets: HubTargetsService,
  ) {}

  async seed(hubId: string, year: AcademicYear = currentAcademicYear()): Promise<void> {
    const institutions: { id: string; type: string }[] = await this.db.query(
      `SELECT id, type::text FROM institutions
       WHERE hub_id = $1 AND eligible AND in_hub_since IS NOT NULL ORDER BY urn`,
      [hubId],
    );
    const plans = deriveEvaluations(LCR_2024_25_COMPASS_FIGURES);
    const assigned = assignByType(plans, institutions);
    const evaluatedOn = (i: number) => {
      const date = new Date(`${Number(year.startsOn.slice(0, 4))}-03-02T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + (i % 40));
      return date.toISOString().slice(0, 10);
    };
    await this.db.transaction(async (manager) => {
      await this.evaluations.write(
        manager,
        assigned.map(({ plan, institutionId }, i) => ({
          institutionId,
          hubId,
          evaluatedOn: evaluatedOn(i),
          benchmarks: plan.results.map((result, b) => ({ number: b + 1, result, score: null })),
          ks3AllPupils: ANSWERS[i % ANSWERS.length],
          ks3FsmPupils: ANSWERS[(i + 2) % ANSWERS.length],
          ks4AllPupils: ANSWERS[(i + 1) % ANSWERS.length],
          ks4FsmPupils: ANSWERS[(i + 3) % ANSWERS.length],
        })),
        { replace: true, recordedBy: null },
      );
      const evaluatedIds = assigned.map((a) => a.institutionId);
      await manager.query(
        'UPDATE institutions SET compass_plus = true WHERE id = ANY($1::uuid[])',
        [evaluatedIds.slice(0, COMPASS_PLUS)],
      );
      await manager.query(
        `INSERT INTO fsq_completions (hub_id, institution_id, academic_year, students)
         SELECT $1, f.institution_id, $2, f.students
         FROM unnest($3::uuid[], $4::int[]) AS f(institution_id, students)`,
        [hubId, year.label, FSQ_STUDENTS.map((_, i) => evaluatedIds[i * 5]), FSQ_STUDENTS],
      );
    });
    await this.targets.setFor(hubId, {
      targetAverageAchieved: 6.4,
      floorTargetBenchmarks: 3,
      inHubTargetPercent: 95,
    });
  }
}

/** Each plan to an institution of its type where one is left, the rest to the remaining ones. */
function assignByType(
  plans: EvaluatedInstitutionPlan[],
  institutions: { id: string; type: string }[],
): { plan: EvaluatedInstitutionPlan; institutionId: string }[] {
  const free = [...institutions];
  const pending: EvaluatedInstitutionPlan[] = [];
  const assigned: { plan: EvaluatedInstitutionPlan; institutionId: string }[] = [];
  for (const plan of plans) {
    const index = free.findIndex((i) => i.type === plan.type);
    if (index === -1) pending.push(plan);
    else assigned.push({ plan, institutionId: free.splice(index, 1)[0].id });
  }
  for (const plan of pending) {
    const next = free.shift();
    if (next) assigned.push({ plan, institutionId: next.id });
  }
  return assigned;
}
