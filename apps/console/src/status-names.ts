import type {
  AdviserDeclineReason,
  AdviserStatus,
  BookingStatus,
  MatchStatus,
  MembershipDeclineReason,
  MembershipStatus,
  OpportunityStatus,
} from './gql/graphql';

/** What each status is called on screen: the console never shows the API's enum value. */
export const MATCH_STATUS_NAMES: Record<MatchStatus, string> = {
  PROPOSED: 'Proposed',
  ACTIVE: 'Active',
  DECLINED: 'Declined',
  ENDED: 'Ended',
};

export const BOOKING_STATUS_NAMES: Record<BookingStatus, string> = {
  REQUESTED: 'Requested',
  WAITLISTED: 'On the waiting list',
  CONFIRMED: 'Confirmed',
  DECLINED: 'Declined',
  CANCELLED: 'Cancelled',
};

export const OPPORTUNITY_STATUS_NAMES: Record<OpportunityStatus, string> = {
  DRAFT: 'Draft',
  PENDING_APPROVAL: 'Waiting for the hub’s approval',
  PUBLISHED: 'Published',
  CLOSED: 'Closed',
  CANCELLED: 'Cancelled',
};

export const ADVISER_STATUS_NAMES: Record<AdviserStatus, string> = {
  PENDING: 'Waiting for approval',
  ACTIVE: 'Active',
  PAUSED: 'Paused',
  LEFT: 'Left',
};

export const MEMBERSHIP_STATUS_NAMES: Record<MembershipStatus, string> = {
  ACTIVE: 'Active',
  PENDING: 'Pending',
  LAPSED: 'Lapsed',
  WITHDRAWN: 'Withdrawn',
};

export const MEMBERSHIP_DECLINE_REASON_NAMES: Record<MembershipDeclineReason, string> = {
  NOT_IN_AREA: 'Outside the hub’s area',
  DUPLICATE: 'Already applied or a member',
  NOT_AN_EMPLOYER: 'Not an employer',
  OTHER: 'Another reason',
};

export const ADVISER_DECLINE_REASON_NAMES: Record<AdviserDeclineReason, string> = {
  NOT_IN_AREA: 'Outside the hub’s area',
  DUPLICATE: 'Already known to the hub',
  NOT_ELIGIBLE: 'Does not meet what the hub asks',
  OTHER: 'Another reason',
};

/** The eight Gatsby Benchmarks, by number. */
export const BENCHMARK_NAMES: Record<number, string> = {
  1: 'A stable careers programme',
  2: 'Learning from career and labour market information',
  3: 'Addressing the needs of each young person',
  4: 'Linking curriculum learning to careers',
  5: 'Encounters with employers and employees',
  6: 'Experiences of workplaces',
  7: 'Encounters with further and higher education',
  8: 'Personal guidance',
};
