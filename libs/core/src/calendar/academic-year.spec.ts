import { DomainError } from '../errors';
import {
  academicYearOf,
  academicYearsEndingWith,
  assertWithinPlanningHorizon,
  firstDayFrom,
  assertYearWithinPlanningHorizon,
  currentAcademicYear,
  isBeyondPlanningHorizon,
  isoDate,
  parseAcademicYear,
  planningHorizon,
} from './academic-year';

describe('academic year', () => {
  it('runs from 1 September to 31 August', () => {
    expect(academicYearOf('2025-08-31')).toEqual({
      label: '2024/25',
      startsOn: '2024-09-01',
      endsOn: '2025-08-31',
    });
    expect(academicYearOf('2025-09-01')).toEqual({
      label: '2025/26',
      startsOn: '2025-09-01',
      endsOn: '2026-08-31',
    });
    expect(academicYearOf('1999-12-31').label).toBe('1999/00');
  });

  it('parses labels and refuses malformed ones', () => {
    expect(parseAcademicYear('2025/26').startsOn).toBe('2025-09-01');
    expect(parseAcademicYear('2099/00').endsOn).toBe('2100-08-31');
    for (const bad of ['2025/27', '2025-26', '25/26', '']) {
      expect(() => parseAcademicYear(bad)).toThrow(DomainError);
    }
  });

  it('knows the current year and the years before it', () => {
    expect(currentAcademicYear(new Date('2026-11-22T12:00:00Z')).label).toBe('2026/27');
    expect(academicYearsEndingWith(parseAcademicYear('2025/26'), 3).map((y) => y.label)).toEqual([
      '2023/24',
      '2024/25',
      '2025/26',
    ]);
  });

  it('reads a moment in UTC: late on 31 August is still the old year, whatever the local time', () => {
    const lateAugust = new Date('2026-08-31T23:30:00Z'); // already 1 September in London
    expect(isoDate(lateAugust)).toBe('2026-08-31');
    expect(currentAcademicYear(lateAugust).label).toBe('2025/26');
  });

  it('starts what begins today in a year on today, or on the year’s first day if that is later', () => {
    const year = parseAcademicYear('2026/27');
    expect(firstDayFrom(year, '2026-07-15')).toBe('2026-09-01');
    expect(firstDayFrom(year, '2026-09-01')).toBe('2026-09-01');
    expect(firstDayFrom(year, '2026-11-22')).toBe('2026-11-22');
    expect(firstDayFrom(year, year.endsOn)).toBe(year.endsOn);
    expect(firstDayFrom(year, '2027-09-01')).toBeNull();
  });

  it('lets plans reach three academic years past the current one, and no further', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    expect(planningHorizon(now)).toEqual({
      label: '2029/30',
      startsOn: '2029-09-01',
      endsOn: '2030-08-31',
    });
    // On 1 September the horizon moves on a year with the current year.
    expect(planningHorizon(new Date('2027-09-01T00:00:00Z')).label).toBe('2030/31');
    expect(isBeyondPlanningHorizon('2030-08-31', now)).toBe(false);
    expect(isBeyondPlanningHorizon('2030-09-01', now)).toBe(true);
    expect(() => assertWithinPlanningHorizon('2030-08-31', 'startsOn', now)).not.toThrow();
    try {
      assertWithinPlanningHorizon('9999-12-31', 'startsOn', now);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({
        reason: 'DATE_BEYOND_HORIZON',
        fields: [
          {
            field: 'startsOn',
            messages: ['must be on or before 2030-08-31 (academic year 2029/30)'],
          },
        ],
      });
    }
    expect(() =>
      assertYearWithinPlanningHorizon(parseAcademicYear('2029/30'), 'year', now),
    ).not.toThrow();
    expect(() =>
      assertYearWithinPlanningHorizon(parseAcademicYear('2030/31'), 'year', now),
    ).toThrow('year 2030/31 is more than 3 academic years ahead: it must be 2029/30 or earlier');
  });
});
