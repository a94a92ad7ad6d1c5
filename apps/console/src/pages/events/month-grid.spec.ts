import { addMonths, eventsByDay, monthWeeks, parseMonth } from './month-grid';

describe('month grid', () => {
  it('lays a month out in weeks from Monday', () => {
    const weeks = monthWeeks('2027-02');
    expect(weeks).toHaveLength(4);
    expect(weeks[0]).toEqual([
      '2027-02-01',
      '2027-02-02',
      '2027-02-03',
      '2027-02-04',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
    ]);
    const december = monthWeeks('2026-12');
    expect(december[0].slice(0, 2)).toEqual([null, '2026-12-01']);
    expect(december[4]).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      null,
      null,
      null,
    ]);
  });

  it('puts events on their London days, each day of a longer one', () => {
    const late = { startsAt: '2027-06-10T23:30:00Z', endsAt: '2027-06-10T23:50:00Z' };
    const twoDays = { startsAt: '2027-06-29T09:00:00Z', endsAt: '2027-07-01T15:00:00Z' };
    const byDay = eventsByDay('2027-06', [late, twoDays]);
    expect([...byDay.keys()].sort()).toEqual(['2027-06-11', '2027-06-29', '2027-06-30']);
  });

  it('moves between months and reads only real ones', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(parseMonth('2027-13')).toBeNull();
    expect(parseMonth('2027-02')).toBe('2027-02');
  });
});
