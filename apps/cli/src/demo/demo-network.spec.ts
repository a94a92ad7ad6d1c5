import { daysAgoThisYear } from './demo-network';

describe('daysAgoThisYear', () => {
  afterEach(() => jest.useRealTimers());
  const on = (today: string) => jest.useFakeTimers({ now: new Date(`${today}T12:00:00Z`) });

  it('keeps the demo history where it belongs once the academic year is old enough', () => {
    on('2026-12-01');
    expect([63, 42, 14].map((days) => daysAgoThisYear(days, 63))).toEqual([63, 42, 14]);
  });

  it('draws the history into the young academic year, in order, never nearer than `least`', () => {
    on('2026-09-22'); // 21 days since 1 September
    const placed = [63, 42, 14].map((days) => daysAgoThisYear(days, 63));
    expect(placed).toEqual([21, 14, 4]);
    expect(placed.every((days) => days <= 21)).toBe(true);
    on('2026-09-02');
    expect([63, 42, 14].map((days) => daysAgoThisYear(days, 63))).toEqual([1, 1, 1]);
    expect(daysAgoThisYear(50, 55, 2)).toBe(2);
  });
});
