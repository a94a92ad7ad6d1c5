import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AcademicYear,
  Actor,
  AppConfig,
  academicYearOf,
  academicYearsEndingWith,
  Role,
  Clock,
} from '@chn/core';
import { InstitutionType } from '@chn/institutions';
import { YEAR_FIGURES_SQL, YearFiguresRow } from '@chn/matching';
import {
  GATSBY_BENCHMARKS,
  SupplementaryAnswer,
  SupplementaryQuestion,
} from '../entities/compass.enums';
import { HubTargetsService } from '../national/hub-targets.service';
import { NationalFiguresCache } from '../national/national-figures.cache';
import { NationalReferenceService } from '../national/national-reference.service';
import { preparedQuery } from '../prepared-query';
import { reportedHubOf } from '../reporting-access';
import {
  COMPUTED_NATIONAL_SQL,
  ComputedNationalRow,
  EVALUATED_HUBS_SQL,
  HUB_ACTIVITY_SQL,
  HUB_DASHBOARD_SQL,
  HubActivityRow,
  HubDashboardRow,
} from './hub-dashboard.queries';
import { MatchedYear } from './hub-activity.types';
import { HubDashboard, NationalFiguresSource } from './hub-dashboard.types';
import { HubFiguresCache } from './hub-figures.cache';

const MATCHING_HISTORY_YEARS = 5;
const ANSWER_ORDER = Object.values(SupplementaryAnswer);

interface NationalFigures {
  source: NationalFiguresSource;
  referenceYear: string | null;
  averageAchieved: number | null;
  benchmarks: { achievedPercent: number | null; hubQuartile: number | null }[];
}

/** The Hub Overview Dashboard: every figure an SQL aggregate over the hub's rows. */
@Injectable()
export class HubDashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly targets: HubTargetsService,
    private readonly references: NationalReferenceService,
    private readonly nationalCache: NationalFiguresCache,
    private readonly figures: HubFiguresCache,
  ) {}

  async dashboard(
    actor: Actor,
    academicYear?: string | null,
    requestedHubId?: string | null,
  ): Promise<HubDashboard> {
    const year = this.clock.academicYear(academicYear);
    const hubId = await reportedHubOf(this.db, actor, requestedHubId);
    return this.forHub(hubId, year);
  }

  /** The dashboard of a hub the caller has already been allowed to read. */
  forHub(hubId: string, year: AcademicYear): Promise<HubDashboard> {
    return this.figures.get(hubId, `dashboard:${year.label}`, () => this.compute(hubId, year));
  }

  private async compute(hubId: string, year: AcademicYear): Promise<HubDashboard> {
    const [targets, reference, [evaluatedHubs]] = await Promise.all([
      this.targets.forHub(hubId),
      this.nationalCache.get(`reference:${year.label}`, () => this.references.forYear(year.label)),
      this.nationalCache.get(`hubs:${year.label}`, () =>
        this.db.query<{ hubs: number }[]>(EVALUATED_HUBS_SQL, [year.endsOn]),
      ),
    ]);
    const computed = evaluatedHubs.hubs >= this.config.NATIONAL_FIGURES_MIN_HUBS;
    const [[row], [activity], [matched], computedNational] = await Promise.all([
      preparedQuery<HubDashboardRow>(this.db, 'reporting_hub_dashboard', HUB_DASHBOARD_SQL, [
        hubId,
        year.endsOn,
        targets.floorTargetBenchmarks,
        reference?.fsmQuartile1Max ?? null,
        reference?.fsmQuartile2Max ?? null,
        reference?.fsmQuartile3Max ?? null,
        targets.targetAverageAchieved,
      ]),
      preparedQuery<HubActivityRow>(this.db, 'reporting_hub_activity', HUB_ACTIVITY_SQL, [
        hubId,
        year.label,
        year.endsOn,
      ]),
      preparedQuery<YearFiguresRow>(this.db, 'reporting_matched_years', YEAR_FIGURES_SQL, [
        hubId,
        [year.startsOn],
      ]),
      computed ? this.computedNational(hubId, year) : Promise.resolve(null),
    ]);
    const national: NationalFigures = computedNational ?? {
      source: reference ? NationalFiguresSource.CONFIGURED : NationalFiguresSource.NONE,
      referenceYear: reference?.academicYear ?? null,
      averageAchieved: reference?.averageAchieved ?? null,
      benchmarks: GATSBY_BENCHMARKS.map(() => ({ achievedPercent: null, hubQuartile: null })),
    };
    return {
      hubId,
      academicYear: year.label,
      eligibleInstitutions: row.eligible,
      institutionsInHub: row.in_hub,
      percentInHub: row.percent_in_hub,
      inHubTarget: targets.inHubTargetPercent,
      fsqInstitutions: activity.fsq_institutions,
      fsqStudents: activity.fsq_students,
      percentFsqAtLeast100: activity.percent_fsq_at_least_100,
      evaluatedInstitutions: row.evaluated,
      percentCompassPlus: row.percent_compass_plus,
      currentAdvisers: activity.current_advisers,
      percentMatchedAny: matched.matched_any_percent,
      percentMatchedOneToOne: matched.matched_one_to_one_percent,
      percentMatchedAgile: matched.matched_agile_percent,
      lastLogins: activity.last_logins.map((login) => ({
        name: login.name,
        role: login.role as Role,
        lastLoginAt: new Date(login.lastLoginAt),
      })),
      byInstitutionType: row.by_type
        .filter((g) => g.type !== null)
        .map((g) => ({ ...g, type: g.type as InstitutionType })),
      institutionTypeTotal: row.by_type.find((g) => g.type === null)!,
      byFsmQuartile: row.by_fsm_quartile
        .filter((g) => g.quartile !== null)
        .map((g) => ({ ...g, quartile: g.quartile! })),
      fsmQuartileTotal: row.by_fsm_quartile.find((g) => g.quartile === null) ?? {
        institutions: 0,
        averageAchieved: null,
        bm5Percent: null,
        bm6Percent: null,
      },
      floorTarget: {
        benchmarksRequired: targets.floorTargetBenchmarks,
        achieving: row.floor_achieving,
        failing: row.in_hub - row.floor_achieving,
        percentAchieving: row.percent_floor_achieving,
        percentFailing: row.percent_floor_failing,
      },
      achievedDistribution: row.distribution,
      benchmarks: row.benchmarks.map((b, index) => {
        const configured = reference?.benchmarks.find((r) => r.benchmark === b.number);
        const computedFigures = computedNational?.benchmarks[index];
        const shown = b.achievedPercent;
        return {
          number: b.number,
          name: GATSBY_BENCHMARKS[b.number - 1].name,
          achievedPercent: b.achievedPercent,
          partiallyPercent: b.partiallyPercent,
          notAchievedPercent: b.notAchievedPercent,
          nationalAchievedPercent: computedFigures
            ? computedFigures.achievedPercent
            : (configured?.achievedPercent ?? null),
          hubQuartile: computedFigures
            ? computedFigures.hubQuartile
            : configured && shown !== null
              ? quartileFrom(shown, configured)
              : null,
        };
      }),
      averageAchieved: row.average_achieved,
      nationalAverageAchieved: national.averageAchieved,
      nationalFiguresSource: national.source,
      nationalReferenceYear:
        national.source === NationalFiguresSource.CONFIGURED ? national.referenceYear : null,
      targetAverageAchieved: targets.targetAverageAchieved,
      benchmarksRequiredToReachTarget: row.benchmarks_required,
      supplementaryAnswers: Object.values(SupplementaryQuestion).map((question) => ({
        question,
        answers: row.supplementary
          .filter((a) => a.question === question)
          .map((a) => ({
            answer: a.answer as SupplementaryAnswer,
            institutions: a.institutions,
            percent: a.percent,
          }))
          .sort((a, b) => ANSWER_ORDER.indexOf(a.answer) - ANSWER_ORDER.indexOf(b.answer)),
      })),
    };
  }

  /** Matching figures of the year and the four before it, oldest first. */
  matchedHistory(hubId: string, academicYear: string): Promise<MatchedYear[]> {
    return this.figures.get(hubId, `matchedHistory:${academicYear}`, () =>
      this.computeMatchedHistory(hubId, academicYear),
    );
  }

  private async computeMatchedHistory(hubId: string, academicYear: string) {
    const years = academicYearsEndingWith(
      this.clock.academicYear(academicYear),
      MATCHING_HISTORY_YEARS,
    );
    const rows = await this.db.query<YearFiguresRow[]>(YEAR_FIGURES_SQL, [
      hubId,
      years.map((y) => y.startsOn),
    ]);
    return rows.map((row) => ({
      academicYear: academicYearOf(row.year_start).label,
      institutionsInHub: row.institutions,
      percentMatchedAny: row.matched_any_percent,
      percentMatchedOneToOne: row.matched_one_to_one_percent,
      percentMatchedAgile: row.matched_agile_percent,
    }));
  }

  private async computedNational(hubId: string, year: AcademicYear): Promise<NationalFigures> {
    const rows = await this.nationalCache.get(`national:${year.label}`, () =>
      this.db.query<ComputedNationalRow[]>(COMPUTED_NATIONAL_SQL, [null, year.endsOn]),
    );
    return {
      source: NationalFiguresSource.COMPUTED,
      referenceYear: null,
      averageAchieved: rows[0]?.national_average_achieved ?? null,
      benchmarks: rows.map((r) => ({
        achievedPercent: r.national_achieved_percent,
        hubQuartile: r.hub_quartiles[hubId] ?? null,
      })),
    };
  }
}

/** The hub's national quartile on a benchmark from the configured boundaries: 1 = top. */
function quartileFrom(
  achievedPercent: number,
  bounds: { quartile1From: number; quartile2From: number; quartile3From: number },
): number {
  if (achievedPercent >= bounds.quartile1From) return 1;
  if (achievedPercent >= bounds.quartile2From) return 2;
  if (achievedPercent >= bounds.quartile3From) return 3;
  return 4;
}
