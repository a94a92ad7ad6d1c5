import { DomainError, isGatsbyBenchmark } from '@chn/core';
import { MatchStatus, MatchType } from '../entities/match.enums';

export interface MeetingMatch {
  type: MatchType;
  status: MatchStatus;
  startsOn: string;
  endedOn: string | null;
}

/**
 * Whether a meeting on `metOn` may be logged on the match: a 1-2-1 under way (or ended), on a
 * day that has come, within the match's period, working on known benchmarks. Returns the
 * benchmarks as they are kept: ascending, each once.
 */
export function checkMeeting(
  match: MeetingMatch,
  metOn: string,
  benchmarks: readonly number[],
  today: string,
): number[] {
  if (match.type !== MatchType.ONE_TO_ONE) {
    throw DomainError.conflict('MEETINGS_ONE_TO_ONE_ONLY', 'Meetings are logged on 1-2-1 matches');
  }
  if (match.status !== MatchStatus.ACTIVE && match.status !== MatchStatus.ENDED) {
    throw DomainError.conflict(
      'MATCH_NOT_UNDER_WAY',
      `The match is ${match.status}: meetings are logged once it is ACTIVE`,
    );
  }
  if (metOn > today) {
    throw DomainError.validation('MEETING_IN_FUTURE', `The meeting date ${metOn} is to come`, [
      { field: 'metOn', messages: [`must be on or before ${today}`] },
    ]);
  }
  const last = match.endedOn ?? today;
  if (metOn < match.startsOn || metOn > last) {
    throw DomainError.validation(
      'MEETING_OUTSIDE_MATCH',
      `The match runs from ${match.startsOn} to ${match.endedOn ?? 'today'}`,
      [{ field: 'metOn', messages: [`must be from ${match.startsOn} to ${last}`] }],
    );
  }
  const unknown = benchmarks.filter((b) => !isGatsbyBenchmark(b));
  if (unknown.length > 0) {
    throw DomainError.validation(
      'UNKNOWN_BENCHMARK',
      `Not a Gatsby Benchmark: ${unknown.join(', ')}`,
      [{ field: 'benchmarks', messages: ['each must be a benchmark number from 1 to 8'] }],
    );
  }
  return [...new Set(benchmarks)].sort((a, b) => a - b);
}
