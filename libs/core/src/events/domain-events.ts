/**
 * Every domain event the service records, with the payload it carries. `recordEvent`, the
 * notification rules (libs/notifications/src/delivery/notification-rules.ts, who hears each one)
 * and the notifications' event read model all take their types from here, so a misspelt type or
 * a payload field missing on either side fails the build. Add an event here first.
 *
 * Payloads are JSON (they are stored as `jsonb`): ids, dates as `YYYY-MM-DD`, counts, and enum
 * values as their strings. They are `type` aliases, not interfaces, so each is a plain JSON object.
 */
export interface DomainEventPayloads {
  'match.proposed': MatchEventPayload;
  'match.accepted': MatchEventPayload;
  'match.declined': MatchEventPayload;
  'match.ended': MatchEventPayload;

  /** Also a request that joined the waiting list (`status` `WAITLISTED`). */
  'booking.requested': BookingEventPayload;
  'booking.confirmed': BookingEventPayload;
  'booking.declined': BookingEventPayload & { reason: string };
  'booking.cancelled': BookingEventPayload & { reason: string };
  /** Places came free and went to this booking, first on the waiting list. */
  'booking.place_offered': BookingEventPayload;
  /** A checklist item was done and the employer owes the next one (or records attendance). */
  'booking.checklist_to_employer': ChecklistHandOffPayload;
  /** A checklist item was done and the school owes the next one (or hears all is ready). */
  'booking.checklist_to_institution': ChecklistHandOffPayload;

  'opportunity.published': {
    employerId: string;
    title: string;
    kind: string;
    tier: string;
    sector: string;
    yearGroups: number[];
    startsOn: string;
    totalPlaces: number;
  };

  /** Submitted for the hub's approval (a placement always is; other opportunities when the hub asks). */
  'opportunity.submitted': OpportunityApprovalEventPayload & { placement: boolean };
  /** Approved by hub staff: it is now published (`opportunity.published` is recorded too). */
  'opportunity.approved': OpportunityApprovalEventPayload;
  /** Sent back to DRAFT by hub staff, with their reason. */
  'opportunity.rejected': OpportunityApprovalEventPayload & { reason: string };

  'membership.applied': MembershipEventPayload;
  'membership.approved': MembershipEventPayload;
  /** Hub staff renewed the membership (a lapsed one becomes ACTIVE again). */
  'membership.renewed': MembershipEventPayload;
  'membership.lapsed': MembershipEventPayload;
  'membership.withdrawn': MembershipEventPayload;
  /** A membership ended while the employer still had opportunities published. */
  'employer.published_without_membership': {
    employerId: string;
    membershipId: string;
    /** `LAPSED` or `WITHDRAWN`. */
    membershipStatus: string;
    publishedOpportunities: number;
  };

  /** A public application to join the hub's network: a PENDING membership and its contact. */
  'employer.applied': EmployerApplicationEventPayload;
  /** Hub staff approved a public application; the contact is to be invited to the console. */
  'employer.application_approved': EmployerApplicationEventPayload;

  'adviser.registered': { adviserId: string; selfRegistered: boolean };
  'adviser.approved': { adviserId: string; userId: string | null };
  /** Hub staff declined a volunteer; nothing is sent (the volunteer has no account). */
  'adviser.declined': { adviserId: string; reason: string };
  /** Recorded by the reminder scan (SQL, libs/notifications/src/reminders), once per expiry date. */
  'adviser.dbs_expiring': { expiresOn: string };

  // Reminders, recorded by the reminder scan (SQL, libs/notifications/src/reminders), once each.
  'reminder.match_unanswered': {
    matchId: string;
    adviserId: string;
    institutionId: string;
    proposedOn: string;
  };
  'reminder.booking_unconfirmed': ReminderBookingPayload;
  'reminder.opportunity_starting': { opportunityId: string; employerId: string };
  'reminder.attendance_due': ReminderBookingPayload;
  /** Once per booking: its checklist is still open close to the start (BOOKING_CHECKLIST_DUE_DAYS). */
  'reminder.checklist_overdue': ReminderBookingPayload;
  /** After a delivered encounter's last day, and once more if not given: feedback from the school. */
  'reminder.feedback_school': ReminderFeedbackPayload;
  /** After a delivered encounter's last day, and once more if not given: feedback from the employer. */
  'reminder.feedback_employer': ReminderFeedbackPayload;
  'reminder.induction_expiring': { adviserId: string; expiresOn: string };
  /** One per hub: how many institutions are unmatched, and the first 25 names. */
  'reminder.institutions_unmatched': {
    academicYear: string;
    count: number;
    institutions: string[];
  };
  'reminder.membership_renewal': { membershipId: string; employerId: string; renewalOn: string };
  /** Once per expiry date: the employer's liability insurance runs out soon. */
  'reminder.insurance_expiring': { employerId: string; expiresOn: string };
  /** Once per due date: an upcoming opportunity's risk assessment is due for review. */
  'reminder.risk_assessment_due': { opportunityId: string; employerId: string; dueOn: string };

  /**
   * One-time links mailed to the user the event is about (aggregate `user`). The secret rides in
   * the payload only so the email can carry it; `user_tokens` keeps its hash, and it is worthless
   * once used, replaced or expired.
   */
  'user.invited': { token: string; validDays: number };
  'user.password_reset_requested': { token: string; validMinutes: number };

  /** A hub event was published: its audience is invited (aggregate `hub_event`). */
  'hub_event.published': { eventId: string; title: string };
  /** A hub event was cancelled: everyone registered (or waiting) hears it once. */
  'hub_event.cancelled': { eventId: string; title: string; reason: string };
  /** A registration holds its places (aggregate `hub_event_registration`): with an .ics file. */
  'hub_event.registration_confirmed': HubEventRegistrationPayload;
  /** A registration joined the event's waiting list. */
  'hub_event.waitlisted': HubEventRegistrationPayload;
  /** Places came free and went to this registration, first on the waiting list. */
  'hub_event.place_offered': HubEventRegistrationPayload;
  /**
   * A public registration asks its adult to confirm their address. The secret rides in the
   * payload only so the email can carry it; the registration keeps its hash.
   */
  'hub_event.address_confirmation_requested': {
    eventId: string;
    registrationId: string;
    token: string;
  };
  /** After the event, its follow-up resources for an attendee who agreed to be contacted. */
  'hub_event.follow_up': { eventId: string; registrationId: string };
  /** Recorded by the reminder scan the day before a hub event, once per registration. */
  'reminder.hub_event_tomorrow': { eventId: string; registrationId: string };

  /** Hub staff asked to send a FAILED email again; the aggregate is the notification. */
  'notification.retry_requested': Record<string, never>;
}

export type DomainEventType = keyof DomainEventPayloads;

/** The events whose type starts with `prefix.`, e.g. `EventsOf<'booking'>`. */
export type EventsOf<Prefix extends string> = Extract<DomainEventType, `${Prefix}.${string}`>;

/** A match as it stands after the change. */
export type MatchEventPayload = {
  matchId: string;
  adviserId: string;
  institutionId: string;
  /** `ONE_TO_ONE` or `AGILE`. */
  type: string;
  status: string;
};

/** A booking as it stands after the change (its status included). */
export type BookingEventPayload = {
  opportunityId: string;
  institutionId: string;
  places: number;
  fsmPlaces: number;
  yearGroup: number;
  status: string;
};

/** A booking's checklist handed to the next side: the item just done and those still open. */
export type ChecklistHandOffPayload = {
  bookingId: string;
  opportunityId: string;
  institutionId: string;
  completed: string;
  open: string[];
};

/** An opportunity on its way through the hub's approval. */
export type OpportunityApprovalEventPayload = { employerId: string; title: string };

/** A public employer application; the contact has no account yet. */
export type EmployerApplicationEventPayload = {
  applicationId: string;
  employerId: string;
  membershipId: string;
  organisationName: string;
  contactName: string;
  contactEmail: string;
};

/** A hub event registration as it stands after the change. */
export type HubEventRegistrationPayload = {
  eventId: string;
  registrationId: string;
  places: number;
  status: string;
};

/** A membership as it stands after the change. */
export type MembershipEventPayload = { employerId: string; status: string };

/** A feedback request (`reminder` false) or its one reminder (true), about a delivered booking. */
type ReminderFeedbackPayload = ReminderBookingPayload & { reminder: boolean };

type ReminderBookingPayload = {
  bookingId: string;
  opportunityId: string;
  institutionId: string;
  places: number;
};
