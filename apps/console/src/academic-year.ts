import {
  academicYearsEndingWith,
  currentAcademicYear,
  firstDayFrom,
  isoDate,
  parseAcademicYear,
} from '@chn/core/calendar/academic-year';

// The API's own calendar rules, read in UTC as the API reads them, so the year the console
// shows is the year the API answers for.

/** The academic year a moment falls in, written like 2025/26. */
export function academicYearAt(now: Date): string {
  return currentAcademicYear(now).label;
}

/** The given year and the ones before it, `count` in all, newest first. */
export function recentAcademicYears(current: string, count = 5): string[] {
  return academicYearsEndingWith(parseAcademicYear(current), count)
    .map((year) => year.label)
    .reverse();
}

/**
 * First day (YYYY-MM-DD) a match proposed now for the year can start: today, or the year's first
 * day; null for a year that has ended, where nothing can be proposed.
 */
export function proposalStartDate(academicYear: string, now = new Date()): string | null {
  return firstDayFrom(parseAcademicYear(academicYear), isoDate(now));
}
