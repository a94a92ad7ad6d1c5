import { MatchStatus, MatchType } from '../entities/match.enums';
import { MatchPeriod, oneToOneOverlaps } from './match-overlaps';

const match = (line: number | null, values: Partial<MatchPeriod>): MatchPeriod => ({
  line,
  institutionId: 'school',
  type: MatchType.ONE_TO_ONE,
  status: MatchStatus.ENDED,
  startsOn: '2021-09-01',
  endsOn: null,
  endedOn: '2022-08-31',
  ...values,
});

describe('oneToOneOverlaps', () => {
  it('lets one 1-2-1 match start the day another ends, and ignores agile, declined and other schools', () => {
    expect(
      oneToOneOverlaps([
        match(2, {}),
        match(3, { startsOn: '2022-08-31', endedOn: null, status: MatchStatus.ACTIVE }),
        match(4, { type: MatchType.AGILE, startsOn: '2022-01-01', endedOn: '2022-02-01' }),
        match(5, { status: MatchStatus.DECLINED, startsOn: '2022-01-01', endedOn: null }),
        match(6, { institutionId: 'other', startsOn: '2022-01-01' }),
      ]),
    ).toEqual([]);
  });

  it('names the later line of two overlapping matches, and a held match by its start', () => {
    expect(
      oneToOneOverlaps([match(7, { startsOn: '2022-03-01', endedOn: '2022-12-31' }), match(2, {})]),
    ).toEqual([{ line: 7, message: expect.stringMatching(/^overlaps the 1-2-1 match on line 2/) }]);
    expect(
      oneToOneOverlaps([
        match(null, { endedOn: null, status: MatchStatus.ACTIVE }),
        match(3, { startsOn: '2024-01-01', endedOn: '2024-02-01' }),
      ]),
    ).toEqual([
      {
        line: 3,
        message: expect.stringMatching(/^overlaps a 1-2-1 match the hub holds from 2021-09-01/),
      },
    ]);
  });

  it('refuses two ACTIVE 1-2-1 matches of one institution even when their planned periods do not meet', () => {
    const problems = oneToOneOverlaps([
      match(2, { status: MatchStatus.ACTIVE, endedOn: null, endsOn: '2022-01-01' }),
      match(3, { status: MatchStatus.ACTIVE, endedOn: null, startsOn: '2023-01-01' }),
    ]);
    expect(problems.map((p) => p.line)).toEqual([3]);
  });
});
