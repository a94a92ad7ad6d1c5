import { DomainError } from '@chn/core';
import { MatchStatus, MatchType } from '../entities/match.enums';
import { checkMeeting, MeetingMatch } from './meeting-rules';

const active: MeetingMatch = {
  type: MatchType.ONE_TO_ONE,
  status: MatchStatus.ACTIVE,
  startsOn: '2025-09-15',
  endedOn: null,
};
const reasonOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as DomainError).reason;
  }
  return 'accepted';
};

describe('checkMeeting', () => {
  it('keeps the benchmarks ascending, each once', () => {
    expect(checkMeeting(active, '2025-10-01', [8, 5, 5, 1], '2025-10-02')).toEqual([1, 5, 8]);
  });

  it('takes the first day of the match, today, and an ended match’s last day', () => {
    expect(reasonOf(() => checkMeeting(active, '2025-09-15', [1], '2025-10-02'))).toBe('accepted');
    expect(reasonOf(() => checkMeeting(active, '2025-10-02', [1], '2025-10-02'))).toBe('accepted');
    const ended = { ...active, status: MatchStatus.ENDED, endedOn: '2025-12-19' };
    expect(reasonOf(() => checkMeeting(ended, '2025-12-19', [1], '2026-01-10'))).toBe('accepted');
    expect(reasonOf(() => checkMeeting(ended, '2025-12-20', [1], '2026-01-10'))).toBe(
      'MEETING_OUTSIDE_MATCH',
    );
  });

  it('refuses a day to come, a day before the match, and unknown benchmarks', () => {
    expect(reasonOf(() => checkMeeting(active, '2025-10-03', [1], '2025-10-02'))).toBe(
      'MEETING_IN_FUTURE',
    );
    expect(reasonOf(() => checkMeeting(active, '2025-09-14', [1], '2025-10-02'))).toBe(
      'MEETING_OUTSIDE_MATCH',
    );
    for (const benchmark of [0, 9, 2.5]) {
      expect(reasonOf(() => checkMeeting(active, '2025-10-01', [benchmark], '2025-10-02'))).toBe(
        'UNKNOWN_BENCHMARK',
      );
    }
  });

  it('refuses agile support and matches not under way', () => {
    const agile = { ...active, type: MatchType.AGILE };
    expect(reasonOf(() => checkMeeting(agile, '2025-10-01', [1], '2025-10-02'))).toBe(
      'MEETINGS_ONE_TO_ONE_ONLY',
    );
    const proposed = { ...active, status: MatchStatus.PROPOSED };
    expect(reasonOf(() => checkMeeting(proposed, '2025-10-01', [1], '2025-10-02'))).toBe(
      'MATCH_NOT_UNDER_WAY',
    );
  });
});
