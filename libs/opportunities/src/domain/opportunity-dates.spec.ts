import { DomainError } from '@chn/core';
import { OpportunityStatus } from './opportunity.enums';
import { assertOpportunityDates, daysSpanned, takesRequests } from './opportunity-dates';

const TODAY = '2026-12-01';

function refusal(fn: () => void): { reason: string; fields?: { field: string }[] } {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('opportunity dates', () => {
  const valid = { startsOn: '2027-01-11', endsOn: '2027-01-15', lengthDays: 5 };

  it('counts the days spanned, both ends included', () => {
    expect(daysSpanned('2027-01-11', '2027-01-11')).toBe(1);
    expect(daysSpanned('2027-01-11', '2027-01-15')).toBe(5);
    expect(daysSpanned('2028-02-28', '2028-03-01')).toBe(3);
  });

  it('accepts dates within the horizon whose length fits', () => {
    expect(() => assertOpportunityDates(valid, TODAY, { startSet: true })).not.toThrow();
    expect(() =>
      assertOpportunityDates({ ...valid, lengthDays: 0.5 }, TODAY, { startSet: true }),
    ).not.toThrow();
  });

  it('refuses a length longer than the dates', () => {
    expect(
      refusal(() =>
        assertOpportunityDates({ ...valid, lengthDays: 5.5 }, TODAY, { startSet: true }),
      ),
    ).toMatchObject({ reason: 'LENGTH_EXCEEDS_DATES', fields: [{ field: 'lengthDays' }] });
  });

  it('refuses an end before the start', () => {
    expect(
      refusal(() =>
        assertOpportunityDates({ ...valid, endsOn: '2027-01-10' }, TODAY, { startSet: true }),
      ),
    ).toMatchObject({ reason: 'ENDS_BEFORE_STARTS' });
  });

  it('refuses dates beyond three academic years ahead', () => {
    expect(
      refusal(() =>
        assertOpportunityDates(
          { startsOn: '2030-08-31', endsOn: '9999-12-31', lengthDays: 1 },
          TODAY,
          { startSet: true },
        ),
      ),
    ).toMatchObject({ reason: 'DATE_BEYOND_HORIZON', fields: [{ field: 'endsOn' }] });
  });

  it('refuses a start in the past only when the start is being set', () => {
    const past = { startsOn: '2026-11-01', endsOn: '2026-11-01', lengthDays: 1 };
    expect(refusal(() => assertOpportunityDates(past, TODAY, { startSet: true }))).toMatchObject({
      reason: 'STARTS_IN_PAST',
      fields: [{ field: 'startsOn' }],
    });
    expect(() => assertOpportunityDates(past, TODAY, { startSet: false })).not.toThrow();
    expect(() =>
      assertOpportunityDates({ ...past, startsOn: TODAY, endsOn: TODAY }, TODAY, {
        startSet: true,
      }),
    ).not.toThrow();
  });

  it('takes requests only while published and before the first day', () => {
    const published = { status: OpportunityStatus.PUBLISHED, startsOn: '2026-12-02' };
    expect(takesRequests(published, TODAY)).toBe(true);
    expect(takesRequests({ ...published, startsOn: TODAY }, TODAY)).toBe(false);
    expect(takesRequests({ ...published, startsOn: '2026-11-01' }, TODAY)).toBe(false);
    expect(takesRequests({ ...published, status: OpportunityStatus.CLOSED }, TODAY)).toBe(false);
  });
});
