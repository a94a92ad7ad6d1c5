import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, currentAcademicYear, DomainEventPayloads, EventsOf } from '@chn/core';
import { JobHandler, JobPayloads } from '@chn/queue';

/** `match_unanswered` for the event `reminder.match_unanswered`, and so on. */
type KindOf<T> = T extends `reminder.${infer K}` ? K : never;
type ReminderKind = KindOf<EventsOf<'reminder'>>;

/** A reminder kind: which rows are due on `today` ($1), keyed by subject and period. */
interface ReminderQueryOf<K extends ReminderKind> {
  kind: K;
  aggregateType: string;
  /** Yields hub_id, subject_id, period and the columns `payload` reads. */
  due: string;
  /** The SQL of each field of the event's payload, over a row `d` of `due`. */
  payload: { [F in keyof DomainEventPayloads[`reminder.${K}`]]-?: string };
  params: (today: string) => unknown[];
}

type ReminderQuery = { [K in ReminderKind]: ReminderQueryOf<K> }[ReminderKind];

export type ReminderCounts = Record<string, number>;

/** The payload of a reminder about a booking (unconfirmed, attendance due). */
const BOOKING_REMINDER = {
  bookingId: 'd.subject_id',
  opportunityId: 'd.opportunity_id',
  institutionId: 'd.institution_id',
  places: 'd.places',
};

/**
 * The daily reminder scan. Each reminder kind is one statement that records, in the outbox,
 * a `reminder.<kind>` event for every item due today whose (kind, subject, period) key is
 * new; the key table makes it fire once per period however often and wherever it runs, and
 * an item resolved in the meantime (answered, confirmed, recorded) is simply no longer due.
 * (DBS checks running out come from the matching scan's `adviser.dbs_expiring` events.)
 */
@Injectable()
export class ReminderScan {
  private readonly logger = new Logger(ReminderScan.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  @JobHandler('notifications.reminder-scan', {
    schedule: (config) => ({ repeat: { pattern: config.REMINDER_SCAN_CRON }, payload: {} }),
  })
  async run(payload: JobPayloads['notifications.reminder-scan']): Promise<ReminderCounts> {
    const today = payload.today ?? new Date().toISOString().slice(0, 10);
    const counts: ReminderCounts = {};
    for (const query of this.queries()) {
      counts[query.kind] = await this.record(query, today);
    }
    this.logger.log({ today, ...counts }, 'Reminder scan recorded events');
    return counts;
  }

  private async record(query: ReminderQuery, today: string): Promise<number> {
    const params = query.params(today);
    const fields = Object.entries<string>(query.payload)
      .map(([field, sql]) => `'${field}', ${sql}`)
      .join(', ');
    const rows: unknown[] = await this.db.query(
      `WITH due AS (${query.due}),
       keyed AS (
         INSERT INTO notification_reminders (kind, subject_id, period)
         SELECT '${query.kind}', subject_id, period FROM due
         ON CONFLICT DO NOTHING
         RETURNING subject_id, period)
       INSERT INTO domain_events (hub_id, type, aggregate_type, aggregate_id, payload)
       SELECT d.hub_id, 'reminder.${query.kind}', '${query.aggregateType}', d.subject_id,
              jsonb_build_object(${fields})
       FROM due d JOIN keyed k ON k.subject_id = d.subject_id AND k.period = d.period
       RETURNING id`,
      params,
    );
    return rows.length;
  }

  private queries(): ReminderQuery[] {
    const c = this.config;
    return [
      {
        kind: 'match_unanswered',
        aggregateType: 'match',
        due: `SELECT m.hub_id, m.id AS subject_id, 'once' AS period, m.adviser_id,
                m.institution_id, m.created_at::date AS proposed_on
              FROM matches m
              WHERE m.status = 'PROPOSED' AND m.created_at::date <= $1::date - $2::int`,
        payload: {
          matchId: 'd.subject_id',
          adviserId: 'd.adviser_id',
          institutionId: 'd.institution_id',
          proposedOn: 'd.proposed_on',
        },
        params: (today) => [today, c.REMINDER_MATCH_UNANSWERED_DAYS],
      },
      {
        kind: 'booking_unconfirmed',
        aggregateType: 'booking',
        due: `SELECT b.hub_id, b.id AS subject_id, 'once' AS period, b.opportunity_id,
                b.institution_id, b.places
              FROM bookings b JOIN opportunities o ON o.id = b.opportunity_id
              WHERE b.status = 'REQUESTED' AND o.status = 'PUBLISHED'
                AND o.starts_on BETWEEN $1::date AND $1::date + $2::int`,
        payload: BOOKING_REMINDER,
        params: (today) => [today, c.REMINDER_BOOKING_UNCONFIRMED_DAYS],
      },
      {
        kind: 'opportunity_starting',
        aggregateType: 'opportunity',
        due: `SELECT o.hub_id, o.id AS subject_id, o.starts_on::text AS period, o.employer_id
              FROM opportunities o
              WHERE o.status IN ('PUBLISHED', 'CLOSED')
                AND o.starts_on BETWEEN $1::date AND $1::date + $2::int
                AND EXISTS (SELECT 1 FROM bookings b WHERE b.opportunity_id = o.id AND b.status = 'CONFIRMED')`,
        payload: { opportunityId: 'd.subject_id', employerId: 'd.employer_id' },
        params: (today) => [today, c.REMINDER_OPPORTUNITY_STARTING_DAYS],
      },
      {
        kind: 'attendance_due',
        aggregateType: 'booking',
        due: `SELECT b.hub_id, b.id AS subject_id, 'once' AS period, b.opportunity_id,
                b.institution_id, b.places
              FROM bookings b JOIN opportunities o ON o.id = b.opportunity_id
              WHERE b.status = 'CONFIRMED' AND b.attendance_recorded_at IS NULL
                AND o.ends_on <= $1::date - $2::int`,
        payload: BOOKING_REMINDER,
        params: (today) => [today, c.REMINDER_ATTENDANCE_DAYS],
      },
      {
        kind: 'induction_expiring',
        aggregateType: 'adviser',
        due: `SELECT a.hub_id, a.id AS subject_id, x.expires_on::text AS period
              FROM advisers a
              CROSS JOIN LATERAL (
                SELECT (a.induction_completed_on + make_interval(months => $2))::date AS expires_on) x
              WHERE a.status = 'ACTIVE' AND a.erased_at IS NULL AND a.induction_completed_on IS NOT NULL
                AND x.expires_on BETWEEN $1::date AND $1::date + $3::int`,
        payload: { adviserId: 'd.subject_id', expiresOn: 'd.period' },
        params: (today) => [today, c.INDUCTION_VALIDITY_MONTHS, c.REMINDER_INDUCTION_EXPIRY_DAYS],
      },
      {
        kind: 'institutions_unmatched',
        aggregateType: 'hub',
        due: `SELECT i.hub_id, i.hub_id AS subject_id, $2::text AS period, count(*) AS count,
                (array_agg(i.name ORDER BY i.name))[1:25] AS institutions
              FROM institutions i
              WHERE $1::date >= $3::date + $5::int
                AND i.eligible AND i.in_hub_since IS NOT NULL
                AND NOT EXISTS (
                  SELECT 1 FROM matches m
                  WHERE m.institution_id = i.id AND m.status IN ('ACTIVE', 'ENDED')
                    AND m.starts_on <= $4::date
                    AND coalesce(m.ended_on, m.ends_on, 'infinity'::date) >= $3::date)
              GROUP BY i.hub_id`,
        payload: {
          academicYear: 'd.period',
          count: 'd.count',
          institutions: 'd.institutions',
        },
        params: (today) => {
          const year = currentAcademicYear(new Date(`${today}T12:00:00Z`));
          return [today, year.label, year.startsOn, year.endsOn, c.REMINDER_UNMATCHED_AFTER_DAYS];
        },
      },
      {
        kind: 'membership_renewal',
        aggregateType: 'membership',
        due: `SELECT m.hub_id, m.id AS subject_id, m.renewal_on::text AS period, m.employer_id
              FROM employer_memberships m
              WHERE m.status = 'ACTIVE' AND m.renewal_on BETWEEN $1::date AND $1::date + $2::int`,
        payload: {
          membershipId: 'd.subject_id',
          employerId: 'd.employer_id',
          renewalOn: 'd.period',
        },
        params: (today) => [today, c.REMINDER_RENEWAL_DAYS],
      },
    ];
  }
}
