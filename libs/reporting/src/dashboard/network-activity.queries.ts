import { pct } from './hub-dashboard.queries';

/**
 * Pupils reached by the hub's programmes in the year: one row per session and year group it
 * reached, with `counted` marking, per participant (institution in a programme) and year group,
 * the one session that reached the most. Pupils reached are the sum of those: the same pupils
 * seen again by a later session of the same programme are not counted twice, and a session never
 * reaches more than the cohort, so neither does the figure.
 * $1 hub, $2 year's first day, $3 year's last day, $4 the FSM quartile 3 upper bound (null: no
 * quartiles), above which an institution is in the top FSM quartile.
 */
const REACHED = `
  reach AS (
    SELECT s.id AS session_id, s.programme_id, s.participant_id, s.institution_id,
           p.name, p.kind::text AS kind, p.sectors, (r.idx + 6)::int AS year_group, r.pupils,
           i.type IN ('SEND', 'AP') AS send_or_ap,
           ($4::numeric IS NOT NULL AND i.fsm_percent > $4::numeric) AS top_fsm
    FROM programme_sessions s
    JOIN programmes p ON p.id = s.programme_id
    JOIN institutions i ON i.id = s.institution_id
    CROSS JOIN LATERAL unnest(s.reached_by_year) WITH ORDINALITY AS r(pupils, idx)
    WHERE s.hub_id = $1 AND s.held_on BETWEEN $2::date AND $3::date AND r.pupils > 0
  ),
  ranked AS (
    SELECT rc.*,
           CASE WHEN rc.year_group <= 9 THEN 'KS3' WHEN rc.year_group <= 11 THEN 'KS4' ELSE 'KS5' END
             AS key_stage,
           row_number() OVER (PARTITION BY rc.participant_id, rc.year_group
                              ORDER BY rc.pupils DESC, rc.session_id) = 1 AS counted
    FROM reach rc
  )`;

const FIGURES = `
  count(DISTINCT g.session_id)::int AS sessions,
  count(DISTINCT g.institution_id)::int AS institutions,
  coalesce(sum(g.pupils) FILTER (WHERE g.counted), 0)::int AS pupils_reached,
  coalesce(sum(g.pupils) FILTER (WHERE g.counted AND g.send_or_ap), 0)::int AS from_send_or_ap,
  ${pct('coalesce(sum(g.pupils) FILTER (WHERE g.counted AND g.send_or_ap), 0)', 'sum(g.pupils) FILTER (WHERE g.counted)')}
    AS percent_from_send_or_ap,
  CASE WHEN $4::numeric IS NULL THEN NULL
       ELSE coalesce(sum(g.pupils) FILTER (WHERE g.counted AND g.top_fsm), 0)::int END
    AS from_top_fsm_quartile,
  CASE WHEN $4::numeric IS NULL THEN NULL
       ELSE ${pct('coalesce(sum(g.pupils) FILTER (WHERE g.counted AND g.top_fsm), 0)', 'sum(g.pupils) FILTER (WHERE g.counted)')} END
    AS percent_from_top_fsm_quartile`;

/**
 * Programme reach in the year: the total, then per programme, per sector (a programme of several
 * sectors counts in each) and per key stage (KS3 7-9, KS4 10-11, KS5 12-13), by the rule above.
 */
export const PROGRAMME_REACH_SQL = `
  WITH ${REACHED}
  SELECT 'TOTAL' AS dimension, NULL::text AS value, NULL::uuid AS programme_id, NULL::text AS kind,
         ${FIGURES}
  FROM ranked g
  UNION ALL
  SELECT 'PROGRAMME', min(g.name), g.programme_id, min(g.kind), ${FIGURES}
  FROM ranked g GROUP BY g.programme_id
  UNION ALL
  SELECT 'SECTOR', sector, NULL, NULL, ${FIGURES}
  FROM ranked g CROSS JOIN LATERAL unnest(g.sectors) AS sector GROUP BY sector
  UNION ALL
  SELECT 'KEY_STAGE', g.key_stage, NULL, NULL, ${FIGURES}
  FROM ranked g GROUP BY g.key_stage
  ORDER BY 1, 2`;

export interface ProgrammeReachRow {
  dimension: 'TOTAL' | 'PROGRAMME' | 'SECTOR' | 'KEY_STAGE';
  value: string | null;
  programme_id: string | null;
  kind: string | null;
  sessions: number;
  institutions: number;
  pupils_reached: number;
  from_send_or_ap: number;
  percent_from_send_or_ap: number | null;
  from_top_fsm_quartile: number | null;
  percent_from_top_fsm_quartile: number | null;
}
