import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@chn/core';
import { HubEventActivity, hubEventActivityOf, hubEventActivityVersion } from '@chn/events';
import { NationalFiguresCache } from '../national/national-figures.cache';
import { NationalReferenceService } from '../national/national-reference.service';
import { HubFiguresCache } from './hub-figures.cache';
import { PROGRAMME_REACH_SQL, ProgrammeReachRow } from './network-activity.queries';
import { ProgrammeReach, ReachFigures } from './network-activity.types';

function reach(group: string, row?: ProgrammeReachRow): ReachFigures {
  return {
    group,
    sessions: row?.sessions ?? 0,
    institutions: row?.institutions ?? 0,
    pupilsReached: row?.pupils_reached ?? 0,
    pupilsFromSendOrAp: row?.from_send_or_ap ?? 0,
    percentFromSendOrAp: row?.percent_from_send_or_ap ?? null,
    pupilsFromTopFsmQuartile: row?.from_top_fsm_quartile ?? null,
    percentFromTopFsmQuartile: row?.percent_from_top_fsm_quartile ?? null,
  };
}

/** The network-activity section of the dashboard: the hub's events and what its programmes reached. */
@Injectable()
export class NetworkActivityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly figures: HubFiguresCache,
    private readonly references: NationalReferenceService,
    private readonly nationalCache: NationalFiguresCache,
    private readonly clock: Clock,
  ) {}

  programmeReach(hubId: string, academicYear: string): Promise<ProgrammeReach> {
    return this.figures.get(hubId, `programmeReach:${academicYear}`, () =>
      this.computeProgrammeReach(hubId, academicYear),
    );
  }

  /**
   * The events figures of `hubEventActivity`, kept until a write or until another event ends
   * (events count once ended, which no write marks).
   */
  async events(hubId: string, academicYear: string): Promise<HubEventActivity> {
    const year = this.clock.academicYear(academicYear);
    const now = this.clock.now();
    const version = await hubEventActivityVersion(this.db, hubId, now);
    return this.figures.get(hubId, `events:${year.label}:${version}`, () =>
      hubEventActivityOf(this.db, hubId, year, now),
    );
  }

  private async computeProgrammeReach(
    hubId: string,
    academicYear: string,
  ): Promise<ProgrammeReach> {
    const year = this.clock.academicYear(academicYear);
    const reference = await this.nationalCache.get(`reference:${year.label}`, () =>
      this.references.forYear(year.label),
    );
    const rows = await this.db.query<ProgrammeReachRow[]>(PROGRAMME_REACH_SQL, [
      hubId,
      year.startsOn,
      year.endsOn,
      reference?.fsmQuartile3Max ?? null,
    ]);
    const of = (dimension: ProgrammeReachRow['dimension']) =>
      rows.filter((row) => row.dimension === dimension);
    return {
      total: reach(
        'ALL',
        rows.find((row) => row.dimension === 'TOTAL'),
      ),
      byProgramme: of('PROGRAMME').map((row) => ({
        ...reach(row.value!, row),
        programmeId: row.programme_id!,
        kind: row.kind!,
      })),
      bySector: of('SECTOR').map((row) => reach(row.value!, row)),
      byKeyStage: of('KEY_STAGE').map((row) => reach(row.value!, row)),
    };
  }
}
