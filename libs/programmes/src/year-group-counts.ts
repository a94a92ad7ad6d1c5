import { DomainError, ErrorReason } from '@chn/core';

/** Year groups a programme counts pupils in, as the opportunities do: 7 to 13. */
export const FIRST_YEAR_GROUP = 7;
export const LAST_YEAR_GROUP = 13;
const YEARS = LAST_YEAR_GROUP - FIRST_YEAR_GROUP + 1;

export interface YearGroupCount {
  yearGroup: number;
  pupils: number;
}

/**
 * Counts by year group as stored: one number per year 7 to 13, in order. Refuses a year group
 * named twice or no pupil at all with `reason`, naming `field`.
 */
export function toYearArray(
  counts: readonly YearGroupCount[],
  reason: ErrorReason,
  field: string,
): number[] {
  const years = new Array<number>(YEARS).fill(0);
  const seen = new Set<number>();
  for (const { yearGroup, pupils } of counts) {
    if (seen.has(yearGroup)) {
      throw DomainError.validation(reason, `Year ${yearGroup} is given twice`, [
        { field, messages: [`year ${yearGroup} is given twice`] },
      ]);
    }
    seen.add(yearGroup);
    years[yearGroup - FIRST_YEAR_GROUP] = pupils;
  }
  if (sum(years) === 0) {
    throw DomainError.validation(reason, 'Count at least one pupil', [
      { field, messages: ['count at least one pupil'] },
    ]);
  }
  return years;
}

/** The stored array as counts, leaving out the year groups with no pupil. */
export function fromYearArray(years: readonly number[]): YearGroupCount[] {
  return years
    .map((pupils, index) => ({ yearGroup: FIRST_YEAR_GROUP + index, pupils }))
    .filter((count) => count.pupils > 0);
}

export function sum(years: readonly number[]): number {
  return years.reduce((total, pupils) => total + pupils, 0);
}

/** The first year group where `reached` exceeds `cohort`, or null when every year fits. */
export function yearBeyondCohort(
  reached: readonly number[],
  cohort: readonly number[],
): number | null {
  const index = reached.findIndex((pupils, i) => pupils > (cohort[i] ?? 0));
  return index < 0 ? null : FIRST_YEAR_GROUP + index;
}
