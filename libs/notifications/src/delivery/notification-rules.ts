import { DomainEventType } from '@chn/core';
import { NotificationKind } from '../entities/notification.enums';

/** Who hears about an event, by their relation to it (DESIGN.md roles). */
export enum Audience {
  /** The adviser of the event (their account's address, else the adviser record's). */
  ADVISER = 'ADVISER',
  /** The careers leader of the event's institution. */
  CAREERS_LEADER = 'CAREERS_LEADER',
  /** HUB_STAFF users of the event's hub. */
  HUB_STAFF = 'HUB_STAFF',
  /** Contacts of the event's employer (or of the employer offering its opportunity). */
  EMPLOYER_CONTACTS = 'EMPLOYER_CONTACTS',
  /** Careers leaders of institutions with a confirmed booking on the event's opportunity. */
  BOOKED_CAREERS_LEADERS = 'BOOKED_CAREERS_LEADERS',
  /** The user the event is about (its aggregate), whether or not they have signed in yet. */
  USER = 'USER',
  /**
   * Those a hub event is for: by its audiences' roles (active advisers, contacts of employers
   * with an active membership, careers leaders of the hub's institutions), narrowed by its
   * sector group (employers in it) and local authorities (advisers reaching, institutions in).
   */
  HUB_EVENT_INVITEES = 'HUB_EVENT_INVITEES',
  /** The person of the event's registration: the user, or the adult of a public registration. */
  HUB_EVENT_REGISTRANT = 'HUB_EVENT_REGISTRANT',
  /** Everyone holding a place at, or waiting for, the event (each address once). */
  HUB_EVENT_REGISTRANTS = 'HUB_EVENT_REGISTRANTS',
}

export interface NotificationRule {
  kind: NotificationKind;
  audiences: readonly Audience[];
}

/**
 * Who hears about each domain event (the events and their payloads: `DomainEventPayloads` in
 * libs/core/src/events/domain-events.ts). Every event is listed, `null` when it notifies nobody,
 * so a new event fails the build until someone decides who hears it. Each kind of notification
 * comes from one event, whose payload its template reads (`EventOfKind`).
 */
export const NOTIFICATION_RULES = {
  'match.proposed': {
    kind: NotificationKind.MATCH_PROPOSED,
    audiences: [Audience.ADVISER, Audience.CAREERS_LEADER],
  },
  'match.accepted': {
    kind: NotificationKind.MATCH_ACCEPTED,
    audiences: [Audience.CAREERS_LEADER, Audience.HUB_STAFF],
  },
  'match.declined': { kind: NotificationKind.MATCH_DECLINED, audiences: [Audience.HUB_STAFF] },
  'match.ended': {
    kind: NotificationKind.MATCH_ENDED,
    audiences: [Audience.ADVISER, Audience.CAREERS_LEADER],
  },
  'booking.requested': {
    kind: NotificationKind.BOOKING_REQUESTED,
    audiences: [Audience.EMPLOYER_CONTACTS],
  },
  'booking.confirmed': {
    kind: NotificationKind.BOOKING_CONFIRMED,
    audiences: [Audience.CAREERS_LEADER],
  },
  'booking.declined': {
    kind: NotificationKind.BOOKING_DECLINED,
    audiences: [Audience.CAREERS_LEADER],
  },
  'booking.cancelled': {
    kind: NotificationKind.BOOKING_CANCELLED,
    audiences: [Audience.CAREERS_LEADER, Audience.EMPLOYER_CONTACTS],
  },
  'booking.place_offered': {
    kind: NotificationKind.PLACE_OFFERED,
    audiences: [Audience.CAREERS_LEADER],
  },
  'booking.checklist_to_employer': {
    kind: NotificationKind.CHECKLIST_TO_EMPLOYER,
    audiences: [Audience.EMPLOYER_CONTACTS],
  },
  'booking.checklist_to_institution': {
    kind: NotificationKind.CHECKLIST_TO_INSTITUTION,
    audiences: [Audience.CAREERS_LEADER],
  },
  'opportunity.published': null,
  'opportunity.submitted': {
    kind: NotificationKind.OPPORTUNITY_SUBMITTED,
    audiences: [Audience.HUB_STAFF],
  },
  'opportunity.approved': {
    kind: NotificationKind.OPPORTUNITY_APPROVED,
    audiences: [Audience.EMPLOYER_CONTACTS],
  },
  'opportunity.rejected': {
    kind: NotificationKind.OPPORTUNITY_REJECTED,
    audiences: [Audience.EMPLOYER_CONTACTS],
  },
  'membership.applied': {
    kind: NotificationKind.MEMBERSHIP_APPLIED,
    audiences: [Audience.HUB_STAFF],
  },
  'membership.approved': {
    kind: NotificationKind.MEMBERSHIP_APPROVED,
    audiences: [Audience.EMPLOYER_CONTACTS],
  },
  'membership.lapsed': {
    kind: NotificationKind.MEMBERSHIP_LAPSED,
    audiences: [Audience.EMPLOYER_CONTACTS],
  },
  'membership.renewed': null,
  'membership.withdrawn': null,
  'employer.published_without_membership': {
    kind: NotificationKind.PUBLISHED_WITHOUT_MEMBERSHIP,
    audiences: [Audience.HUB_STAFF],
  },
  'employer.applied': { kind: NotificationKind.EMPLOYER_APPLIED, audiences: [Audience.HUB_STAFF] },
  /** The contact has no account yet: the invitation (identity) is what reaches them. */
  'employer.application_approved': null,
  'adviser.registered': {
    kind: NotificationKind.ADVISER_REGISTERED,
    audiences: [Audience.HUB_STAFF],
  },
  'adviser.approved': { kind: NotificationKind.ADVISER_APPROVED, audiences: [Audience.ADVISER] },
  'adviser.declined': null,
  'adviser.dbs_expiring': {
    kind: NotificationKind.DBS_EXPIRING,
    audiences: [Audience.ADVISER, Audience.HUB_STAFF],
  },
  'reminder.match_unanswered': {
    kind: NotificationKind.MATCH_UNANSWERED,
    audiences: [Audience.ADVISER],
  },
  'reminder.booking_unconfirmed': {
    kind: NotificationKind.BOOKING_UNCONFIRMED,
    audiences: [Audience.EMPLOYER_CONTACTS],
  },
  'reminder.opportunity_starting': {
    kind: NotificationKind.OPPORTUNITY_STARTING,
    audiences: [Audience.BOOKED_CAREERS_LEADERS, Audience.EMPLOYER_CONTACTS],
  },
  'reminder.attendance_due': {
    kind: NotificationKind.ATTENDANCE_DUE,
    audiences: [Audience.EMPLOYER_CONTACTS],
  },
  'reminder.induction_expiring': {
    kind: NotificationKind.INDUCTION_EXPIRING,
    audiences: [Audience.ADVISER, Audience.HUB_STAFF],
  },
  'reminder.institutions_unmatched': {
    kind: NotificationKind.INSTITUTIONS_UNMATCHED,
    audiences: [Audience.HUB_STAFF],
  },
  'reminder.membership_renewal': {
    kind: NotificationKind.MEMBERSHIP_RENEWAL_DUE,
    audiences: [Audience.EMPLOYER_CONTACTS],
  },
  'reminder.insurance_expiring': {
    kind: NotificationKind.INSURANCE_EXPIRING,
    audiences: [Audience.EMPLOYER_CONTACTS, Audience.HUB_STAFF],
  },
  'reminder.checklist_overdue': {
    kind: NotificationKind.CHECKLIST_OVERDUE,
    audiences: [Audience.CAREERS_LEADER, Audience.EMPLOYER_CONTACTS],
  },
  'reminder.feedback_school': {
    kind: NotificationKind.FEEDBACK_REQUESTED_FROM_SCHOOL,
    audiences: [Audience.CAREERS_LEADER],
  },
  'reminder.feedback_employer': {
    kind: NotificationKind.FEEDBACK_REQUESTED_FROM_EMPLOYER,
    audiences: [Audience.EMPLOYER_CONTACTS],
  },
  'reminder.risk_assessment_due': {
    kind: NotificationKind.RISK_ASSESSMENT_DUE,
    audiences: [Audience.EMPLOYER_CONTACTS],
  },
  'user.invited': { kind: NotificationKind.ACCOUNT_INVITATION, audiences: [Audience.USER] },
  'user.password_reset_requested': {
    kind: NotificationKind.PASSWORD_RESET,
    audiences: [Audience.USER],
  },
  'hub_event.published': {
    kind: NotificationKind.HUB_EVENT_INVITATION,
    audiences: [Audience.HUB_EVENT_INVITEES],
  },
  'hub_event.cancelled': {
    kind: NotificationKind.HUB_EVENT_CANCELLED,
    audiences: [Audience.HUB_EVENT_REGISTRANTS],
  },
  'hub_event.registration_confirmed': {
    kind: NotificationKind.HUB_EVENT_CONFIRMED,
    audiences: [Audience.HUB_EVENT_REGISTRANT],
  },
  'hub_event.waitlisted': {
    kind: NotificationKind.HUB_EVENT_WAITLISTED,
    audiences: [Audience.HUB_EVENT_REGISTRANT],
  },
  'hub_event.place_offered': {
    kind: NotificationKind.HUB_EVENT_PLACE_OFFERED,
    audiences: [Audience.HUB_EVENT_REGISTRANT],
  },
  'hub_event.address_confirmation_requested': {
    kind: NotificationKind.HUB_EVENT_ADDRESS_CONFIRMATION,
    audiences: [Audience.HUB_EVENT_REGISTRANT],
  },
  'hub_event.follow_up': {
    kind: NotificationKind.HUB_EVENT_FOLLOW_UP,
    audiences: [Audience.HUB_EVENT_REGISTRANT],
  },
  'reminder.hub_event_tomorrow': {
    kind: NotificationKind.HUB_EVENT_REMINDER,
    audiences: [Audience.HUB_EVENT_REGISTRANT],
  },
  /** Not a notification of its own: the fan-out sends the FAILED email named again. */
  'notification.retry_requested': null,
} as const satisfies { readonly [T in DomainEventType]: NotificationRule | null };

/** Asks the worker to send a FAILED notification again; recorded by `retryNotification`. */
export const RETRY_EVENT_TYPE = 'notification.retry_requested' satisfies DomainEventType;

type Rules = typeof NOTIFICATION_RULES;

/** The event a kind of notification is about. */
export type EventOfKind<K extends NotificationKind> = {
  [T in DomainEventType]: Rules[T] extends { kind: K } ? T : never;
}[DomainEventType];

/** Whether a stored event's type is one this build knows (older rows may hold retired types). */
export function isKnownEventType(type: string): type is DomainEventType {
  return Object.hasOwn(NOTIFICATION_RULES, type);
}
