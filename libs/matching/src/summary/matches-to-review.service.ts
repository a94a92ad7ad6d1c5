import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, AppConfig, Clock } from '@chn/core';
import { MATCHES_TO_REVIEW_SQL, MatchReviewRow } from './matching-summary.queries';
import { reportedHub } from './matching-summary.service';
import { MatchReview } from './matching-summary.type';

/** Active matches to look at as a year starts: adviser gone or paused, DBS lapsed, or gone quiet. */
@Injectable()
export class MatchesToReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async list(
    actor: Actor,
    academicYear?: string | null,
    requestedHubId?: string | null,
  ): Promise<MatchReview[]> {
    const hubId = reportedHub(actor, requestedHubId);
    const year = this.clock.academicYear(academicYear);
    const rows = await this.db.query<MatchReviewRow[]>(MATCHES_TO_REVIEW_SQL, [
      hubId,
      year.startsOn,
      year.endsOn,
      this.config.DBS_VALIDITY_MONTHS,
    ]);
    return rows.map((row) => ({
      id: row.id,
      adviserId: row.adviser_id,
      institutionId: row.institution_id,
      startsOn: row.starts_on,
      reasons: row.reasons,
    }));
  }
}
