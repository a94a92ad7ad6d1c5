import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@chn/core';
import { JobHandler, JobPayloads } from '@chn/queue';
import { OpportunityStatus } from './domain/opportunity.enums';

/**
 * The daily job that closes every PUBLISHED opportunity whose last day has passed, each with an
 * audit entry (no actor: the service did it). One statement, so a run is all or nothing, and
 * running it again closes nothing more.
 */
@Injectable()
export class CloseEndedOpportunitiesJob {
  private readonly logger = new Logger(CloseEndedOpportunitiesJob.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  @JobHandler('opportunities.close-ended', {
    schedule: () => ({ repeat: { pattern: '1 0 * * *' }, payload: {} }),
  })
  async run(payload: JobPayloads['opportunities.close-ended']): Promise<{ closed: number }> {
    const today = payload.today ?? this.clock.today();
    const rows: unknown[] = await this.db.query(
      `WITH closed AS (
         UPDATE opportunities SET status = $2, updated_at = now()
         WHERE status = $3 AND ends_on < $1::date
         RETURNING id, hub_id, ends_on)
       INSERT INTO audit_log (hub_id, entity_type, entity_id, action, changes)
       SELECT hub_id, 'opportunity', id, 'closed',
              jsonb_build_object('status', jsonb_build_object('from', $3::text, 'to', $2::text),
                                 'reason', 'its last day, ' || ends_on::text || ', has passed')
       FROM closed
       RETURNING entity_id`,
      [today, OpportunityStatus.CLOSED, OpportunityStatus.PUBLISHED],
    );
    this.logger.log({ closed: rows.length }, 'Closed opportunities whose last day has passed');
    return { closed: rows.length };
  }
}
