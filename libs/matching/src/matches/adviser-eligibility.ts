import { AdviserEntity, AdviserStatus } from '@chn/advisers';
import { DomainError } from '@chn/core';

/** The last day (YYYY-MM-DD) a DBS check made on `checkedOn` is still valid. */
export function dbsValidUntil(checkedOn: string, validityMonths: number): string {
  const [year, month, day] = checkedOn.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1 + validityMonths, day));
  // A check on 31 August plus 6 months lands in March; keep it at the month's last day.
  if (date.getUTCDate() !== day) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** Refuses an adviser who may not take a match today: not active, no induction, DBS missing or stale. */
export function assertAdviserEligible(
  adviser: Pick<AdviserEntity, 'status' | 'erasedAt' | 'inductionCompletedOn' | 'dbsCheckedOn'>,
  today: string,
  dbsValidityMonths: number,
): void {
  if (adviser.status !== AdviserStatus.ACTIVE || adviser.erasedAt) {
    throw DomainError.conflict('ADVISER_NOT_ACTIVE', 'The adviser is not ACTIVE');
  }
  if (!adviser.inductionCompletedOn) {
    throw DomainError.conflict('INDUCTION_MISSING', 'The adviser has not completed induction');
  }
  if (!adviser.dbsCheckedOn || dbsValidUntil(adviser.dbsCheckedOn, dbsValidityMonths) < today) {
    throw DomainError.conflict(
      'DBS_EXPIRED',
      `The adviser needs a DBS check within the last ${dbsValidityMonths} months`,
    );
  }
}
