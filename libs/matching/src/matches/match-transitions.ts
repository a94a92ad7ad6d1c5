import { DomainError } from '@chn/core';
import { MatchStatus } from '../entities/match.enums';

/** What can happen to a match after it is proposed. */
export type MatchAction = 'accept' | 'decline' | 'end';

const TRANSITIONS: Record<MatchAction, { from: MatchStatus; to: MatchStatus }> = {
  accept: { from: MatchStatus.PROPOSED, to: MatchStatus.ACTIVE },
  decline: { from: MatchStatus.PROPOSED, to: MatchStatus.DECLINED },
  end: { from: MatchStatus.ACTIVE, to: MatchStatus.ENDED },
};

/** The status a match moves to, or CONFLICT ILLEGAL_MATCH_TRANSITION. */
export function nextMatchStatus(current: MatchStatus, action: MatchAction): MatchStatus {
  const transition = TRANSITIONS[action];
  if (current !== transition.from) {
    throw DomainError.conflict(
      'ILLEGAL_MATCH_TRANSITION',
      `A ${current} match cannot be ${action === 'end' ? 'ended' : `${action}d`}`,
    );
  }
  return transition.to;
}
