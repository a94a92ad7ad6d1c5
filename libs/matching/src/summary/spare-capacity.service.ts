import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  Actor,
  AppConfig,
  Clock,
  connectionFromRows,
  ConnectionShape,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
} from '@chn/core';
import { matchabilityPolicy } from '../matches/adviser-eligibility';
import { AdviserSlotsRow, adviserSlotsParams } from '../matches/adviser-slots.queries';
import {
  SPARE_CAPACITY_SQL,
  spareCapacityCountSql,
  spareCapacityPageSql,
} from './matching-summary.queries';
import { reportedHub } from './matching-summary.service';
import { AdviserCapacity, SpareCapacityPageArgs } from './matching-summary.type';

type PageRow = AdviserSlotsRow & { name: string };

/** The hub's advisers who may be matched today and can take another match, with their free slots. */
@Injectable()
export class SpareCapacityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The whole list, for the deprecated `spareAdviserCapacity`. */
  async list(actor: Actor, requestedHubId?: string | null): Promise<AdviserCapacity[]> {
    const rows = await this.db.query<AdviserSlotsRow[]>(
      SPARE_CAPACITY_SQL,
      this.params(reportedHub(actor, requestedHubId)),
    );
    return rows.map(toCapacity);
  }

  /** One page by name, optionally only advisers with a free slot of one kind. */
  async page(actor: Actor, args: SpareCapacityPageArgs): Promise<ConnectionShape<AdviserCapacity>> {
    const params = this.params(reportedHub(actor, args.hubId));
    const kind = args.kind ?? 'ANY';
    const [name, id] = args.after ? decodeCursor(args.after, 2) : [null, null];
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const rows = await this.db.query<PageRow[]>(spareCapacityPageSql(kind, params.length + 1), [
      ...params,
      name,
      id,
      first + 1,
    ]);
    const names = new Map(rows.map((row) => [row.id, row.name]));
    return connectionFromRows(
      rows.map(toCapacity),
      args,
      (capacity) => [names.get(capacity.adviserId)!, capacity.adviserId],
      async () => {
        const [{ count }] = await this.db.query<{ count: number }[]>(
          spareCapacityCountSql(kind),
          params,
        );
        return count;
      },
    );
  }

  private params(hubId: string): unknown[] {
    return adviserSlotsParams(hubId, matchabilityPolicy(this.config), this.clock.today());
  }
}

function toCapacity(row: AdviserSlotsRow): AdviserCapacity {
  return {
    adviserId: row.id,
    oneToOneFree: Math.max(0, row.one_to_one_free),
    agileFree: Math.max(0, row.agile_free),
  };
}
