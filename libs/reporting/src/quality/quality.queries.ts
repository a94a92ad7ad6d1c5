import { pct } from '../dashboard/hub-dashboard.queries';

/**
 * Delivered encounters of the hub in the year: CONFIRMED bookings with attendance recorded and at
 * least one pupil attending, on opportunities (published or closed) starting in the year; with
 * their checklist, the three parties' feedback, and the booking institution's FSM quartile (from
 * the year's national boundaries) and type.
 * $1 hub, $2 year's first day, $3 year's last day, $4..$6 FSM quartile upper bounds (null: none).
 */
const DELIVERED_ENCOUNTERS = `
  encounters AS (
    SELECT b.id, b.attended, o.tier::text AS tier, o.sector, o.meaningful_criteria,
           i.type::text AS institution_type,
           CASE WHEN i.fsm_percent IS NULL OR $4::numeric IS NULL THEN NULL
                WHEN i.fsm_percent <= $4::numeric THEN 1
                WHEN i.fsm_percent <= $5::numeric THEN 2
                WHEN i.fsm_percent <= $6::numeric THEN 3
                ELSE 4 END AS fsm_quartile,
           coalesce(c.consent_recorded_at IS NOT NULL AND c.needs_shared_at IS NOT NULL
             AND c.travel_arranged_at IS NOT NULL AND c.supervisor_named_at IS NOT NULL
             AND c.induction_confirmed_at IS NOT NULL, false) AS checklist_complete,
           l.rating AS school_rating, l.criteria_met,
           cardinality(ARRAY(SELECT unnest(l.criteria_met) INTERSECT SELECT unnest(o.meaningful_criteria)))
             AS promised_met,
           e.rating AS employer_rating, e.would_host_again,
           p.pupils_responded, p.pupils_found_useful, p.pupils_know_more_about_sector,
           p.pupils_more_confident_about_next_steps, p.pupils_would_consider_sector
    FROM bookings b
    JOIN opportunities o ON o.id = b.opportunity_id
    JOIN institutions i ON i.id = b.institution_id
    LEFT JOIN booking_checklists c ON c.booking_id = b.id
    LEFT JOIN encounter_feedback l ON l.booking_id = b.id AND l.party = 'CAREERS_LEADER'
    LEFT JOIN encounter_feedback e ON e.booking_id = b.id AND e.party = 'EMPLOYER'
    LEFT JOIN encounter_feedback p ON p.booking_id = b.id AND p.party = 'PUPILS'
    WHERE b.hub_id = $1 AND b.status = 'CONFIRMED' AND b.attendance_recorded_at IS NOT NULL
      AND b.attended >= 1 AND o.status IN ('PUBLISHED', 'CLOSED')
      AND o.starts_on BETWEEN $2::date AND $3::date
  )`;

/** The quality figures of every group: the total, and by tier, sector, FSM quartile and type. */
export const QUALITY_GROUPS_SQL = `
  WITH ${DELIVERED_ENCOUNTERS}
  SELECT CASE WHEN grouping(e.tier) = 0 THEN 'TIER' WHEN grouping(e.sector) = 0 THEN 'SECTOR'
              WHEN grouping(e.fsm_quartile) = 0 THEN 'FSM_QUARTILE'
              WHEN grouping(e.institution_type) = 0 THEN 'INSTITUTION_TYPE'
              ELSE 'TOTAL' END AS dimension,
         coalesce(e.tier, e.sector, e.fsm_quartile::text, e.institution_type) AS value,
         count(*)::int AS delivered,
         sum(e.attended)::int AS pupils_attended,
         ${pct('count(*) FILTER (WHERE e.checklist_complete)', 'count(*)')} AS checklist_complete_percent,
         count(e.school_rating)::int AS school_responses,
         ${pct('count(e.school_rating)', 'count(*)')} AS school_response_percent,
         count(e.employer_rating)::int AS employer_responses,
         ${pct('count(e.employer_rating)', 'count(*)')} AS employer_response_percent,
         count(e.pupils_responded)::int AS pupil_responses,
         ${pct('count(e.pupils_responded)', 'count(*)')} AS pupil_response_percent,
         round(avg(e.school_rating), 1)::float8 AS average_school_rating,
         round(avg(e.employer_rating), 1)::float8 AS average_employer_rating,
         ${pct('count(*) FILTER (WHERE e.would_host_again)', 'count(e.would_host_again)')}
           AS would_host_again_percent,
         coalesce(sum(cardinality(e.meaningful_criteria)) FILTER (WHERE e.school_rating IS NOT NULL), 0)::int
           AS criteria_promised,
         coalesce(sum(e.promised_met), 0)::int AS criteria_promised_met,
         ${pct('sum(e.promised_met)', 'sum(cardinality(e.meaningful_criteria)) FILTER (WHERE e.school_rating IS NOT NULL)')}
           AS criteria_met_percent,
         coalesce(sum(e.pupils_responded), 0)::int AS pupils_responded,
         ${pct('sum(e.pupils_found_useful)', 'sum(e.pupils_responded)')} AS found_useful_percent,
         ${pct('sum(e.pupils_know_more_about_sector)', 'sum(e.pupils_responded)')}
           AS know_more_about_sector_percent,
         ${pct('sum(e.pupils_more_confident_about_next_steps)', 'sum(e.pupils_responded)')}
           AS more_confident_percent,
         ${pct('sum(e.pupils_would_consider_sector)', 'sum(e.pupils_responded)')}
           AS would_consider_sector_percent
  FROM encounters e
  GROUP BY GROUPING SETS ((e.tier), (e.sector), (e.fsm_quartile), (e.institution_type), ())
  ORDER BY dimension, value`;

export interface QualityGroupRow {
  dimension: 'TOTAL' | 'TIER' | 'SECTOR' | 'FSM_QUARTILE' | 'INSTITUTION_TYPE';
  value: string | null;
  delivered: number;
  pupils_attended: number;
  checklist_complete_percent: number | null;
  school_responses: number;
  school_response_percent: number | null;
  employer_responses: number;
  employer_response_percent: number | null;
  pupil_responses: number;
  pupil_response_percent: number | null;
  average_school_rating: number | null;
  average_employer_rating: number | null;
  would_host_again_percent: number | null;
  criteria_promised: number;
  criteria_promised_met: number;
  criteria_met_percent: number | null;
  pupils_responded: number;
  found_useful_percent: number | null;
  know_more_about_sector_percent: number | null;
  more_confident_percent: number | null;
  would_consider_sector_percent: number | null;
}

/**
 * Per criterion, over the delivered encounters the careers leader gave feedback on: how many
 * promised it, how many of those met it in practice, and how many met it at all.
 */
export const QUALITY_CRITERIA_SQL = `
  WITH ${DELIVERED_ENCOUNTERS}
  SELECT c.criterion::text AS criterion,
         count(e.id) FILTER (WHERE c.criterion = ANY(e.meaningful_criteria))::int AS promised,
         count(e.id) FILTER (WHERE c.criterion = ANY(e.meaningful_criteria)
                               AND c.criterion = ANY(e.criteria_met))::int AS promised_met,
         ${pct(
           'count(e.id) FILTER (WHERE c.criterion = ANY(e.meaningful_criteria) AND c.criterion = ANY(e.criteria_met))',
           'count(e.id) FILTER (WHERE c.criterion = ANY(e.meaningful_criteria))',
         )} AS met_percent,
         count(e.id) FILTER (WHERE c.criterion = ANY(e.criteria_met))::int AS met
  FROM unnest(enum_range(NULL::meaningful_criterion)) AS c(criterion)
  LEFT JOIN encounters e ON e.school_rating IS NOT NULL
  GROUP BY c.criterion
  ORDER BY c.criterion`;

export interface QualityCriterionRow {
  criterion: string;
  promised: number;
  promised_met: number;
  met_percent: number | null;
  met: number;
}
