import { institutionCountsInYearSql } from '@chn/matching';

/**
 * The Hub Overview Dashboard in SQL. Populations (see libs/reporting/README.md):
 * - in hub: the hub's eligible institutions that joined on or before the year's last day
 *   (`institutionCountsInYearSql`, the rule matching's figures count by);
 * - evaluated: institutions in hub with a Compass evaluation on or before the year's last day,
 *   of which the latest counts.
 * Percentages are numeric and rounded half up to one decimal by `round(numeric, 1)`.
 */

/** Rounded percentage of `part` in `whole`, null when `whole` is 0. */
export const pct = (part: string, whole: string) =>
  `round(100.0 * (${part}) / nullif((${whole}), 0), 1)::float8`;

/**
 * $1 hub, $2 the year's last day (with `everyHub`, $1 is unused and every hub counts: two texts
 * rather than "$1 IS NULL OR", which a prepared statement's generic plan could not index). One
 * row per evaluated institution: its latest evaluation's number of benchmarks achieved, BM5/BM6
 * achieved, and each benchmark's result.
 */
const latestEvaluations = (everyHub: boolean) => `
  in_hub AS (
    SELECT i.id, i.hub_id, i.type, i.fsm_percent, i.compass_plus
    FROM institutions i
    WHERE ${everyHub ? '$1::uuid IS NULL' : 'i.hub_id = $1'} AND ${institutionCountsInYearSql('i', { endsOn: '$2::date' })}
  ),
  latest AS (
    SELECT h.id AS institution_id, h.hub_id, h.type, h.fsm_percent, h.compass_plus, e.id AS evaluation_id,
           e.ks3_all_pupils, e.ks3_fsm_pupils, e.ks4_all_pupils, e.ks4_fsm_pupils
    FROM in_hub h
    CROSS JOIN LATERAL (
      SELECT ce.id, ce.ks3_all_pupils, ce.ks3_fsm_pupils, ce.ks4_all_pupils, ce.ks4_fsm_pupils
      FROM compass_evaluations ce
      WHERE ce.institution_id = h.id AND ce.evaluated_on <= $2::date
      ORDER BY ce.evaluated_on DESC
      LIMIT 1
    ) e
  ),
  results AS (
    SELECT l.institution_id, l.hub_id, r.benchmark, r.result
    FROM latest l
    JOIN compass_benchmark_results r ON r.evaluation_id = l.evaluation_id
  ),
  scored AS (
    SELECT l.*, a.achieved, a.bm5, a.bm6
    FROM latest l
    JOIN (
      SELECT r.institution_id,
             count(*) FILTER (WHERE r.result = 'ACHIEVED') AS achieved,
             bool_or(r.benchmark = 5 AND r.result = 'ACHIEVED') AS bm5,
             bool_or(r.benchmark = 6 AND r.result = 'ACHIEVED') AS bm6
      FROM results r
      GROUP BY r.institution_id
    ) a ON a.institution_id = l.institution_id
  )`;

const LATEST_EVALUATIONS = latestEvaluations(false);

const GROUP_FIGURES = `
  count(*)::int AS institutions,
  round(avg(s.achieved), 1)::float8 AS average_achieved,
  ${pct('count(*) FILTER (WHERE s.bm5)', 'count(*)')} AS bm5_percent,
  ${pct('count(*) FILTER (WHERE s.bm6)', 'count(*)')} AS bm6_percent`;

/**
 * $1 hub, $2 year's last day, $3 floor-target benchmarks, $4..$6 the FSM quartile upper bounds
 * (null: no quartiles), $7 target average (null: none). One row of JSON figures.
 */
export const HUB_DASHBOARD_SQL = `
  WITH ${LATEST_EVALUATIONS},
  quartiled AS (
    SELECT s.*,
           CASE WHEN s.fsm_percent IS NULL OR $4::numeric IS NULL THEN NULL
                WHEN s.fsm_percent <= $4::numeric THEN 1
                WHEN s.fsm_percent <= $5::numeric THEN 2
                WHEN s.fsm_percent <= $6::numeric THEN 3
                ELSE 4 END AS fsm_quartile
    FROM scored s
  ),
  totals AS (
    SELECT (SELECT count(*) FROM institutions i WHERE i.hub_id = $1 AND i.eligible)::int AS eligible,
           (SELECT count(*) FROM in_hub)::int AS in_hub,
           (SELECT count(*) FROM scored)::int AS evaluated,
           (SELECT count(*) FROM scored WHERE compass_plus)::int AS compass_plus,
           (SELECT count(*) FROM scored WHERE achieved >= $3::int)::int AS floor_achieving,
           (SELECT sum(achieved) FROM scored)::int AS achieved_total,
           (SELECT round(avg(achieved), 1) FROM scored) AS average_achieved
  )
  SELECT
    t.eligible, t.in_hub, t.evaluated, t.floor_achieving,
    ${pct('t.in_hub', 't.eligible')} AS percent_in_hub,
    ${pct('t.compass_plus', 't.evaluated')} AS percent_compass_plus,
    ${pct('t.floor_achieving', 't.in_hub')} AS percent_floor_achieving,
    ${pct('t.in_hub - t.floor_achieving', 't.in_hub')} AS percent_floor_failing,
    t.average_achieved::float8 AS average_achieved,
    CASE WHEN $7::numeric IS NOT NULL AND t.evaluated > 0
      THEN greatest(0, ceil(($7::numeric - t.average_achieved) * t.evaluated))::int END
      AS benchmarks_required,
    (SELECT coalesce(json_agg(json_build_object(
        'type', g.type, 'institutions', g.institutions, 'averageAchieved', g.average_achieved,
        'bm5Percent', g.bm5_percent, 'bm6Percent', g.bm6_percent) ORDER BY g.type NULLS LAST), '[]')
     FROM (SELECT s.type::text AS type, ${GROUP_FIGURES} FROM scored s GROUP BY ROLLUP (s.type)) g
    ) AS by_type,
    (SELECT coalesce(json_agg(json_build_object(
        'quartile', g.fsm_quartile, 'institutions', g.institutions,
        'averageAchieved', g.average_achieved, 'bm5Percent', g.bm5_percent,
        'bm6Percent', g.bm6_percent) ORDER BY g.fsm_quartile NULLS LAST), '[]')
     FROM (SELECT s.fsm_quartile, ${GROUP_FIGURES} FROM quartiled s
           WHERE s.fsm_quartile IS NOT NULL GROUP BY ROLLUP (s.fsm_quartile)) g
    ) AS by_fsm_quartile,
    (SELECT json_agg(json_build_object(
        'benchmarksAchieved', d.k, 'institutions', d.institutions,
        'percent', ${pct('d.institutions', 't.evaluated')}) ORDER BY d.k)
     FROM (SELECT k, count(s.institution_id)::int AS institutions
           FROM generate_series(0, 8) AS k LEFT JOIN scored s ON s.achieved = k GROUP BY k) d
    ) AS distribution,
    (SELECT json_agg(json_build_object(
        'number', c.b, 'achieved', c.achieved,
        'achievedPercent', ${pct('c.achieved', 't.evaluated')},
        'partiallyPercent', ${pct('c.partially', 't.evaluated')},
        'notAchievedPercent', ${pct('c.not_achieved', 't.evaluated')}) ORDER BY c.b)
     FROM (SELECT b, count(r.institution_id) FILTER (WHERE r.result = 'ACHIEVED')::int AS achieved,
                  count(r.institution_id) FILTER (WHERE r.result = 'PARTIALLY_ACHIEVED') AS partially,
                  count(r.institution_id) FILTER (WHERE r.result = 'NOT_ACHIEVED') AS not_achieved
           FROM generate_series(1, 8) AS b LEFT JOIN results r ON r.benchmark = b GROUP BY b) c
    ) AS benchmarks,
    (SELECT coalesce(json_agg(json_build_object(
        'question', a.question, 'answer', a.answer, 'institutions', a.institutions,
        'percent', ${pct('a.institutions', 'a.answered')}) ORDER BY a.question, a.answer), '[]')
     FROM (
       SELECT q.question, q.answer, count(*)::int AS institutions,
              sum(count(*)) OVER (PARTITION BY q.question) AS answered
       FROM scored s
       CROSS JOIN LATERAL (VALUES
         ('KS3_ALL_PUPILS', s.ks3_all_pupils), ('KS3_FSM_PUPILS', s.ks3_fsm_pupils),
         ('KS4_ALL_PUPILS', s.ks4_all_pupils), ('KS4_FSM_PUPILS', s.ks4_fsm_pupils)
       ) AS q(question, answer)
       WHERE q.answer IS NOT NULL
       GROUP BY q.question, q.answer
     ) a
    ) AS supplementary
  FROM totals t`;

export interface GroupFigures {
  institutions: number;
  averageAchieved: number | null;
  bm5Percent: number | null;
  bm6Percent: number | null;
}

export interface HubDashboardRow {
  eligible: number;
  in_hub: number;
  evaluated: number;
  floor_achieving: number;
  percent_in_hub: number | null;
  percent_compass_plus: number | null;
  percent_floor_achieving: number | null;
  percent_floor_failing: number | null;
  average_achieved: number | null;
  benchmarks_required: number | null;
  by_type: (GroupFigures & { type: string | null })[];
  by_fsm_quartile: (GroupFigures & { quartile: number | null })[];
  distribution: { benchmarksAchieved: number; institutions: number; percent: number | null }[];
  benchmarks: {
    number: number;
    achieved: number;
    achievedPercent: number | null;
    partiallyPercent: number | null;
    notAchievedPercent: number | null;
  }[];
  supplementary: { question: string; answer: string; institutions: number; percent: number }[];
}

/** $1 hub, $2 academic year label, $3 year's last day. */
export const HUB_ACTIVITY_SQL = `
  SELECT
    (SELECT count(*) FROM advisers a
      WHERE a.hub_id = $1 AND a.status = 'ACTIVE' AND a.erased_at IS NULL)::int AS current_advisers,
    (SELECT count(*) FROM fsq_completions f
      WHERE f.hub_id = $1 AND f.academic_year = $2 AND f.students > 0)::int AS fsq_institutions,
    (SELECT coalesce(sum(f.students), 0) FROM fsq_completions f
      WHERE f.hub_id = $1 AND f.academic_year = $2)::int AS fsq_students,
    ${pct(
      `SELECT count(*) FROM fsq_completions f JOIN institutions i ON i.id = f.institution_id
       WHERE f.hub_id = $1 AND f.academic_year = $2 AND f.students >= 100
         AND ${institutionCountsInYearSql('i', { endsOn: '$3::date' })}`,
      `SELECT count(*) FROM institutions i WHERE i.hub_id = $1 AND ${institutionCountsInYearSql('i', { endsOn: '$3::date' })}`,
    )} AS percent_fsq_at_least_100,
    (SELECT coalesce(json_agg(json_build_object(
        'name', u.name, 'role', u.role, 'lastLoginAt', u.last_login_at)
        ORDER BY u.last_login_at DESC, u.name), '[]')
     FROM (SELECT u.name, u.role, u.last_login_at FROM users u
           WHERE u.hub_id = $1 AND u.last_login_at IS NOT NULL
           ORDER BY u.last_login_at DESC, u.name LIMIT 10) u
    ) AS last_logins`;

export interface HubActivityRow {
  current_advisers: number;
  fsq_institutions: number;
  fsq_students: number;
  percent_fsq_at_least_100: number | null;
  last_logins: { name: string; role: string; lastLoginAt: string }[];
}

/**
 * National figures computed across every hub of the deployment: $1 null (every hub), $2 the
 * year's last day. One row per benchmark: the national achieved % and every hub's quartile among
 * hubs (1 = top; hubs ranked on their rounded achieved %, ties share a quartile).
 */
export const COMPUTED_NATIONAL_SQL = `
  WITH ${latestEvaluations(true)},
  per_hub AS (
    SELECT r.hub_id, r.benchmark,
           round(100.0 * count(*) FILTER (WHERE r.result = 'ACHIEVED') / count(*), 1) AS achieved_percent
    FROM results r
    GROUP BY r.hub_id, r.benchmark
  ),
  ranked AS (
    SELECT p.*, percent_rank() OVER (PARTITION BY p.benchmark ORDER BY p.achieved_percent DESC) AS pr
    FROM per_hub p
  )
  SELECT b AS benchmark,
         ${pct("(SELECT count(*) FROM results r WHERE r.benchmark = b AND r.result = 'ACHIEVED')", '(SELECT count(*) FROM latest)')} AS national_achieved_percent,
         (SELECT coalesce(json_object_agg(rk.hub_id, least(4, 1 + floor(rk.pr * 4))::int), '{}')
          FROM ranked rk WHERE rk.benchmark = b) AS hub_quartiles,
         (SELECT round(avg(s.achieved), 1)::float8 FROM scored s) AS national_average_achieved
  FROM generate_series(1, 8) AS b
  ORDER BY b`;

export interface ComputedNationalRow {
  benchmark: number;
  national_achieved_percent: number | null;
  hub_quartiles: Record<string, number>;
  national_average_achieved: number | null;
}

/** $1 the year's last day: how many hubs hold evaluated institutions in hub. */
export const EVALUATED_HUBS_SQL = `
  SELECT count(DISTINCT ce.hub_id)::int AS hubs
  FROM compass_evaluations ce
  WHERE ce.evaluated_on <= $1::date`;
