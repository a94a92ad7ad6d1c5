import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  academicYearOf,
  academicYearsEndingWith,
  Actor,
  Clock,
  ConnectionArgs,
  ConnectionShape,
  DomainError,
  paginate,
  AppConfig,
  parseAcademicYear,
  readableHubs,
} from '@chn/core';
import { InstitutionEntity, InstitutionType } from '@chn/institutions';
import { matchabilityPolicy } from '../matches/adviser-eligibility';
import { institutionCountsInYearSql, institutionMatchedInYearSql } from '../matched-in-year';
import { adviserSlotsParams } from '../matches/adviser-slots.queries';
import {
  ADVISER_CAPACITY_SQL,
  AdviserCapacityRow,
  BREAKDOWN_SQL,
  BreakdownRow,
  FiguresRow,
  YEAR_FIGURES_SQL,
  YearFiguresRow,
} from './matching-summary.queries';
import { MatchingBreakdown, MatchingSummary, MatchingYearFigures } from './matching-summary.type';

const HISTORY_YEARS = 5;

const YEAR_PARAMS = { startsOn: ':startsOn', endsOn: ':endsOn' };

/** The hub whose figures an actor asks for: their own, or the one a national administrator names. */
export function reportedHub(actor: Actor, requestedHubId?: string | null): string {
  const scope = readableHubs(actor, requestedHubId);
  if (!scope) {
    throw DomainError.validation('HUB_REQUIRED', 'Name the hub (hubId) to report on', [
      { field: 'hubId', messages: ['hubId is required for a national administrator'] },
    ]);
  }
  return scope[0];
}

function figures(row: FiguresRow) {
  return {
    matchedAny: { count: row.matched_any, percent: row.matched_any_percent },
    matchedOneToOne: { count: row.matched_one_to_one, percent: row.matched_one_to_one_percent },
    matchedAgile: { count: row.matched_agile, percent: row.matched_agile_percent },
  };
}

@Injectable()
export class MatchingSummaryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async summary(
    actor: Actor,
    academicYear?: string | null,
    requestedHubId?: string | null,
  ): Promise<MatchingSummary> {
    const hubId = reportedHub(actor, requestedHubId);
    const year = this.clock.academicYear(academicYear);
    const years = academicYearsEndingWith(year, HISTORY_YEARS);
    const [history, breakdown, [capacity]] = await Promise.all([
      this.db.query<YearFiguresRow[]>(YEAR_FIGURES_SQL, [hubId, years.map((y) => y.startsOn)]),
      this.db.query<BreakdownRow[]>(BREAKDOWN_SQL, [hubId, [year.startsOn]]),
      this.db.query<AdviserCapacityRow[]>(
        ADVISER_CAPACITY_SQL,
        adviserSlotsParams(hubId, matchabilityPolicy(this.config), this.clock.today()),
      ),
    ]);
    const yearFigures: MatchingYearFigures[] = history.map((row) => ({
      academicYear: academicYearOf(row.year_start).label,
      institutionsInHub: row.institutions,
      ...figures(row),
    }));
    const toBreakdown = (row: BreakdownRow): MatchingBreakdown => ({
      laCode: row.dimension === 'LA' ? row.la_code : null,
      laName: row.dimension === 'LA' ? row.la_name : null,
      institutionType: row.dimension === 'TYPE' ? (row.type as InstitutionType) : null,
      institutions: row.institutions,
      ...figures(row),
    });
    return {
      ...yearFigures[yearFigures.length - 1],
      hubId,
      advisersActive: capacity.active,
      advisersMatchable: capacity.matchable,
      advisersWithSpareOneToOne: capacity.spare_one_to_one,
      advisersWithSpareAgile: capacity.spare_agile,
      advisersWithSpareCapacity: capacity.spare,
      byLocalAuthority: breakdown.filter((row) => row.dimension === 'LA').map(toBreakdown),
      byInstitutionType: breakdown.filter((row) => row.dimension === 'TYPE').map(toBreakdown),
      history: yearFigures,
    };
  }

  /** Institutions in the hub in the year that no active or ended match covered, by name. */
  unmatchedInstitutions(
    hubId: string,
    academicYear: string,
    args: ConnectionArgs & { localAuthority?: string; types?: string[] },
  ): Promise<ConnectionShape<InstitutionEntity>> {
    const year = parseAcademicYear(academicYear);
    const query = this.db
      .createQueryBuilder(InstitutionEntity, 'i')
      .where(`i.hub_id = :hubId AND ${institutionCountsInYearSql('i', YEAR_PARAMS)}`, {
        hubId,
        startsOn: year.startsOn,
        endsOn: year.endsOn,
      })
      .andWhere(`NOT ${institutionMatchedInYearSql('i', YEAR_PARAMS)}`);
    if (args.localAuthority) query.andWhere('i.la_code = :la', { la: args.localAuthority });
    if (args.types?.length) query.andWhere('i.type IN (:...types)', { types: args.types });
    return paginate(query, args, {
      sortExpression: 'i.name',
      sortValue: (i) => i.name,
      idExpression: 'i.id',
      id: (i) => i.id,
    });
  }
}
