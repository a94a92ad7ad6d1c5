import { registerEnumType } from '@nestjs/graphql';

/** What a notification is about; people choose per kind whether they want it by email. */
export enum NotificationKind {
  MATCH_PROPOSED = 'MATCH_PROPOSED',
  MATCH_ACCEPTED = 'MATCH_ACCEPTED',
  MATCH_DECLINED = 'MATCH_DECLINED',
  MATCH_ENDED = 'MATCH_ENDED',
  MATCH_UNANSWERED = 'MATCH_UNANSWERED',
  BOOKING_REQUESTED = 'BOOKING_REQUESTED',
  BOOKING_CONFIRMED = 'BOOKING_CONFIRMED',
  BOOKING_DECLINED = 'BOOKING_DECLINED',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  PLACE_OFFERED = 'PLACE_OFFERED',
  BOOKING_UNCONFIRMED = 'BOOKING_UNCONFIRMED',
  OPPORTUNITY_STARTING = 'OPPORTUNITY_STARTING',
  ATTENDANCE_DUE = 'ATTENDANCE_DUE',
  MEMBERSHIP_APPLIED = 'MEMBERSHIP_APPLIED',
  EMPLOYER_APPLIED = 'EMPLOYER_APPLIED',
  MEMBERSHIP_APPROVED = 'MEMBERSHIP_APPROVED',
  MEMBERSHIP_LAPSED = 'MEMBERSHIP_LAPSED',
  MEMBERSHIP_RENEWAL_DUE = 'MEMBERSHIP_RENEWAL_DUE',
  PUBLISHED_WITHOUT_MEMBERSHIP = 'PUBLISHED_WITHOUT_MEMBERSHIP',
  ADVISER_REGISTERED = 'ADVISER_REGISTERED',
  ADVISER_APPROVED = 'ADVISER_APPROVED',
  DBS_EXPIRING = 'DBS_EXPIRING',
  INDUCTION_EXPIRING = 'INDUCTION_EXPIRING',
  INSTITUTIONS_UNMATCHED = 'INSTITUTIONS_UNMATCHED',
  ACCOUNT_INVITATION = 'ACCOUNT_INVITATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
  OPPORTUNITY_SUBMITTED = 'OPPORTUNITY_SUBMITTED',
  OPPORTUNITY_APPROVED = 'OPPORTUNITY_APPROVED',
  OPPORTUNITY_REJECTED = 'OPPORTUNITY_REJECTED',
  INSURANCE_EXPIRING = 'INSURANCE_EXPIRING',
  RISK_ASSESSMENT_DUE = 'RISK_ASSESSMENT_DUE',
  CHECKLIST_TO_EMPLOYER = 'CHECKLIST_TO_EMPLOYER',
  CHECKLIST_TO_INSTITUTION = 'CHECKLIST_TO_INSTITUTION',
  CHECKLIST_OVERDUE = 'CHECKLIST_OVERDUE',
  FEEDBACK_REQUESTED_FROM_SCHOOL = 'FEEDBACK_REQUESTED_FROM_SCHOOL',
  FEEDBACK_REQUESTED_FROM_EMPLOYER = 'FEEDBACK_REQUESTED_FROM_EMPLOYER',
  HUB_EVENT_INVITATION = 'HUB_EVENT_INVITATION',
  HUB_EVENT_CONFIRMED = 'HUB_EVENT_CONFIRMED',
  HUB_EVENT_WAITLISTED = 'HUB_EVENT_WAITLISTED',
  HUB_EVENT_PLACE_OFFERED = 'HUB_EVENT_PLACE_OFFERED',
  HUB_EVENT_ADDRESS_CONFIRMATION = 'HUB_EVENT_ADDRESS_CONFIRMATION',
  HUB_EVENT_REMINDER = 'HUB_EVENT_REMINDER',
  HUB_EVENT_FOLLOW_UP = 'HUB_EVENT_FOLLOW_UP',
  HUB_EVENT_CANCELLED = 'HUB_EVENT_CANCELLED',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesMap: {
    MATCH_PROPOSED: { description: 'An adviser was proposed to an institution.' },
    MATCH_ACCEPTED: { description: 'An adviser accepted a proposed match.' },
    MATCH_DECLINED: { description: 'An adviser declined a proposed match.' },
    MATCH_ENDED: { description: 'A match ended.' },
    MATCH_UNANSWERED: { description: 'Reminder: a proposed match is still unanswered.' },
    BOOKING_REQUESTED: {
      description: 'An institution asked for places (or joined the waiting list).',
    },
    BOOKING_CONFIRMED: { description: 'The employer confirmed a booking.' },
    BOOKING_DECLINED: { description: 'The employer declined a booking.' },
    BOOKING_CANCELLED: { description: 'A booking was cancelled.' },
    PLACE_OFFERED: { description: 'Places freed up and were offered to the waiting list.' },
    BOOKING_UNCONFIRMED: {
      description: 'Reminder: a booking is unconfirmed shortly before the start.',
    },
    OPPORTUNITY_STARTING: { description: 'Reminder: an opportunity starts soon.' },
    ATTENDANCE_DUE: { description: 'Reminder: attendance has not been recorded after the end.' },
    MEMBERSHIP_APPLIED: { description: 'An employer applied to join the network.' },
    EMPLOYER_APPLIED: {
      description: 'An organisation applied from the public form to join the network.',
    },
    MEMBERSHIP_APPROVED: { description: 'A network membership was approved.' },
    MEMBERSHIP_LAPSED: { description: 'A network membership lapsed.' },
    MEMBERSHIP_RENEWAL_DUE: { description: 'Reminder: a network membership is due for renewal.' },
    PUBLISHED_WITHOUT_MEMBERSHIP: {
      description:
        'A membership lapsed or was withdrawn while the employer had published opportunities, which stay bookable until the hub decides.',
    },
    ADVISER_REGISTERED: { description: 'An adviser registered and awaits approval.' },
    ADVISER_APPROVED: { description: 'An adviser was approved.' },
    ACCOUNT_INVITATION: { description: 'An invitation to set a password and sign in.' },
    PASSWORD_RESET: { description: 'A link to choose a new password.' },
    DBS_EXPIRING: { description: "Reminder: an adviser's DBS check runs out soon." },
    INDUCTION_EXPIRING: { description: "Reminder: an adviser's induction runs out soon." },
    INSTITUTIONS_UNMATCHED: {
      description: 'Digest: institutions still unmatched well into the academic year.',
    },
    OPPORTUNITY_SUBMITTED: { description: 'An opportunity was submitted for the hub’s approval.' },
    OPPORTUNITY_APPROVED: { description: 'Hub staff approved an opportunity: it is published.' },
    OPPORTUNITY_REJECTED: {
      description: 'Hub staff sent an opportunity back to draft, with their reason.',
    },
    INSURANCE_EXPIRING: {
      description: 'Reminder: an employer’s liability insurance runs out soon.',
    },
    RISK_ASSESSMENT_DUE: {
      description: 'Reminder: an opportunity’s risk assessment is due for review.',
    },
    CHECKLIST_TO_EMPLOYER: {
      description: 'A booking’s checklist is handed to the employer (its items, or attendance).',
    },
    CHECKLIST_TO_INSTITUTION: {
      description: 'A booking’s checklist is handed to the school (its items, or all is ready).',
    },
    CHECKLIST_OVERDUE: {
      description: 'Reminder: a booking’s checklist is still open close to the start.',
    },
    FEEDBACK_REQUESTED_FROM_SCHOOL: {
      description:
        'An encounter was delivered: the careers leader’s and the pupils’ feedback is asked for (and reminded once).',
    },
    FEEDBACK_REQUESTED_FROM_EMPLOYER: {
      description:
        'An encounter was delivered: the employer’s feedback is asked for (and reminded once).',
    },
    HUB_EVENT_INVITATION: { description: 'An invitation to a hub event meant for you.' },
    HUB_EVENT_CONFIRMED: { description: 'Your place at a hub event, with a calendar file.' },
    HUB_EVENT_WAITLISTED: { description: 'You joined a hub event’s waiting list.' },
    HUB_EVENT_PLACE_OFFERED: {
      description: 'A place at a hub event came free and is yours, with a calendar file.',
    },
    HUB_EVENT_ADDRESS_CONFIRMATION: {
      description: 'A link to confirm the address of a public event registration.',
    },
    HUB_EVENT_REMINDER: { description: 'Reminder: a hub event you registered for is tomorrow.' },
    HUB_EVENT_FOLLOW_UP: { description: 'The follow-up resources of a hub event you attended.' },
    HUB_EVENT_CANCELLED: { description: 'A hub event you registered for was cancelled.' },
  },
});

/** How a notification reaches someone. */
export enum NotificationChannel {
  EMAIL = 'EMAIL',
  IN_APP = 'IN_APP',
}

/** Delivery state of one notification. */
export enum NotificationStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  /** Not sent because the recipient turned this kind of email off. */
  SKIPPED = 'SKIPPED',
}

registerEnumType(NotificationStatus, {
  name: 'NotificationStatus',
  description: 'Delivery state of an email notification.',
  valuesMap: {
    PENDING: { description: 'Waiting to be sent, or between retries.' },
    SENT: { description: 'Accepted by the mail service.' },
    FAILED: { description: 'Given up after the last try, or refused for good.' },
    SKIPPED: { description: 'Not sent: the recipient turned this kind of email off.' },
  },
});
