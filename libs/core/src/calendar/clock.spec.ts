import { Clock } from './clock';

describe('clock', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-08-31T23:30:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('tells the moment now and the date today in UTC', () => {
    const clock = new Clock();
    expect(clock.now().toISOString()).toBe('2026-08-31T23:30:00.000Z');
    expect(clock.today()).toBe('2026-08-31');
  });

  it('can be set to another date, the time of day still moving on, and back to the real one', () => {
    const clock = new Clock();
    clock.setToday('2027-02-28');
    expect(clock.today()).toBe('2027-02-28');
    expect(clock.now().toISOString()).toBe('2027-02-28T23:30:00.000Z');
    jest.advanceTimersByTime(60 * 60 * 1000);
    expect(clock.now().toISOString()).toBe('2027-03-01T00:30:00.000Z');
    clock.setToday(null);
    expect(clock.now().toISOString()).toBe('2026-09-01T00:30:00.000Z');
  });

  it('refuses what is not a date', () => {
    const clock = new Clock();
    for (const bad of ['2027-02-30', '27-02-01', 'tomorrow', '2027-02-01T00:00:00Z']) {
      expect(() => clock.setToday(bad)).toThrow('is not a date like 2026-09-01');
    }
    expect(clock.today()).toBe('2026-08-31');
  });
});
