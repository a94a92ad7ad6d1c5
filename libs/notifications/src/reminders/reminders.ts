import { academicYearOf, AppConfig, DomainEventPayloads, EventsOf } from '@chn/core';
import { institutionCountsInYearSql, institutionMatchedInYearSql } from '@chn/matching';

/** The events reminders record. */
type ReminderEvent = EventsOf<'reminder'> | 'adviser.dbs_expiring';

/** A reminder: which items are due on a day, and the settings that say when. */
interface ReminderOf<E extends ReminderEvent> {
  /** Its key in `notification_reminders` and in the scan's counts. */
  kind: string;
  /** The domain event it records; the event's notification rule says who hears it. */
  event: E;
  aggregateType: string;
  /**
   * The items due on `$1` (today) as rows of hub_id, subject_id, period and the columns
   * `payload` reads. Each (kind, subject, period) is reminded once; an item resolved meanwhile
   * is no longer due.
   */
  due: string;
  /** The SQL of each field of the event's payload, over a row `d` of `due`. */
  payload: { [F in keyof DomainEventPayloads[E]]-?: string };
  /** `$1` today, then the timing `due` reads. */
  params: (today: string, config: AppConfig) => unknown[];
}

export type Reminder = { [E in ReminderEvent]: ReminderOf<E> }[ReminderEvent];

/** The payload of a reminder about a booking (unconfirmed, attendance due). */
const BOOKING_PAYLOAD = {
  bookingId: 'd.subject_id',
  opportunityId: 'd.opportunity_id',
  institutionId: 'd.institution_id',
  places: 'd.places',
};

/**
 * Active advisers whose check (the date in `column`) runs out, `$2` months after it, within `$3`
 * days of `$1`; the period is the expiry date, so a renewed check is warned about again.
 */
const adviserCheckExpiring = (column: 'induction_completed_on' | 'dbs_checked_on') =>
  `SELECT a.hub_id, a.id AS subject_id, x.expires_on::text AS period
   FROM advisers a
   CROSS JOIN LATERAL (SELECT (a.${column} + make_interval(months => $2))::date AS expires_on) x
   WHERE a.status = 'ACTIVE' AND a.erased_at IS NULL AND a.${column} IS NOT NULL
     AND x.expires_on BETWEEN $1::date AND $1::date + $3::int`;

const THIS_YEAR = { startsOn: '$3::date', endsOn: '$4::date' };

/** Who is asked for feedback on a delivered booking, and whose feedback they owe. */
const FEEDBACK_FROM = {
  school: `('CAREERS_LEADER', 'PUPILS')`,
  employer: `('EMPLOYER')`,
} as const;

/** A delivered booking (`b`) still owes `side`'s feedback. */
const owesFeedback = (side: keyof typeof FEEDBACK_FROM) =>
  `b.status = 'CONFIRMED' AND b.attendance_recorded_at IS NOT NULL AND b.attended >= 1
   AND (SELECT count(*) FROM encounter_feedback f
        WHERE f.booking_id = b.id AND f.party IN ${FEEDBACK_FROM[side]})
     < ${side === 'school' ? 2 : 1}`;

/**
 * Feedback is asked for once, from the day after the last day (encounters that ended within
 * FEEDBACK_REQUEST_WINDOW_DAYS, so old ones are not asked about); the request's period is the day
 * it went, from which the one reminder counts REMINDER_FEEDBACK_DAYS.
 */
const FEEDBACK_REQUEST_WINDOW_DAYS = 90;

const feedbackRequest = (side: keyof typeof FEEDBACK_FROM) => ({
  kind: `feedback_request_${side}`,
  event: `reminder.feedback_${side}` as const,
  aggregateType: 'booking',
  due: `SELECT b.hub_id, b.id AS subject_id, $1::text AS period, b.opportunity_id,
          b.institution_id, b.places
        FROM bookings b JOIN opportunities o ON o.id = b.opportunity_id
        WHERE ${owesFeedback(side)}
          AND o.ends_on < $1::date AND o.ends_on >= $1::date - $2::int
          AND NOT EXISTS (SELECT 1 FROM notification_reminders r
                          WHERE r.kind = 'feedback_request_${side}' AND r.subject_id = b.id)`,
  payload: { ...BOOKING_PAYLOAD, reminder: 'false' },
  params: (today: string) => [today, FEEDBACK_REQUEST_WINDOW_DAYS],
});

const feedbackReminder = (side: keyof typeof FEEDBACK_FROM) => ({
  kind: `feedback_reminder_${side}`,
  event: `reminder.feedback_${side}` as const,
  aggregateType: 'booking',
  due: `SELECT b.hub_id, b.id AS subject_id, 'once' AS period, b.opportunity_id,
          b.institution_id, b.places
        FROM bookings b
        JOIN notification_reminders r ON r.kind = 'feedback_request_${side}' AND r.subject_id = b.id
        WHERE ${owesFeedback(side)} AND r.period::date <= $1::date - $2::int`,
  payload: { ...BOOKING_PAYLOAD, reminder: 'true' },
  params: (today: string, c: AppConfig) => [today, c.REMINDER_FEEDBACK_DAYS],
});

/**
 * Every reminder the service sends, with its timing. The daily reminder scan
 * (`reminder-scan.service.ts`, at `REMINDER_SCAN_CRON`) records the ones due.
 */
export const REMINDERS: readonly Reminder[] = [
  {
    // REMINDER_MATCH_UNANSWERED_DAYS after a proposal, while it is still unanswered.
    kind: 'match_unanswered',
    event: 'reminder.match_unanswered',
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
    params: (today, c) => [today, c.REMINDER_MATCH_UNANSWERED_DAYS],
  },
  {
    // From REMINDER_BOOKING_UNCONFIRMED_DAYS before the opportunity starts, while unconfirmed.
    kind: 'booking_unconfirmed',
    event: 'reminder.booking_unconfirmed',
    aggregateType: 'booking',
    due: `SELECT b.hub_id, b.id AS subject_id, 'once' AS period, b.opportunity_id,
            b.institution_id, b.places
          FROM bookings b JOIN opportunities o ON o.id = b.opportunity_id
          WHERE b.status = 'REQUESTED' AND o.status = 'PUBLISHED'
            AND o.starts_on BETWEEN $1::date AND $1::date + $2::int`,
    payload: BOOKING_PAYLOAD,
    params: (today, c) => [today, c.REMINDER_BOOKING_UNCONFIRMED_DAYS],
  },
  {
    // REMINDER_OPPORTUNITY_STARTING_DAYS before an opportunity with confirmed bookings starts.
    kind: 'opportunity_starting',
    event: 'reminder.opportunity_starting',
    aggregateType: 'opportunity',
    due: `SELECT o.hub_id, o.id AS subject_id, o.starts_on::text AS period, o.employer_id
          FROM opportunities o
          WHERE o.status IN ('PUBLISHED', 'CLOSED')
            AND o.starts_on BETWEEN $1::date AND $1::date + $2::int
            AND EXISTS (SELECT 1 FROM bookings b WHERE b.opportunity_id = o.id AND b.status = 'CONFIRMED')`,
    payload: { opportunityId: 'd.subject_id', employerId: 'd.employer_id' },
    params: (today, c) => [today, c.REMINDER_OPPORTUNITY_STARTING_DAYS],
  },
  {
    // REMINDER_ATTENDANCE_DAYS after the opportunity ends, while attendance is not recorded.
    kind: 'attendance_due',
    event: 'reminder.attendance_due',
    aggregateType: 'booking',
    due: `SELECT b.hub_id, b.id AS subject_id, 'once' AS period, b.opportunity_id,
            b.institution_id, b.places
          FROM bookings b JOIN opportunities o ON o.id = b.opportunity_id
          WHERE b.status = 'CONFIRMED' AND b.attendance_recorded_at IS NULL
            AND o.ends_on <= $1::date - $2::int`,
    payload: BOOKING_PAYLOAD,
    params: (today, c) => [today, c.REMINDER_ATTENDANCE_DAYS],
  },
  {
    // REMINDER_INDUCTION_EXPIRY_DAYS before an induction runs out (INDUCTION_VALIDITY_MONTHS).
    kind: 'induction_expiring',
    event: 'reminder.induction_expiring',
    aggregateType: 'adviser',
    due: adviserCheckExpiring('induction_completed_on'),
    payload: { adviserId: 'd.subject_id', expiresOn: 'd.period' },
    params: (today, c) => [today, c.INDUCTION_VALIDITY_MONTHS, c.REMINDER_INDUCTION_EXPIRY_DAYS],
  },
  {
    // REMINDER_DBS_EXPIRY_DAYS before a DBS check runs out (DBS_VALIDITY_MONTHS).
    kind: 'dbs_expiring',
    event: 'adviser.dbs_expiring',
    aggregateType: 'adviser',
    due: adviserCheckExpiring('dbs_checked_on'),
    payload: { expiresOn: 'd.period' },
    params: (today, c) => [today, c.DBS_VALIDITY_MONTHS, c.REMINDER_DBS_EXPIRY_DAYS],
  },
  {
    // REMINDER_UNMATCHED_AFTER_DAYS into the academic year: one digest per hub of the
    // institutions counted in the year and not matched in it (as `matchingSummary` counts them).
    kind: 'institutions_unmatched',
    event: 'reminder.institutions_unmatched',
    aggregateType: 'hub',
    due: `SELECT i.hub_id, i.hub_id AS subject_id, $2::text AS period, count(*) AS count,
            (array_agg(i.name ORDER BY i.name))[1:25] AS institutions
          FROM institutions i
          WHERE $1::date >= $3::date + $5::int
            AND ${institutionCountsInYearSql('i', THIS_YEAR)}
            AND NOT ${institutionMatchedInYearSql('i', THIS_YEAR)}
          GROUP BY i.hub_id`,
    payload: { academicYear: 'd.period', count: 'd.count', institutions: 'd.institutions' },
    params: (today, c) => {
      const year = academicYearOf(today);
      return [today, year.label, year.startsOn, year.endsOn, c.REMINDER_UNMATCHED_AFTER_DAYS];
    },
  },
  {
    // REMINDER_RENEWAL_DAYS before an active membership's renewal date.
    kind: 'membership_renewal',
    event: 'reminder.membership_renewal',
    aggregateType: 'membership',
    due: `SELECT m.hub_id, m.id AS subject_id, m.renewal_on::text AS period, m.employer_id
          FROM employer_memberships m
          WHERE m.status = 'ACTIVE' AND m.renewal_on BETWEEN $1::date AND $1::date + $2::int`,
    payload: { membershipId: 'd.subject_id', employerId: 'd.employer_id', renewalOn: 'd.period' },
    params: (today, c) => [today, c.REMINDER_RENEWAL_DAYS],
  },
  {
    // REMINDER_INSURANCE_EXPIRY_DAYS before an employer's liability insurance runs out.
    kind: 'insurance_expiring',
    event: 'reminder.insurance_expiring',
    aggregateType: 'employer',
    due: `SELECT c.hub_id, c.employer_id AS subject_id, c.insurance_expires_on::text AS period
          FROM employer_compliance c
          WHERE c.insurance_expires_on BETWEEN $1::date AND $1::date + $2::int`,
    payload: { employerId: 'd.subject_id', expiresOn: 'd.period' },
    params: (today, c) => [today, c.REMINDER_INSURANCE_EXPIRY_DAYS],
  },
  {
    // REMINDER_RISK_ASSESSMENT_DAYS before a risk assessment (valid RISK_ASSESSMENT_VALIDITY_MONTHS)
    // is due for review, when the opportunity it covers is still to run after that day.
    kind: 'risk_assessment_due',
    event: 'reminder.risk_assessment_due',
    aggregateType: 'opportunity',
    due: `SELECT r.hub_id, r.opportunity_id AS subject_id, x.due_on::text AS period, r.employer_id
          FROM opportunity_risk_assessments r
          JOIN opportunities o ON o.id = r.opportunity_id
          CROSS JOIN LATERAL (SELECT (r.reviewed_on + make_interval(months => $2))::date AS due_on) x
          WHERE o.status IN ('DRAFT', 'PENDING_APPROVAL', 'PUBLISHED', 'CLOSED')
            AND x.due_on <= $1::date + $3::int AND x.due_on < o.ends_on AND o.ends_on >= $1::date`,
    payload: { opportunityId: 'd.subject_id', employerId: 'd.employer_id', dueOn: 'd.period' },
    params: (today, c) => [
      today,
      c.RISK_ASSESSMENT_VALIDITY_MONTHS,
      c.REMINDER_RISK_ASSESSMENT_DAYS,
    ],
  },
  {
    // From BOOKING_CHECKLIST_DUE_DAYS before the start, while a confirmed booking's checklist is open.
    kind: 'checklist_overdue',
    event: 'reminder.checklist_overdue',
    aggregateType: 'booking',
    due: `SELECT b.hub_id, b.id AS subject_id, 'once' AS period, b.opportunity_id,
            b.institution_id, b.places
          FROM bookings b JOIN opportunities o ON o.id = b.opportunity_id
          LEFT JOIN booking_checklists c ON c.booking_id = b.id
          WHERE b.status = 'CONFIRMED' AND b.attendance_recorded_at IS NULL
            AND o.starts_on BETWEEN $1::date AND $1::date + $2::int
            AND (c.booking_id IS NULL OR c.consent_recorded_at IS NULL OR c.needs_shared_at IS NULL
              OR c.travel_arranged_at IS NULL OR c.supervisor_named_at IS NULL
              OR c.induction_confirmed_at IS NULL)`,
    payload: BOOKING_PAYLOAD,
    params: (today, c) => [today, c.BOOKING_CHECKLIST_DUE_DAYS],
  },
  // The day after a delivered encounter's last day, to each side that owes feedback; reminded
  // once REMINDER_FEEDBACK_DAYS after the request while still owed.
  feedbackRequest('school'),
  feedbackRequest('employer'),
  feedbackReminder('school'),
  feedbackReminder('employer'),
  {
    // The day before a published hub event (its start's date in London), each place holder once.
    kind: 'hub_event_tomorrow',
    event: 'reminder.hub_event_tomorrow',
    aggregateType: 'hub_event_registration',
    due: `SELECT r.hub_id, r.id AS subject_id, 'once' AS period, r.event_id
          FROM hub_event_registrations r JOIN hub_events e ON e.id = r.event_id
          WHERE r.status = 'CONFIRMED' AND e.status = 'PUBLISHED'
            AND (e.starts_at AT TIME ZONE 'Europe/London')::date = $1::date + 1`,
    payload: { eventId: 'd.event_id', registrationId: 'd.subject_id' },
    params: (today) => [today],
  },
];
