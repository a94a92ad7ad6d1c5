import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, AppConfig, Clock } from '@chn/core';
import { matchabilityPolicy } from '../matches/adviser-eligibility';
import { AdviserSlotsRow, adviserSlotsParams } from '../matches/adviser-slots.queries';
import { SPARE_CAPACITY_SQL } from './matching-summary.queries';
import { reportedHub } from './matching-summary.service';
import { AdviserCapacity } from './matching-summary.type';

/** The hub's advisers who may be matched today and can take another match, with their free slots. */
@Injectable()
export class SpareCapacityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, requestedHubId?: string | null): Promise<AdviserCapacity[]> {
    const hubId = reportedHub(actor, requestedHubId);
    const rows = await this.db.query<AdviserSlotsRow[]>(
      SPARE_CAPACITY_SQL,
      adviserSlotsParams(hubId, matchabilityPolicy(this.config), this.clock.today()),
    );
    return rows.map((row) => ({
      adviserId: row.id,
      oneToOneFree: Math.max(0, row.one_to_one_free),
      agileFree: Math.max(0, row.agile_free),
    }));
  }
}
