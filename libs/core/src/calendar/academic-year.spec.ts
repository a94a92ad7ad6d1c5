import { DomainError } from '../errors';
import {
  academicYearOf,
  academicYearsEndingWith,
  currentAcademicYear,
  parseAcademicYear,
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
});
