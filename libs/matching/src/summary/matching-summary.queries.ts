import { MATCHABLE_ADVISER_SLOTS_SQL } from '../matches/adviser-slots.queries';
import { institutionCountsInYearSql, matchCountsInYearSql } from '../matched-in-year';

const YEAR_ROWS = { startsOn: 'y.starts_on', endsOn: 'y.ends_on' };

/**
 * The matching figures in SQL, per institution counted in each year and whether it is matched in
 * it (the rule: `../matched-in-year.ts`). Percentages round half up (numeric round) to one
 * decimal.
 */
const MATCHED_PER_INSTITUTION = `
  years AS (
    SELECT y.starts_on, (y.starts_on + interval '1 year' - interval '1 day')::date AS ends_on
    FROM unnest($2::date[]) AS y(starts_on)
  ),
  per_institution AS (
    SELECT y.starts_on AS year_start, i.id, i.type, i.la_code, i.la_name,
           count(m.id) > 0 AS any_match,
           count(m.id) FILTER (WHERE m.type = 'ONE_TO_ONE') > 0 AS one_to_one,
           count(m.id) FILTER (WHERE m.type = 'AGILE') > 0 AS agile
    FROM years y
    JOIN institutions i ON i.hub_id = $1 AND ${institutionCountsInYearSql('i', YEAR_ROWS)}
    LEFT JOIN matches m
      ON m.institution_id = i.id AND m.hub_id = $1 AND ${matchCountsInYearSql('m', YEAR_ROWS)}
    GROUP BY y.starts_on, i.id
  )`;

const FIGURES = `
  count(p.id)::int AS institutions,
  count(p.id) FILTER (WHERE p.any_match)::int AS matched_any,
  round(100.0 * count(p.id) FILTER (WHERE p.any_match) / nullif(count(p.id), 0), 1)::float8
    AS matched_any_percent,
  count(p.id) FILTER (WHERE p.one_to_one)::int AS matched_one_to_one,
  round(100.0 * count(p.id) FILTER (WHERE p.one_to_one) / nullif(count(p.id), 0), 1)::float8
    AS matched_one_to_one_percent,
  count(p.id) FILTER (WHERE p.agile)::int AS matched_agile,
  CASE WHEN count(p.id) FILTER (WHERE p.agile) > 0
    THEN round(100.0 * count(p.id) FILTER (WHERE p.agile) / count(p.id), 1)::float8
  END AS matched_agile_percent`;

export interface FiguresRow {
  institutions: number;
  matched_any: number;
  matched_any_percent: number | null;
  matched_one_to_one: number;
  matched_one_to_one_percent: number | null;
  matched_agile: number;
  matched_agile_percent: number | null;
}

/** $1 hub, $2 the years' first days: one row per year, oldest first. */
export const YEAR_FIGURES_SQL = `
  WITH ${MATCHED_PER_INSTITUTION}
  SELECT to_char(y.starts_on, 'YYYY-MM-DD') AS year_start, ${FIGURES}
  FROM years y
  LEFT JOIN per_institution p ON p.year_start = y.starts_on
  GROUP BY y.starts_on
  ORDER BY y.starts_on`;

export interface YearFiguresRow extends FiguresRow {
  year_start: string;
}

/** $1 hub, $2 one year's first day: one row per local authority and one per institution type. */
export const BREAKDOWN_SQL = `
  WITH ${MATCHED_PER_INSTITUTION}
  SELECT CASE WHEN grouping(p.type) = 1 THEN 'LA' ELSE 'TYPE' END AS dimension,
         p.la_code, p.la_name, p.type, ${FIGURES}
  FROM per_institution p
  GROUP BY GROUPING SETS ((p.la_code, p.la_name), (p.type))
  ORDER BY dimension, p.la_name NULLS LAST, p.la_code NULLS LAST, p.type`;

export interface BreakdownRow extends FiguresRow {
  dimension: 'LA' | 'TYPE';
  la_code: string | null;
  la_name: string | null;
  type: string | null;
}

/**
 * $1 hub, then the matchability parameters (`adviserSlotsParams`): the hub's active advisers,
 * those who may be matched today, and those of them with a free 1-2-1 slot, a free agile slot,
 * and either.
 */
export const ADVISER_CAPACITY_SQL = `
  SELECT (SELECT count(*) FROM advisers a
           WHERE a.hub_id = $1 AND a.status = 'ACTIVE' AND a.erased_at IS NULL)::int AS active,
         count(s.id)::int AS matchable,
         count(s.id) FILTER (WHERE s.one_to_one_free > 0)::int AS spare_one_to_one,
         count(s.id) FILTER (WHERE s.agile_free > 0)::int AS spare_agile,
         count(s.id) FILTER (WHERE s.one_to_one_free > 0 OR s.agile_free > 0)::int AS spare
  FROM (${MATCHABLE_ADVISER_SLOTS_SQL}) s`;

export interface AdviserCapacityRow {
  active: number;
  matchable: number;
  spare_one_to_one: number;
  spare_agile: number;
  spare: number;
}

/**
 * $1 hub, $2 year's first day, $3 year's last day, $4 DBS validity in months. NO_ACTIVITY: a
 * match running since before the year with neither a change (audit entry) nor a meeting logged
 * on a day of the year.
 */
export const MATCHES_TO_REVIEW_SQL = `
  SELECT * FROM (
    SELECT m.id, m.adviser_id, m.institution_id, to_char(m.starts_on, 'YYYY-MM-DD') AS starts_on,
      array_remove(ARRAY[
        CASE WHEN a.erased_at IS NOT NULL THEN 'ADVISER_ERASED'
             WHEN a.status = 'LEFT' THEN 'ADVISER_LEFT'
             WHEN a.status = 'PAUSED' THEN 'ADVISER_PAUSED' END,
        CASE WHEN a.erased_at IS NOT NULL THEN NULL
             WHEN a.dbs_checked_on IS NULL THEN 'DBS_MISSING'
             WHEN a.dbs_checked_on < $2::date - make_interval(months => $4::int) THEN 'DBS_EXPIRED'
        END,
        CASE WHEN m.starts_on < $2::date AND NOT EXISTS (
          SELECT 1 FROM audit_log l
          WHERE l.entity_type = 'match' AND l.entity_id = m.id AND l.at >= $2::date
        ) AND NOT EXISTS (
          SELECT 1 FROM match_meetings mm WHERE mm.match_id = m.id AND mm.met_on >= $2::date
        ) THEN 'NO_ACTIVITY' END
      ], NULL) AS reasons
    FROM matches m
    JOIN advisers a ON a.id = m.adviser_id
    WHERE m.hub_id = $1 AND m.status = 'ACTIVE' AND m.starts_on <= $3::date
  ) reviewed
  WHERE cardinality(reasons) > 0
  ORDER BY starts_on, id`;

export interface MatchReviewRow {
  id: string;
  adviser_id: string;
  institution_id: string;
  starts_on: string;
  reasons: string[];
}

/** As `ADVISER_CAPACITY_SQL`: the advisers who may be matched today and have a free slot, by name. */
/** Free-slot columns of `MATCHABLE_ADVISER_SLOTS_SQL` by kind; with no kind, either kind. */
const SPARE_OF_KIND = {
  ONE_TO_ONE: 's.one_to_one_free > 0',
  AGILE: 's.agile_free > 0',
  ANY: '(s.one_to_one_free > 0 OR s.agile_free > 0)',
} as const;

export type SpareKind = keyof typeof SPARE_OF_KIND;

const spareFrom = (kind: SpareKind) => `
  FROM (${MATCHABLE_ADVISER_SLOTS_SQL}) s
  JOIN advisers a ON a.id = s.id
  WHERE ${SPARE_OF_KIND[kind]}`;

export const SPARE_CAPACITY_SQL = `
  SELECT s.id, s.one_to_one_free, s.agile_free${spareFrom('ANY')}
  ORDER BY a.name, a.id`;

/**
 * One keyset page of the advisers with spare capacity, by name then id. Parameters follow
 * `adviserSlotsParams` from `$next`: the cursor's name and id (both null on the first page),
 * then the row limit.
 */
export function spareCapacityPageSql(kind: SpareKind, next: number): string {
  const [name, id, limit] = [next, next + 1, next + 2].map((n) => `$${n}`);
  return `
  SELECT s.id, s.one_to_one_free, s.agile_free, a.name${spareFrom(kind)}
    AND (${name}::text IS NULL OR (a.name, a.id) > (${name}::text, ${id}::uuid))
  ORDER BY a.name, a.id
  LIMIT ${limit}`;
}

export function spareCapacityCountSql(kind: SpareKind): string {
  return `SELECT count(*)::int AS count${spareFrom(kind)}`;
}
