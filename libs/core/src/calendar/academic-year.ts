// Pure and free of Node and Nest: the console imports this file too, so both read the year alike.
import { DomainError } from '../errors/domain-error';

/** The date (YYYY-MM-DD) of a moment in UTC, the calendar every stored date is read in. */
export function isoDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** An academic year: 1 September to 31 August, written `2025/26`. Dates are inclusive ISO dates. */
export interface AcademicYear {
  label: string;
  startsOn: string;
  endsOn: string;
}

function fromStartYear(first: number): AcademicYear {
  const next = String((first + 1) % 100).padStart(2, '0');
  return { label: `${first}/${next}`, startsOn: `${first}-09-01`, endsOn: `${first + 1}-08-31` };
}

/** The academic year a date (YYYY-MM-DD) falls in. */
export function academicYearOf(isoDate: string): AcademicYear {
  const [year, month] = isoDate.split('-').map(Number);
  return fromStartYear(month >= 9 ? year : year - 1);
}

/** The academic year today falls in. */
export function currentAcademicYear(now: Date = new Date()): AcademicYear {
  return academicYearOf(isoDate(now));
}

/**
 * The first day of `year` that is not before `today`: where anything started today in it begins;
 * null once the year has ended, since nothing started today can begin in it.
 */
export function firstDayFrom(year: AcademicYear, today: string): string | null {
  if (today > year.endsOn) return null;
  return today > year.startsOn ? today : year.startsOn;
}

/** Parses `2025/26`; refuses anything else with BAD_USER_INPUT naming `field`. */
export function parseAcademicYear(label: string, field = 'academicYear'): AcademicYear {
  const match = /^(\d{4})\/(\d{2})$/.exec(label.trim());
  const first = match ? Number(match[1]) : NaN;
  if (!match || (first + 1) % 100 !== Number(match[2]) || first < 2000 || first > 2100) {
    throw DomainError.validation(
      'INVALID_ACADEMIC_YEAR',
      `"${label}" is not an academic year like 2025/26`,
      [{ field, messages: ['must be an academic year like 2025/26'] }],
    );
  }
  return fromStartYear(first);
}

/** The given year and the `count - 1` before it, oldest first. */
export function academicYearsEndingWith(last: AcademicYear, count: number): AcademicYear[] {
  const first = Number(last.startsOn.slice(0, 4));
  return Array.from({ length: count }, (_, i) => fromStartYear(first - count + 1 + i));
}

/** How many academic years after the current one anything may be planned or recorded for. */
export const PLANNING_HORIZON_YEARS = 3;

/** The last academic year anything may be planned for: the third after the current one. */
export function planningHorizon(now: Date): AcademicYear {
  return fromStartYear(
    Number(currentAcademicYear(now).startsOn.slice(0, 4)) + PLANNING_HORIZON_YEARS,
  );
}

/** Whether a date (YYYY-MM-DD) falls after the planning horizon. */
export function isBeyondPlanningHorizon(isoDate: string, now: Date): boolean {
  return isoDate > planningHorizon(now).endsOn;
}

/**
 * Refuses a date (YYYY-MM-DD) beyond the planning horizon with BAD_USER_INPUT
 * (`DATE_BEYOND_HORIZON`) naming `field`: nothing is planned more than three academic years ahead.
 */
export function assertWithinPlanningHorizon(isoDate: string, field: string, now: Date): void {
  if (!isBeyondPlanningHorizon(isoDate, now)) return;
  const last = planningHorizon(now);
  throw beyondHorizon(field, isoDate, `on or before ${last.endsOn} (academic year ${last.label})`);
}

/** As assertWithinPlanningHorizon, for an academic year (e.g. FSQ completions of 2027/28). */
export function assertYearWithinPlanningHorizon(
  year: AcademicYear,
  field: string,
  now: Date,
): void {
  if (!isBeyondPlanningHorizon(year.startsOn, now)) return;
  throw beyondHorizon(field, year.label, `${planningHorizon(now).label} or earlier`);
}

function beyondHorizon(field: string, value: string, allowed: string): DomainError {
  return DomainError.validation(
    'DATE_BEYOND_HORIZON',
    `${field} ${value} is more than ${PLANNING_HORIZON_YEARS} academic years ahead: it must be ${allowed}`,
    [{ field, messages: [`must be ${allowed}`] }],
  );
}
