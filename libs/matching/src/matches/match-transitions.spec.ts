import { DomainError } from '@chn/core';
import { MatchStatus } from '../entities/match.enums';
import { MatchAction, nextMatchStatus } from './match-transitions';

describe('nextMatchStatus', () => {
  it.each<[MatchStatus, MatchAction, MatchStatus]>([
    [MatchStatus.PROPOSED, 'accept', MatchStatus.ACTIVE],
    [MatchStatus.PROPOSED, 'decline', MatchStatus.DECLINED],
    [MatchStatus.ACTIVE, 'end', MatchStatus.ENDED],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(nextMatchStatus(from, action)).toBe(to);
  });

  it.each<[MatchStatus, MatchAction]>([
    [MatchStatus.ACTIVE, 'accept'],
    [MatchStatus.DECLINED, 'accept'],
    [MatchStatus.ENDED, 'accept'],
    [MatchStatus.ACTIVE, 'decline'],
    [MatchStatus.ENDED, 'decline'],
    [MatchStatus.PROPOSED, 'end'],
    [MatchStatus.DECLINED, 'end'],
    [MatchStatus.ENDED, 'end'],
  ])('refuses %s --%s-->', (from, action) => {
    let error: unknown;
    try {
      nextMatchStatus(from, action);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'CONFLICT', reason: 'ILLEGAL_MATCH_TRANSITION' });
  });
});
