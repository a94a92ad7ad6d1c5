import { AdviserEntity, AdviserStatus } from '@chn/advisers';
import { AppConfig, DomainError, validUntil } from '@chn/core';

/**
 * Who may be matched today, written once: proposals and acceptances check it in TypeScript
 * (`assertAdviserEligible`), planning and spare capacity in SQL (`matchableAdviserSql`). Both are
 * built from `DATED_CHECKS`, and a test runs them side by side on the edge dates.
 */
export interface MatchabilityPolicy {
  dbsValidityMonths: number;
  inductionValidityMonths: number;
}

export function matchabilityPolicy(
  config: Pick<AppConfig, 'DBS_VALIDITY_MONTHS' | 'INDUCTION_VALIDITY_MONTHS'>,
): MatchabilityPolicy {
  return {
    dbsValidityMonths: config.DBS_VALIDITY_MONTHS,
    inductionValidityMonths: config.INDUCTION_VALIDITY_MONTHS,
  };
}

export type MatchableAdviser = Pick<
  AdviserEntity,
  'status' | 'erasedAt' | 'inductionCompletedOn' | 'dbsCheckedOn'
>;

/** Shared with other dated checks (employers' risk assessments): it lives in the calendar. */
export { validUntil };

interface DatedCheck {
  field: 'inductionCompletedOn' | 'dbsCheckedOn';
  column: string;
  months: (policy: MatchabilityPolicy) => number;
  missing: (months: number) => DomainError;
  expired: (doneOn: string, until: string, months: number) => DomainError;
}

/** What must have been done, and how recently, in the order a refusal names them. */
const DATED_CHECKS: readonly DatedCheck[] = [
  {
    field: 'inductionCompletedOn',
    column: 'induction_completed_on',
    months: (policy) => policy.inductionValidityMonths,
    missing: () =>
      DomainError.conflict('INDUCTION_MISSING', 'The adviser has not completed induction'),
    expired: (doneOn, until, months) =>
      DomainError.conflict(
        'INDUCTION_EXPIRED',
        `The adviser’s induction of ${doneOn} ran out after ${until}: an induction lasts ${months} months`,
      ),
  },
  {
    field: 'dbsCheckedOn',
    column: 'dbs_checked_on',
    months: (policy) => policy.dbsValidityMonths,
    missing: (months) => dbsExpired(months),
    expired: (_doneOn, _until, months) => dbsExpired(months),
  },
];

function dbsExpired(months: number): DomainError {
  return DomainError.conflict(
    'DBS_EXPIRED',
    `The adviser needs a DBS check within the last ${months} months`,
  );
}

/** Why the adviser may not take a match on `today`, or null when they may. */
export function matchabilityProblem(
  adviser: MatchableAdviser,
  today: string,
  policy: MatchabilityPolicy,
): DomainError | null {
  if (adviser.status !== AdviserStatus.ACTIVE || adviser.erasedAt) {
    return DomainError.conflict('ADVISER_NOT_ACTIVE', 'The adviser is not ACTIVE');
  }
  for (const check of DATED_CHECKS) {
    const doneOn = adviser[check.field];
    const months = check.months(policy);
    if (!doneOn) return check.missing(months);
    const until = validUntil(doneOn, months);
    if (until < today) return check.expired(doneOn, until, months);
  }
  return null;
}

/** Refuses an adviser who may not take a match today: not active, induction or DBS missing or stale. */
export function assertAdviserEligible(
  adviser: MatchableAdviser,
  today: string,
  policy: MatchabilityPolicy,
): void {
  const problem = matchabilityProblem(adviser, today, policy);
  if (problem) throw problem;
}

/**
 * The same rule as a SQL condition on the advisers row `alias`. It reads today as `$first`
 * and each check's months from the following parameters: pass `matchabilityParams` there.
 */
export function matchableAdviserSql(alias: string, first: number): string {
  const today = `$${first}::date`;
  return [
    `${alias}.status = '${AdviserStatus.ACTIVE}'`,
    `${alias}.erased_at IS NULL`,
    ...DATED_CHECKS.map(
      (check, i) =>
        `${alias}.${check.column} IS NOT NULL AND ` +
        `(${alias}.${check.column} + make_interval(months => $${first + 1 + i}::int))::date >= ${today}`,
    ),
  ].join(' AND ');
}

/** The parameters `matchableAdviserSql` reads, in its order. */
export function matchabilityParams(policy: MatchabilityPolicy, today: string): unknown[] {
  return [today, ...DATED_CHECKS.map((check) => check.months(policy))];
}
