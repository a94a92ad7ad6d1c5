import type { MatchStatus } from '../../gql/graphql';

export const MATCH_STATUS_NAMES: Record<MatchStatus, string> = {
  PROPOSED: 'Proposed',
  ACTIVE: 'Active',
  DECLINED: 'Declined',
  ENDED: 'Ended',
};
