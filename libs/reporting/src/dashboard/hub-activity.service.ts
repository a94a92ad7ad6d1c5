import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@chn/core';
import { InstitutionType } from '@chn/institutions';
import { HubFiguresCache } from './hub-figures.cache';
import { GOAL_DAYS_PER_KEY_STAGE, keyStageProgress } from '../work-experience/work-experience-goal';
import {
  KEY_STAGE_FIGURES_SQL,
  KeyStageFiguresRow,
  MEANINGFUL_COVERAGE_SQL,
  MeaningfulCoverageRow,
  NETWORK_SQL,
  NetworkRow,
  OPPORTUNITY_FIGURES_SQL,
  OpportunityFiguresRow,
  WORK_EXPERIENCE_SQL,
  WorkExperienceRow,
} from './hub-activity.queries';
import {
  InstitutionWorkExperience,
  MeaningfulCoverage,
  NetworkFigures,
  OpportunityFigures,
  PlacesFigures,
  WorkExperienceFigures,
} from './hub-activity.types';

function places(
  group: string,
  row?: Omit<OpportunityFiguresRow, 'dimension' | 'value'>,
): PlacesFigures {
  return {
    group,
    opportunities: row?.opportunities ?? 0,
    placesOffered: row?.places_offered ?? 0,
    placesBooked: row?.places_booked ?? 0,
    placesAttended: row?.places_attended ?? 0,
  };
}

/** What the hub delivered beyond the Compass figures: opportunities, work experience, network. */
@Injectable()
export class HubActivityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly figures: HubFiguresCache,
    private readonly clock: Clock,
  ) {}

  opportunities(hubId: string, academicYear: string): Promise<OpportunityFigures> {
    return this.figures.get(hubId, `opportunities:${academicYear}`, () =>
      this.computeOpportunities(hubId, academicYear),
    );
  }

  /** Per institution in hub (or only `institutionId`), and summed over them. */
  workExperience(
    hubId: string,
    academicYear: string,
    institutionId: string | null = null,
  ): Promise<WorkExperienceFigures> {
    return this.figures.get(hubId, `workExperience:${academicYear}:${institutionId}`, () =>
      this.computeWorkExperience(hubId, academicYear, institutionId),
    );
  }

  network(hubId: string): Promise<NetworkFigures> {
    return this.figures.get(hubId, 'network', () => this.computeNetwork(hubId));
  }

  meaningfulCriteria(hubId: string, academicYear: string): Promise<MeaningfulCoverage> {
    return this.figures.get(hubId, `meaningfulCriteria:${academicYear}`, () =>
      this.computeMeaningfulCriteria(hubId, academicYear),
    );
  }

  private async computeOpportunities(
    hubId: string,
    academicYear: string,
  ): Promise<OpportunityFigures> {
    const year = this.clock.academicYear(academicYear);
    const params = [hubId, year.startsOn, year.endsOn];
    const [rows, stages] = await Promise.all([
      this.db.query<OpportunityFiguresRow[]>(OPPORTUNITY_FIGURES_SQL, params),
      this.db.query<KeyStageFiguresRow[]>(KEY_STAGE_FIGURES_SQL, params),
    ]);
    return {
      total: places(
        'ALL',
        rows.find((r) => r.dimension === 'TOTAL'),
      ),
      byTier: rows.filter((r) => r.dimension === 'TIER').map((r) => places(r.value!, r)),
      bySector: rows.filter((r) => r.dimension === 'SECTOR').map((r) => places(r.value!, r)),
      byKeyStage: stages.map((r) => places(r.key_stage, r)),
    };
  }

  private async computeWorkExperience(
    hubId: string,
    academicYear: string,
    institutionId: string | null = null,
  ): Promise<WorkExperienceFigures> {
    const year = this.clock.academicYear(academicYear);
    const rows = await this.db.query<WorkExperienceRow[]>(WORK_EXPERIENCE_SQL, [
      hubId,
      year.startsOn,
      year.endsOn,
      institutionId,
    ]);
    const total = rows[rows.length - 1];
    const institutions: InstitutionWorkExperience[] = rows.slice(0, -1).map((row) => ({
      institutionId: row.institution_id!,
      name: row.name!,
      urn: row.urn!,
      type: row.type as InstitutionType,
      ks3: keyStageProgress('KS3', row.ks3_place_days, row.ks3_pupils),
      ks4: keyStageProgress('KS4', row.ks4_place_days, row.ks4_pupils),
    }));
    return {
      goalDays: 2 * GOAL_DAYS_PER_KEY_STAGE,
      ks3: keyStageProgress('KS3', total.ks3_place_days, total.ks3_pupils),
      ks4: keyStageProgress('KS4', total.ks4_place_days, total.ks4_pupils),
      institutions,
    };
  }

  private async computeNetwork(hubId: string): Promise<NetworkFigures> {
    const [row] = await this.db.query<NetworkRow[]>(NETWORK_SQL, [hubId]);
    return { memberships: row.memberships, sectorGroups: row.sector_groups };
  }

  private async computeMeaningfulCriteria(
    hubId: string,
    academicYear: string,
  ): Promise<MeaningfulCoverage> {
    const year = this.clock.academicYear(academicYear);
    const rows = await this.db.query<MeaningfulCoverageRow[]>(MEANINGFUL_COVERAGE_SQL, [
      hubId,
      year.startsOn,
      year.endsOn,
    ]);
    return {
      delivered: rows[0]?.delivered ?? 0,
      allCriteriaPercent: rows[0]?.all_criteria_percent ?? null,
      criteria: rows.map((r) => ({
        criterion: r.criterion,
        experiences: r.experiences,
        percent: r.percent,
      })),
    };
  }
}
