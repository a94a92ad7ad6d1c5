import { validateSync } from 'class-validator';
import { IsNotInFuture, todayInUk } from './not-in-future.validator';

class Dated {
  @IsNotInFuture()
  on: string;
}

const check = (on: string) => validateSync(Object.assign(new Dated(), { on }));

describe('IsNotInFuture', () => {
  it('takes today and earlier dates, in UK time', () => {
    expect(check(todayInUk())).toEqual([]);
    expect(check('2020-02-29')).toEqual([]);
    expect(todayInUk(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });

  it('refuses a date after today', () => {
    const tomorrow = new Date(Date.now() + 36 * 3600 * 1000);
    expect(check(todayInUk(tomorrow))[0].constraints).toEqual({
      isNotInFuture: 'on cannot be in the future',
    });
  });
});
