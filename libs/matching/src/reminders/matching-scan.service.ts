import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, currentAcademicYear } from '@chn/core';
import { JobHandler, JobPayloads } from '@chn/queue';

/** Days into the academic year after which a still-unmatched institution is reported. */
export const UNMATCHED_AFTER_DAYS = 30;

/**
 * The daily scan that records, once each, the domain events nobody's action causes: an
 * adviser's DBS check about to expire (REMINDER_DBS_EXPIRY_DAYS ahead), and an institution still unmatched 30 days into the
 * academic year. Each insert skips events already recorded, so the scan can run any number
 * of times (and on several workers) without duplicates.
 */
@Injectable()
export class MatchingScanService {
  private readonly logger = new Logger(MatchingScanService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @JobHandler('matching.daily-scan', {
    schedule: () => ({ repeat: { pattern: '5 6 * * *' }, payload: {} }),
  })
  async run(
    payload: JobPayloads['matching.daily-scan'],
  ): Promise<{ dbsExpiring: number; unmatched: number }> {
    const today = payload.today ?? this.clock.today();
    const dbsExpiring = await this.recordDbsExpiring(today);
    const unmatched = await this.recordUnmatched(today);
    this.logger.log({ dbsExpiring, unmatched }, 'Matching scan recorded events');
    return { dbsExpiring, unmatched };
  }

  async recordDbsExpiring(today: string): Promise<number> {
    const rows: unknown[] = await this.db.query(
      `INSERT INTO domain_events (hub_id, type, aggregate_type, aggregate_id, payload)
       SELECT a.hub_id, 'adviser.dbs_expiring', 'adviser', a.id,
              jsonb_build_object('expiresOn', (a.dbs_checked_on + make_interval(months => $2))::date)
       FROM advisers a
       WHERE a.status = 'ACTIVE' AND a.erased_at IS NULL AND a.dbs_checked_on IS NOT NULL
         AND (a.dbs_checked_on + make_interval(months => $2))::date BETWEEN $1::date AND $1::date + $3::int
         AND NOT EXISTS (
           SELECT 1 FROM domain_events e
           WHERE e.type = 'adviser.dbs_expiring' AND e.aggregate_id = a.id
             AND e.payload->>'expiresOn' = ((a.dbs_checked_on + make_interval(months => $2))::date)::text)
       RETURNING id`,
      [today, this.config.DBS_VALIDITY_MONTHS, this.config.REMINDER_DBS_EXPIRY_DAYS],
    );
    return rows.length;
  }

  async recordUnmatched(today: string): Promise<number> {
    const year = currentAcademicYear(new Date(`${today}T12:00:00Z`));
    const rows: unknown[] = await this.db.query(
      `INSERT INTO domain_events (hub_id, type, aggregate_type, aggregate_id, payload)
       SELECT i.hub_id, 'institution.unmatched', 'institution', i.id, jsonb_build_object('academicYear', $2::text)
       FROM institutions i
       WHERE $1::date >= $3::date + $5::int
         AND i.eligible AND i.in_hub_since IS NOT NULL
         AND NOT EXISTS (
           SELECT 1 FROM matches m
           WHERE m.institution_id = i.id AND m.status IN ('ACTIVE', 'ENDED')
             AND m.starts_on <= $4::date AND coalesce(m.ended_on, m.ends_on, 'infinity'::date) >= $3::date)
         AND NOT EXISTS (
           SELECT 1 FROM domain_events e
           WHERE e.type = 'institution.unmatched' AND e.aggregate_id = i.id AND e.payload->>'academicYear' = $2::text)
       RETURNING id`,
      [today, year.label, year.startsOn, year.endsOn, UNMATCHED_AFTER_DAYS],
    );
    return rows.length;
  }
}
