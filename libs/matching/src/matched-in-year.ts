import { MatchStatus, MatchType } from './entities/match.enums';

/**
 * What counts as matched in an academic year, written once. Every figure, list, reminder and
 * export that asks "matched in year Y?" builds its SQL from these fragments:
 *
 * - an institution **counts in Y** when it is eligible and joined the hub on or before Y's last
 *   day (`in_hub_since`; never in the hub, never counted);
 * - a match's period runs from `starts_on` to `ended_on`, else `ends_on`, else open-ended; the
 *   match is **in Y** when that period overlaps Y, whatever its status;
 * - an institution is **matched in Y** when it has an `ACTIVE` or `ENDED` match in Y (of one
 *   type, for the 1-2-1 and agile figures).
 *
 * Each fragment takes the SQL of its inputs: a table alias and the year's first and last days as
 * date expressions (`$2::date`, `:endsOn`, `y.ends_on`). It holds no hub condition: callers scope.
 */
export interface YearSql {
  startsOn: string;
  endsOn: string;
}

/** The statuses of a match that make its institution matched. */
export const MATCHED_STATUSES: readonly MatchStatus[] = [MatchStatus.ACTIVE, MatchStatus.ENDED];

const statusList = MATCHED_STATUSES.map((status) => `'${status}'`).join(', ');

/** Institution `i` counts in the year: eligible, in the hub on or before the year's last day. */
export function institutionCountsInYearSql(i: string, year: Pick<YearSql, 'endsOn'>): string {
  return `(${i}.eligible AND ${i}.in_hub_since <= ${year.endsOn})`;
}

/** Match `m`'s period overlaps the year (any status). */
export function matchOverlapsYearSql(m: string, year: YearSql): string {
  return (
    `(${m}.starts_on <= ${year.endsOn} ` +
    `AND coalesce(${m}.ended_on, ${m}.ends_on, 'infinity'::date) >= ${year.startsOn})`
  );
}

/** Match `m` makes its institution matched in the year. */
export function matchCountsInYearSql(m: string, year: YearSql): string {
  return `(${m}.status IN (${statusList}) AND ${matchOverlapsYearSql(m, year)})`;
}

/** Institution `i` is matched in the year (by a match of `type`, when given). */
export function institutionMatchedInYearSql(i: string, year: YearSql, type?: MatchType): string {
  const ofType = type ? ` AND matched.type = '${type}'` : '';
  return (
    `EXISTS (SELECT 1 FROM matches matched WHERE matched.institution_id = ${i}.id${ofType} ` +
    `AND ${matchCountsInYearSql('matched', year)})`
  );
}
