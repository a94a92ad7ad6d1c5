import { DomainError } from '../errors';

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
  return academicYearOf(now.toISOString().slice(0, 10));
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
