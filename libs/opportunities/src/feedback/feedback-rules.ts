import { Role } from '@chn/core';
import { BookingStatus } from '../domain/opportunity.enums';
import { FeedbackParty, PUPIL_QUESTIONS, PupilQuestion } from './feedback-party';

/** Whose role gives each party's feedback: the school enters its pupils' answers as counts. */
export const ROLE_GIVING: Record<FeedbackParty, Role> = {
  CAREERS_LEADER: Role.CAREERS_LEADER,
  EMPLOYER: Role.EMPLOYER,
  PUPILS: Role.CAREERS_LEADER,
};

/** The parties whose feedback a role gives. */
export function partiesOf(role: Role): FeedbackParty[] {
  return Object.values(FeedbackParty).filter((party) => ROLE_GIVING[party] === role);
}

export interface DeliveryFacts {
  status: BookingStatus;
  attended: number | null;
  attendanceRecordedAt: Date | null;
  endsOn: string;
}

/**
 * A booking is a delivered encounter once its opportunity has come to its last day, attendance
 * is recorded (which needs a confirmed booking) and at least one pupil attended.
 */
export function isDelivered(booking: DeliveryFacts, today: string): boolean {
  return (
    booking.status === BookingStatus.CONFIRMED &&
    booking.attendanceRecordedAt !== null &&
    (booking.attended ?? 0) >= 1 &&
    today >= booking.endsOn
  );
}

export type PupilCounts = { responded: number } & Record<PupilQuestion, number>;

/**
 * The counts that do not fit: each answer at most the pupils who responded (`fields` name them),
 * and the respondents at most the pupils who attended (`exceedsAttendance`).
 */
export function pupilCountProblems(
  counts: PupilCounts,
  attended: number,
): { exceedsAttendance: boolean; fields: string[] } {
  const fields = (Object.keys(PUPIL_QUESTIONS) as PupilQuestion[]).filter(
    (question) => counts[question] > counts.responded,
  );
  const all = [
    counts.responded,
    ...Object.keys(PUPIL_QUESTIONS).map((q) => counts[q as PupilQuestion]),
  ];
  return { exceedsAttendance: all.some((count) => count > attended), fields };
}
