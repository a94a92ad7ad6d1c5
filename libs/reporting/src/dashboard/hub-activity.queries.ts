import { institutionCountsInYearSql } from '@chn/matching';
import { pct } from './hub-dashboard.queries';

/**
 * Opportunities of the hub starting in the year, and what became of their places. Drafts and
 * cancelled opportunities are left out. Places offered count once per opportunity; booked are
 * the places of CONFIRMED bookings; attended as recorded after the event.
 * $1 hub, $2 year's first day, $3 year's last day.
 */
const DELIVERED = `
  delivered AS (
    SELECT o.id, o.tier, o.sector, o.year_groups, o.length_days, o.total_places,
           o.meaningful_criteria
    FROM opportunities o
    WHERE o.hub_id = $1 AND o.status IN ('PUBLISHED', 'CLOSED')
      AND o.starts_on BETWEEN $2::date AND $3::date
  ),
  booked AS (
    SELECT b.opportunity_id, b.institution_id, b.year_group,
           CASE WHEN b.year_group <= 9 THEN 'KS3' WHEN b.year_group <= 11 THEN 'KS4' ELSE 'KS5' END
             AS key_stage,
           b.places, coalesce(b.attended, 0) AS attended
    FROM bookings b
    JOIN delivered d ON d.id = b.opportunity_id
    WHERE b.status = 'CONFIRMED'
  )`;

export const OPPORTUNITY_FIGURES_SQL = `
  WITH ${DELIVERED},
  per_opportunity AS (
    SELECT d.id, d.tier, d.sector, d.total_places,
           coalesce(sum(bk.places), 0) AS booked, coalesce(sum(bk.attended), 0) AS attended
    FROM delivered d
    LEFT JOIN booked bk ON bk.opportunity_id = d.id
    GROUP BY d.id, d.tier, d.sector, d.total_places
  )
  SELECT CASE WHEN grouping(p.tier) = 0 THEN 'TIER' WHEN grouping(p.sector) = 0 THEN 'SECTOR'
              ELSE 'TOTAL' END AS dimension,
         coalesce(p.tier::text, p.sector) AS value,
         count(*)::int AS opportunities,
         sum(p.total_places)::int AS places_offered,
         sum(p.booked)::int AS places_booked,
         sum(p.attended)::int AS places_attended
  FROM per_opportunity p
  GROUP BY GROUPING SETS ((p.tier), (p.sector), ())
  ORDER BY dimension, value`;

export interface OpportunityFiguresRow {
  dimension: 'TIER' | 'SECTOR' | 'TOTAL';
  value: string | null;
  opportunities: number;
  places_offered: number;
  places_booked: number;
  places_attended: number;
}

/**
 * Per key stage: opportunities open to it (an opportunity open to years 9 and 10 counts in both),
 * their places, and the places booked and attended by pupils of that key stage.
 */
export const KEY_STAGE_FIGURES_SQL = `
  WITH ${DELIVERED},
  stages(key_stage, first_year, last_year) AS (VALUES ('KS3', 7, 9), ('KS4', 10, 11), ('KS5', 12, 13))
  SELECT s.key_stage,
         (SELECT count(*) FROM delivered d
           WHERE d.year_groups && ARRAY(SELECT generate_series(s.first_year, s.last_year)))::int
           AS opportunities,
         (SELECT coalesce(sum(d.total_places), 0) FROM delivered d
           WHERE d.year_groups && ARRAY(SELECT generate_series(s.first_year, s.last_year)))::int
           AS places_offered,
         (SELECT coalesce(sum(bk.places), 0) FROM booked bk WHERE bk.key_stage = s.key_stage)::int
           AS places_booked,
         (SELECT coalesce(sum(bk.attended), 0) FROM booked bk WHERE bk.key_stage = s.key_stage)::int
           AS places_attended
  FROM stages s
  ORDER BY s.key_stage`;

export interface KeyStageFiguresRow {
  key_stage: string;
  opportunities: number;
  places_offered: number;
  places_booked: number;
  places_attended: number;
}

/**
 * Attended place-days (attendees × length in days, halves kept) per institution in hub and key
 * stage 3/4, with the pupils of each key stage estimated as the institution's pupils spread
 * evenly over years 7-11 (post-16 institutions: none; no pupil count: unknown). $4 an institution
 * to restrict to (null: all). A last row (institution_id null) sums the institutions whose pupils
 * are known.
 */
export const WORK_EXPERIENCE_SQL = `
  WITH ${DELIVERED},
  institutions_in_hub AS (
    SELECT i.id, i.name, i.urn, i.type,
           CASE WHEN i.type = 'POST_16' THEN 0 ELSE round(i.pupils * 3 / 5.0)::int END AS ks3_pupils,
           CASE WHEN i.type = 'POST_16' THEN 0 ELSE round(i.pupils * 2 / 5.0)::int END AS ks4_pupils
    FROM institutions i
    WHERE i.hub_id = $1 AND ${institutionCountsInYearSql('i', { endsOn: '$3::date' })}
      AND ($4::uuid IS NULL OR i.id = $4)
  ),
  days AS (
    SELECT bk.institution_id,
           sum(bk.attended * d.length_days) FILTER (WHERE bk.key_stage = 'KS3') AS ks3,
           sum(bk.attended * d.length_days) FILTER (WHERE bk.key_stage = 'KS4') AS ks4
    FROM booked bk JOIN delivered d ON d.id = bk.opportunity_id
    GROUP BY bk.institution_id
  ),
  per_institution AS (
    SELECT i.id AS institution_id, i.name, i.urn, i.type::text AS type, i.ks3_pupils, i.ks4_pupils,
           coalesce(dy.ks3, 0) AS ks3_place_days, coalesce(dy.ks4, 0) AS ks4_place_days
    FROM institutions_in_hub i
    LEFT JOIN days dy ON dy.institution_id = i.id
  )
  SELECT false AS is_total, institution_id, name, urn, type, ks3_pupils, ks4_pupils,
         ks3_place_days::float8 AS ks3_place_days, ks4_place_days::float8 AS ks4_place_days
  FROM per_institution
  UNION ALL
  SELECT true, NULL, NULL, NULL, NULL, coalesce(sum(ks3_pupils), 0)::int,
         coalesce(sum(ks4_pupils), 0)::int,
         coalesce(sum(ks3_place_days) FILTER (WHERE ks3_pupils IS NOT NULL), 0)::float8,
         coalesce(sum(ks4_place_days) FILTER (WHERE ks4_pupils IS NOT NULL), 0)::float8
  FROM per_institution
  ORDER BY is_total, name, institution_id`;

export interface WorkExperienceRow {
  institution_id: string | null;
  name: string | null;
  urn: string | null;
  type: string | null;
  ks3_pupils: number | null;
  ks4_pupils: number | null;
  ks3_place_days: number;
  ks4_place_days: number;
}

/** Share of delivered experiences (with at least one attendee) meeting each meaningful criterion. */
export const MEANINGFUL_COVERAGE_SQL = `
  WITH ${DELIVERED},
  experiences AS (
    SELECT d.id, d.meaningful_criteria FROM delivered d
    WHERE EXISTS (SELECT 1 FROM booked bk WHERE bk.opportunity_id = d.id AND bk.attended > 0)
  )
  SELECT c.criterion,
         (SELECT count(*) FROM experiences e WHERE c.criterion = ANY(e.meaningful_criteria))::int
           AS experiences,
         ${pct('(SELECT count(*) FROM experiences e WHERE c.criterion = ANY(e.meaningful_criteria))', '(SELECT count(*) FROM experiences)')}
           AS percent,
         (SELECT count(*) FROM experiences)::int AS delivered,
         ${pct('(SELECT count(*) FROM experiences e WHERE cardinality(e.meaningful_criteria) = 7)', '(SELECT count(*) FROM experiences)')}
           AS all_criteria_percent
  FROM unnest(enum_range(NULL::meaningful_criterion)) AS c(criterion)
  ORDER BY c.criterion`;

export interface MeaningfulCoverageRow {
  criterion: string;
  experiences: number;
  percent: number | null;
  delivered: number;
  all_criteria_percent: number | null;
}

/** $1 hub: employer memberships by status, and the sector groups by size. */
export const NETWORK_SQL = `
  SELECT
    (SELECT coalesce(json_agg(json_build_object('status', m.status, 'employers', m.employers)
        ORDER BY m.status), '[]')
     FROM (SELECT status::text, count(*)::int AS employers FROM employer_memberships
           WHERE hub_id = $1 GROUP BY status) m) AS memberships,
    (SELECT coalesce(json_agg(json_build_object('name', g.name, 'employers', g.employers)
        ORDER BY g.employers DESC, g.name), '[]')
     FROM (SELECT sg.name, count(sgm.employer_id)::int AS employers FROM sector_groups sg
           LEFT JOIN sector_group_members sgm ON sgm.sector_group_id = sg.id
           WHERE sg.hub_id = $1 GROUP BY sg.id, sg.name) g) AS sector_groups`;

export interface NetworkRow {
  memberships: { status: string; employers: number }[];
  sector_groups: { name: string; employers: number }[];
}
