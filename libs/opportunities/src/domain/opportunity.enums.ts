/** What an employer offers young people. */
export enum OpportunityKind {
  WORKPLACE_VISIT = 'WORKPLACE_VISIT',
  WORK_EXPERIENCE_PLACEMENT = 'WORK_EXPERIENCE_PLACEMENT',
  CAREERS_TALK = 'CAREERS_TALK',
  VIRTUAL_EXPERIENCE = 'VIRTUAL_EXPERIENCE',
  PROJECT = 'PROJECT',
  SUPPORTED_INTERNSHIP = 'SUPPORTED_INTERNSHIP',
  MENTORING = 'MENTORING',
  MOCK_INTERVIEWS = 'MOCK_INTERVIEWS',
}

/** The equalex tier: how deep the experience goes. */
export enum Tier {
  T1 = 'T1',
  T2 = 'T2',
  T3 = 'T3',
}

export enum DeliveryMode {
  IN_PERSON = 'IN_PERSON',
  VIRTUAL = 'VIRTUAL',
  HYBRID = 'HYBRID',
}

/** The seven criteria of a meaningful experience (Gatsby Benchmark 6, updated). */
export enum MeaningfulCriterion {
  CLEAR_PURPOSE = 'CLEAR_PURPOSE',
  LEARNING_OUTCOMES = 'LEARNING_OUTCOMES',
  TWO_WAY_INTERACTION = 'TWO_WAY_INTERACTION',
  MEETS_RANGE_OF_PEOPLE = 'MEETS_RANGE_OF_PEOPLE',
  PERFORMS_TASK = 'PERFORMS_TASK',
  EMPLOYER_FEEDBACK = 'EMPLOYER_FEEDBACK',
  REFLECTION = 'REFLECTION',
}

export const MEANINGFUL_CRITERIA_COUNT = Object.keys(MeaningfulCriterion).length;

export enum OpportunityStatus {
  DRAFT = 'DRAFT',
  /** Submitted for the hub's approval; published once hub staff approve it. */
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

export enum BookingStatus {
  REQUESTED = 'REQUESTED',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  WAITLISTED = 'WAITLISTED',
}

/** Bookings in these states take places from the opportunity; the others hold none. */
export const HOLDING_STATUSES: readonly BookingStatus[] = [
  BookingStatus.REQUESTED,
  BookingStatus.CONFIRMED,
];

/** Bookings a cancellation still applies to. */
export const OPEN_BOOKING_STATUSES: readonly BookingStatus[] = [
  ...HOLDING_STATUSES,
  BookingStatus.WAITLISTED,
];
