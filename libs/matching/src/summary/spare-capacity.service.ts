import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '@chn/core';
import { SPARE_CAPACITY_SQL, SpareCapacityRow } from './matching-summary.queries';
import { reportedHub } from './matching-summary.service';
import { AdviserCapacity } from './matching-summary.type';

/** The hub's active advisers who can take another match, with their free slots. */
@Injectable()
export class SpareCapacityService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(actor: Actor, requestedHubId?: string | null): Promise<AdviserCapacity[]> {
    const hubId = reportedHub(actor, requestedHubId);
    const rows = await this.db.query<SpareCapacityRow[]>(SPARE_CAPACITY_SQL, [hubId]);
    return rows.map((row) => ({
      adviserId: row.id,
      oneToOneFree: Math.max(0, row.one_to_one_free),
      agileFree: Math.max(0, row.agile_free),
    }));
  }
}
