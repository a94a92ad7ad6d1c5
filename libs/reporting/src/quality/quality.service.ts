import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@chn/core';
import { HubFiguresCache } from '../dashboard/hub-figures.cache';
import { NationalFiguresCache } from '../national/national-figures.cache';
import { NationalReferenceService } from '../national/national-reference.service';
import {
  QUALITY_CRITERIA_SQL,
  QUALITY_GROUPS_SQL,
  QualityCriterionRow,
  QualityGroupRow,
} from './quality.queries';
import { QualityFigures, QualityGroup } from './quality.types';

function group(name: string, row?: QualityGroupRow): QualityGroup {
  return {
    group: name,
    delivered: row?.delivered ?? 0,
    pupilsAttended: row?.pupils_attended ?? 0,
    checklistCompletePercent: row?.checklist_complete_percent ?? null,
    schoolResponses: row?.school_responses ?? 0,
    schoolResponsePercent: row?.school_response_percent ?? null,
    employerResponses: row?.employer_responses ?? 0,
    employerResponsePercent: row?.employer_response_percent ?? null,
    pupilResponses: row?.pupil_responses ?? 0,
    pupilResponsePercent: row?.pupil_response_percent ?? null,
    averageSchoolRating: row?.average_school_rating ?? null,
    averageEmployerRating: row?.average_employer_rating ?? null,
    wouldHostAgainPercent: row?.would_host_again_percent ?? null,
    criteriaPromised: row?.criteria_promised ?? 0,
    criteriaPromisedMet: row?.criteria_promised_met ?? 0,
    criteriaMetPercent: row?.criteria_met_percent ?? null,
    pupilsResponded: row?.pupils_responded ?? 0,
    foundUsefulPercent: row?.found_useful_percent ?? null,
    knowMoreAboutSectorPercent: row?.know_more_about_sector_percent ?? null,
    moreConfidentPercent: row?.more_confident_percent ?? null,
    wouldConsiderSectorPercent: row?.would_consider_sector_percent ?? null,
  };
}

/** The dashboard's quality section: what became of delivered encounters (README: quality). */
@Injectable()
export class QualityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly figures: HubFiguresCache,
    private readonly nationalCache: NationalFiguresCache,
    private readonly references: NationalReferenceService,
    private readonly clock: Clock,
  ) {}

  quality(hubId: string, academicYear: string): Promise<QualityFigures> {
    return this.figures.get(hubId, `quality:${academicYear}`, () =>
      this.compute(hubId, academicYear),
    );
  }

  private async compute(hubId: string, academicYear: string): Promise<QualityFigures> {
    const year = this.clock.academicYear(academicYear);
    const reference = await this.nationalCache.get(`reference:${year.label}`, () =>
      this.references.forYear(year.label),
    );
    const params = [
      hubId,
      year.startsOn,
      year.endsOn,
      reference?.fsmQuartile1Max ?? null,
      reference?.fsmQuartile2Max ?? null,
      reference?.fsmQuartile3Max ?? null,
    ];
    const [rows, criteria] = await Promise.all([
      this.db.query<QualityGroupRow[]>(QUALITY_GROUPS_SQL, params),
      this.db.query<QualityCriterionRow[]>(QUALITY_CRITERIA_SQL, params),
    ]);
    const groups = (dimension: QualityGroupRow['dimension']) =>
      rows
        .filter((r) => r.dimension === dimension && r.value !== null)
        .map((r) => group(r.value!, r));
    return {
      total: group(
        'ALL',
        rows.find((r) => r.dimension === 'TOTAL'),
      ),
      byTier: groups('TIER'),
      bySector: groups('SECTOR'),
      byFsmQuartile: groups('FSM_QUARTILE'),
      byInstitutionType: groups('INSTITUTION_TYPE'),
      criteria: criteria.map((c) => ({
        criterion: c.criterion,
        promised: c.promised,
        promisedMet: c.promised_met,
        metPercent: c.met_percent,
        met: c.met,
      })),
    };
  }
}
