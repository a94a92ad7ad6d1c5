import { MatchabilityPolicy, matchabilityParams, matchableAdviserSql } from './adviser-eligibility';

/**
 * The advisers of hub $1 who may be matched today (from $2, see `adviserSlotsParams`), with the
 * 1-2-1 and agile matches each can still take: their capacity minus their PROPOSED and ACTIVE
 * matches of that type. Columns: id, one_to_one_free, agile_free (below zero when capacity
 * was lowered under matches already held).
 */
export const MATCHABLE_ADVISER_SLOTS_SQL = `
  SELECT a.id,
         (a.max_one_to_one - count(m.id) FILTER (WHERE m.type = 'ONE_TO_ONE'))::int AS one_to_one_free,
         (a.max_agile - count(m.id) FILTER (WHERE m.type = 'AGILE'))::int AS agile_free
  FROM advisers a
  LEFT JOIN matches m ON m.adviser_id = a.id AND m.status IN ('PROPOSED', 'ACTIVE')
  WHERE a.hub_id = $1 AND ${matchableAdviserSql('a', 2)}
  GROUP BY a.id`;

/** The parameters of `MATCHABLE_ADVISER_SLOTS_SQL`, and of queries built on it. */
export function adviserSlotsParams(
  hubId: string,
  policy: MatchabilityPolicy,
  today: string,
): unknown[] {
  return [hubId, ...matchabilityParams(policy, today)];
}

export interface AdviserSlotsRow {
  id: string;
  one_to_one_free: number;
  agile_free: number;
}
