import type { NotificationKind } from '../../gql/graphql';

/** Plain names of what each kind of notification is about. */
export const KIND_NAMES: Record<NotificationKind, string> = {
  MATCH_PROPOSED: 'Proposed matches',
  MATCH_ACCEPTED: 'Accepted matches',
  MATCH_DECLINED: 'Declined matches',
  MATCH_ENDED: 'Ended matches',
  MATCH_UNANSWERED: 'Reminders of unanswered proposals',
  BOOKING_REQUESTED: 'Booking requests',
  BOOKING_CONFIRMED: 'Confirmed bookings',
  BOOKING_DECLINED: 'Declined bookings',
  BOOKING_CANCELLED: 'Cancelled bookings',
  BOOKING_UNCONFIRMED: 'Reminders of unconfirmed bookings',
  PLACE_OFFERED: 'Places freed up from the waiting list',
  OPPORTUNITY_STARTING: 'Opportunities starting soon',
  ATTENDANCE_DUE: 'Reminders to record attendance',
  MEMBERSHIP_APPLIED: 'Network applications',
  EMPLOYER_APPLIED: 'Network applications from the public form',
  MEMBERSHIP_APPROVED: 'Approved memberships',
  MEMBERSHIP_LAPSED: 'Lapsed memberships',
  MEMBERSHIP_RENEWAL_DUE: 'Membership renewals',
  PUBLISHED_WITHOUT_MEMBERSHIP: 'Published opportunities of employers who left the network',
  ADVISER_REGISTERED: 'Advisers to approve',
  ADVISER_APPROVED: 'Approved advisers',
  DBS_EXPIRING: 'DBS checks running out',
  INDUCTION_EXPIRING: 'Inductions running out',
  INSTITUTIONS_UNMATCHED: 'Digest of unmatched institutions',
};
