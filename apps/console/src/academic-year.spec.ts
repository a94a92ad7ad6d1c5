import { academicYearOf, currentAcademicYear } from '@chn/core/calendar/academic-year';
import { academicYearAt, proposalStartDate, recentAcademicYears } from './academic-year';

describe('the console’s academic year', () => {
  it('is the API’s: late on 31 August (already 1 September in London) is still the old year', () => {
    const lateAugust = new Date('2026-08-31T23:30:00Z');
    expect(lateAugust.getMonth()).toBe(8); // September in London, where the unit tests run
    expect(academicYearAt(lateAugust)).toBe('2025/26');
    expect(academicYearAt(lateAugust)).toBe(currentAcademicYear(lateAugust).label);
    expect(academicYearAt(new Date('2026-09-01T00:00:00Z'))).toBe(
      academicYearOf('2026-09-01').label,
    );
  });

  it('offers the current year and the four before it, newest first', () => {
    expect(recentAcademicYears('2026/27')).toEqual([
      '2026/27',
      '2025/26',
      '2024/25',
      '2023/24',
      '2022/23',
    ]);
    expect(recentAcademicYears('2000/01', 2)).toEqual(['2000/01', '1999/00']);
  });

  it('starts a proposal today in UTC, or on the year’s first day when that is later', () => {
    expect(proposalStartDate('2026/27', new Date('2026-08-31T23:30:00Z'))).toBe('2026-09-01');
    expect(proposalStartDate('2026/27', new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-22');
    expect(proposalStartDate('2025/26', new Date('2026-03-31T23:30:00Z'))).toBe('2026-03-31');
    expect(proposalStartDate('2024/25', new Date('2026-03-31T23:30:00Z'))).toBeNull();
  });
});
