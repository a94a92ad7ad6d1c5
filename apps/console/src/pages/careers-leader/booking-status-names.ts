import type { BookingStatus } from '../../gql/graphql';

/** What the careers leader can expect after each status. */
export const BOOKING_NEXT_STEP: Record<BookingStatus, string> = {
  REQUESTED: 'The employer confirms or declines; you are told by email either way.',
  WAITLISTED:
    'If places free up, the hub offers them to the waiting list (schools with more pupils on free school meals and fewer days booked come first); you are told by email.',
  CONFIRMED: 'Your pupils attend on the day; the employer records attendance afterwards.',
  DECLINED: 'Nothing more: look for another opportunity below.',
  CANCELLED: 'Nothing more: the places went back to the opportunity.',
};
