import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '@chn/core';
import { reportedHubOf } from '../reporting-access';
import { HubTargets, SetHubTargetsInput } from './national.types';

export const DEFAULT_FLOOR_TARGET_BENCHMARKS = 3;
export const DEFAULT_IN_HUB_TARGET_PERCENT = 95;

/** A hub's reporting targets; the defaults apply until the hub sets its own. */
@Injectable()
export class HubTargetsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forHub(hubId: string): Promise<HubTargets> {
    const [row] = await this.db.query(
      `SELECT target_average_achieved::float8 AS target, floor_target_benchmarks AS floor,
              in_hub_target_percent::float8 AS in_hub
       FROM hub_targets WHERE hub_id = $1`,
      [hubId],
    );
    return {
      hubId,
      targetAverageAchieved: row?.target ?? null,
      floorTargetBenchmarks: row?.floor ?? DEFAULT_FLOOR_TARGET_BENCHMARKS,
      inHubTargetPercent: row?.in_hub ?? DEFAULT_IN_HUB_TARGET_PERCENT,
    };
  }

  async read(actor: Actor, hubId?: string | null): Promise<HubTargets> {
    return this.forHub(await reportedHubOf(this.db, actor, hubId));
  }

  async set(actor: Actor, input: SetHubTargetsInput): Promise<HubTargets> {
    const hubId = await reportedHubOf(this.db, actor, input.hubId);
    await this.setFor(hubId, input);
    return this.forHub(hubId);
  }

  /** Also used by the demo seed. */
  async setFor(hubId: string, input: Omit<SetHubTargetsInput, 'hubId'>): Promise<void> {
    await this.db.query(
      `INSERT INTO hub_targets (hub_id, target_average_achieved, floor_target_benchmarks, in_hub_target_percent)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (hub_id) DO UPDATE SET target_average_achieved = EXCLUDED.target_average_achieved,
         floor_target_benchmarks = EXCLUDED.floor_target_benchmarks,
         in_hub_target_percent = EXCLUDED.in_hub_target_percent, updated_at = now()`,
      [
        hubId,
        input.targetAverageAchieved ?? null,
        input.floorTargetBenchmarks,
        input.inHubTargetPercent,
      ],
    );
  }
}
