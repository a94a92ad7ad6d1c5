import { DomainError } from '@chn/core';
import { fromYearArray, sum, toYearArray, yearBeyondCohort } from './year-group-counts';

describe('year group counts', () => {
  it('stores counts as one number per year 7 to 13 and reads them back', () => {
    const years = toYearArray(
      [
        { yearGroup: 9, pupils: 30 },
        { yearGroup: 13, pupils: 4 },
      ],
      'COHORT_INVALID',
      'cohort',
    );
    expect(years).toEqual([0, 0, 30, 0, 0, 0, 4]);
    expect(sum(years)).toBe(34);
    expect(fromYearArray(years)).toEqual([
      { yearGroup: 9, pupils: 30 },
      { yearGroup: 13, pupils: 4 },
    ]);
  });

  it('refuses a year group twice and a count of no pupil', () => {
    const twice = () =>
      toYearArray(
        [
          { yearGroup: 8, pupils: 1 },
          { yearGroup: 8, pupils: 2 },
        ],
        'COHORT_INVALID',
        'cohort',
      );
    expect(twice).toThrow(DomainError);
    expect(twice).toThrow('Year 8 is given twice');
    expect(() => toYearArray([{ yearGroup: 8, pupils: 0 }], 'REACH_INVALID', 'reached')).toThrow(
      'Count at least one pupil',
    );
  });

  it('names the first year group reached beyond the cohort', () => {
    expect(yearBeyondCohort([0, 5, 0, 0, 0, 0, 0], [0, 5, 0, 0, 0, 0, 0])).toBeNull();
    expect(yearBeyondCohort([0, 5, 1, 0, 0, 0, 0], [0, 5, 0, 0, 0, 0, 0])).toBe(9);
  });
});
