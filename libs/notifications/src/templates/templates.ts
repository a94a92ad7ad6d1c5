import { DomainEventPayloads } from '@chn/core';
import { NotificationKind } from '../entities/notification.enums';
import { EventSubject } from '../delivery/event-read-model';
import { EventOfKind } from '../delivery/notification-rules';
import { HUB_EVENT_TEMPLATES } from './hub-event-templates';

/** What a template of kind `K` reads: the names around the event, and its event's payload. */
export type TemplateInput<K extends NotificationKind = NotificationKind> = Carrying<
  DomainEventPayloads[EventOfKind<K>]
>;

/** The input of a template whose event's payload carries `P`. */
interface Carrying<P> {
  subject: EventSubject;
  payload: P;
  aggregateId: string;
}

export interface Template<K extends NotificationKind> {
  subject: (t: TemplateInput<K>) => string;
  /** Paragraphs of the message, plain text. */
  body: (t: TemplateInput<K>) => string[];
  /** What the link invites the reader to do, and where it goes (a console page under PUBLIC_URL). */
  action: (t: TemplateInput<K>) => { label: string; path: string };
  /** Files sent with the email (an event's iCalendar file). */
  attachments?: (t: TemplateInput<K>) => EmailAttachment[];
}

/** A file attached to an email: its name, MIME type and text. */
export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** Every link opens the web console, which asks the reader to sign in first and then shows the page. */
const CONSOLE = '/console';

const s = (value: unknown, fallback = '') =>
  value === null || value === undefined ? fallback : String(value);
const adviser = (t: TemplateInput) => t.subject.adviserName ?? 'an Enterprise Adviser';
const institution = (t: TemplateInput) => t.subject.institutionName ?? 'an institution';
const employer = (t: TemplateInput) => t.subject.employerName ?? 'an employer';
const opportunity = (t: TemplateInput) => t.subject.opportunityTitle ?? 'an opportunity';
const dates = (t: TemplateInput) =>
  t.subject.startsOn === t.subject.endsOn
    ? `on ${s(t.subject.startsOn)}`
    : `from ${s(t.subject.startsOn)} to ${s(t.subject.endsOn)}`;
const places = (t: Carrying<{ places: number }>) => {
  const n = t.payload.places;
  return `${n} place${n === 1 ? '' : 's'}`;
};
const publishedOpportunities = (
  t: TemplateInput<NotificationKind.PUBLISHED_WITHOUT_MEMBERSHIP>,
  sentence = false,
) => {
  const n = t.payload.publishedOpportunities;
  const phrase = `${n} opportunit${n === 1 ? 'y' : 'ies'}`;
  return sentence ? `Its ${phrase} ${n === 1 ? 'is' : 'are'}` : phrase;
};
const match = (t: Carrying<{ matchId: string }>) => ({
  label: 'Open the match',
  path: `${CONSOLE}/matches/${s(t.payload.matchId, t.aggregateId)}`,
});
/** Booking events are about the booking (their aggregate); reminders name it in the payload. */
const booking = (t: Carrying<object>) => ({
  label: 'Open the booking',
  path: `${CONSOLE}/bookings/${'bookingId' in t.payload ? s(t.payload.bookingId, t.aggregateId) : t.aggregateId}`,
});
/** The feedback form sits on the booking's page. */
const feedback = (t: Carrying<{ bookingId: string }>) => ({
  label: 'Give feedback',
  path: `${CONSOLE}/bookings/${s(t.payload.bookingId, t.aggregateId)}#feedback`,
});
const opportunityLink = (t: TemplateInput) => ({
  label: 'Open the opportunity',
  path: `${CONSOLE}/opportunities/${s(t.subject.opportunityId, t.aggregateId)}`,
});
const adviserLink = (t: TemplateInput) => ({
  label: 'Open the adviser',
  path: `${CONSOLE}/advisers/${s(t.subject.adviserId, t.aggregateId)}`,
});
/** Hub staff answer submissions in the console's approval queue. */
const approvals = () => ({ label: 'Open the approval queue', path: `${CONSOLE}/approvals` });
/** Employers keep their insurance and risk assessments on the console's compliance page. */
const compliance = () => ({ label: 'Open compliance records', path: `${CONSOLE}/compliance` });
/** A booking checklist's items as readers know them (ChecklistItem in libs/opportunities). */
const CHECKLIST_ITEM_NAMES: Readonly<Record<string, string>> = {
  PARENTAL_CONSENT: 'parental consent for every pupil',
  NEEDS_SHARED: 'medical, SEND and access needs shared',
  TRAVEL_ARRANGED: 'travel arrangements',
  SUPERVISOR_NAMED: 'the workplace supervisor named',
  INDUCTION_CONFIRMED: 'the induction confirmed',
};
const checklistItems = (items: string[]) =>
  items.map((item) => CHECKLIST_ITEM_NAMES[item] ?? item).join('; ');
/** Memberships are read and answered on the console's Employer Network page. */
const membership = () => ({ label: 'Open the employer network', path: `${CONSOLE}/network` });

/** One template per kind: English, plain words, one link to act. */
export const TEMPLATES: { [K in NotificationKind]: Template<K> } = {
  [NotificationKind.MATCH_PROPOSED]: {
    subject: (t) => `Proposed match: ${adviser(t)} with ${institution(t)}`,
    body: (t) => [
      `${t.subject.hubName} has proposed ${adviser(t)} as Enterprise Adviser to ${institution(t)}.`,
      'The adviser can accept or decline the proposal.',
    ],
    action: (t) => ({ ...match(t), label: 'Review the proposal' }),
  },
  [NotificationKind.MATCH_ACCEPTED]: {
    subject: (t) => `Match accepted: ${adviser(t)} with ${institution(t)}`,
    body: (t) => [
      `${adviser(t)} accepted the match with ${institution(t)}. The partnership is now active.`,
    ],
    action: match,
  },
  [NotificationKind.MATCH_DECLINED]: {
    subject: (t) => `Match declined: ${adviser(t)} with ${institution(t)}`,
    body: (t) => [
      `${adviser(t)} declined the proposed match with ${institution(t)}.`,
      'The institution still needs an adviser.',
    ],
    action: match,
  },
  [NotificationKind.MATCH_ENDED]: {
    subject: (t) => `Match ended: ${adviser(t)} with ${institution(t)}`,
    body: (t) => [`The match between ${adviser(t)} and ${institution(t)} has ended.`],
    action: match,
  },
  [NotificationKind.MATCH_UNANSWERED]: {
    subject: (t) => `Reminder: please answer the proposed match with ${institution(t)}`,
    body: (t) => [
      `${t.subject.hubName} proposed you as Enterprise Adviser to ${institution(t)} on ${s(t.payload.proposedOn)}, and the proposal is still waiting for your answer.`,
      'Please accept or decline it so the institution knows where it stands.',
    ],
    action: (t) => ({ ...match(t), label: 'Answer the proposal' }),
  },
  [NotificationKind.BOOKING_REQUESTED]: {
    subject: (t) =>
      t.payload.status === 'WAITLISTED'
        ? `Waiting list: ${institution(t)} for ${opportunity(t)}`
        : `Booking request: ${institution(t)} for ${opportunity(t)}`,
    body: (t) =>
      t.payload.status === 'WAITLISTED'
        ? [
            `${institution(t)} joined the waiting list for ${places(t)} on ${opportunity(t)} (year ${s(t.payload.yearGroup)}).`,
          ]
        : [
            `${institution(t)} asked for ${places(t)} on ${opportunity(t)} (year ${s(t.payload.yearGroup)}), ${dates(t)}.`,
            'Please confirm or decline the booking.',
          ],
    action: (t) => ({ ...booking(t), label: 'Answer the booking' }),
  },
  [NotificationKind.BOOKING_CONFIRMED]: {
    subject: (t) => `Booking confirmed: ${opportunity(t)}`,
    body: (t) => [
      `${employer(t)} confirmed ${places(t)} for ${institution(t)} on ${opportunity(t)}, ${dates(t)}.`,
    ],
    action: booking,
  },
  [NotificationKind.BOOKING_DECLINED]: {
    subject: (t) => `Booking declined: ${opportunity(t)}`,
    body: (t) => [
      `${employer(t)} could not take the booking of ${places(t)} for ${institution(t)} on ${opportunity(t)}.`,
      ...(t.payload.reason ? [`Reason given: ${s(t.payload.reason)}`] : []),
    ],
    action: booking,
  },
  [NotificationKind.BOOKING_CANCELLED]: {
    subject: (t) => `Booking cancelled: ${opportunity(t)}`,
    body: (t) => [
      `The booking of ${places(t)} for ${institution(t)} on ${opportunity(t)} was cancelled.`,
      ...(t.payload.reason ? [`Reason given: ${s(t.payload.reason)}`] : []),
    ],
    action: booking,
  },
  [NotificationKind.PLACE_OFFERED]: {
    subject: (t) => `Places freed up for you: ${opportunity(t)}`,
    body: (t) => [
      `${places(t)} on ${opportunity(t)} came free and now go to ${institution(t)}, first on the waiting list.`,
      `${employer(t)} will confirm the booking. The opportunity runs ${dates(t)}.`,
    ],
    action: booking,
  },
  [NotificationKind.BOOKING_UNCONFIRMED]: {
    subject: (t) => `Reminder: unconfirmed booking for ${opportunity(t)}`,
    body: (t) => [
      `${institution(t)} is still waiting to hear whether its booking of ${places(t)} on ${opportunity(t)} is confirmed, and the opportunity starts on ${s(t.subject.startsOn)}.`,
      'Please confirm or decline it now.',
    ],
    action: (t) => ({ ...booking(t), label: 'Answer the booking' }),
  },
  [NotificationKind.OPPORTUNITY_STARTING]: {
    subject: (t) => `Starting soon: ${opportunity(t)} on ${s(t.subject.startsOn)}`,
    body: (t) => [
      `${opportunity(t)} with ${employer(t)} starts on ${s(t.subject.startsOn)}. Please check the arrangements.`,
    ],
    action: opportunityLink,
  },
  [NotificationKind.ATTENDANCE_DUE]: {
    subject: (t) => `Please record attendance: ${opportunity(t)}`,
    body: (t) => [
      `${opportunity(t)} ended on ${s(t.subject.endsOn)}, and attendance for ${institution(t)} has not been recorded yet.`,
      'Recording who attended lets the school count the experience towards its goals.',
    ],
    action: (t) => ({ ...booking(t), label: 'Record attendance' }),
  },
  [NotificationKind.MEMBERSHIP_APPLIED]: {
    subject: (t) => `Network application: ${employer(t)}`,
    body: (t) => [`${employer(t)} applied to join the ${t.subject.hubName} employer network.`],
    action: () => ({ ...membership(), label: 'Review the application' }),
  },
  [NotificationKind.EMPLOYER_APPLIED]: {
    subject: (t) => `Network application: ${t.payload.organisationName}`,
    body: (t) => [
      `${t.payload.organisationName} applied to join the ${t.subject.hubName} employer network.`,
      `Their contact is ${t.payload.contactName} (${t.payload.contactEmail}). Approving the application invites them to the console.`,
    ],
    action: () => ({ ...membership(), label: 'Review the application' }),
  },
  [NotificationKind.MEMBERSHIP_APPROVED]: {
    subject: (t) => `Welcome to the ${t.subject.hubName} employer network`,
    body: (t) => [
      `${employer(t)} is now a member of the ${t.subject.hubName} employer network. You can post opportunities for young people.`,
    ],
    action: membership,
  },
  [NotificationKind.MEMBERSHIP_LAPSED]: {
    subject: (t) => `Your ${t.subject.hubName} network membership has lapsed`,
    body: (t) => [
      `The membership of ${employer(t)} in the ${t.subject.hubName} employer network has lapsed.`,
    ],
    action: membership,
  },
  [NotificationKind.MEMBERSHIP_RENEWAL_DUE]: {
    subject: (t) =>
      `Your ${t.subject.hubName} network membership renews on ${s(t.payload.renewalOn)}`,
    body: (t) => [
      `The membership of ${employer(t)} in the ${t.subject.hubName} employer network is due for renewal on ${s(t.payload.renewalOn)}.`,
    ],
    action: () => ({ ...membership(), label: 'Renew the membership' }),
  },
  [NotificationKind.PUBLISHED_WITHOUT_MEMBERSHIP]: {
    subject: (t) =>
      `${employer(t)} left the network with ${publishedOpportunities(t)} still published`,
    body: (t) => [
      `The ${t.subject.hubName} network membership of ${employer(t)} ${t.payload.membershipStatus === 'WITHDRAWN' ? 'was withdrawn' : 'has lapsed'}. ${publishedOpportunities(t, true)} still published and can be booked until the hub decides what to do with them.`,
      'Until it holds an active membership again, the employer cannot publish opportunities, confirm bookings or use its API keys. Hub staff can close or cancel the opportunities, or approve a new membership.',
    ],
    action: membership,
  },
  [NotificationKind.ADVISER_REGISTERED]: {
    subject: (t) => `New adviser to approve: ${adviser(t)}`,
    body: (t) => [
      `${adviser(t)} registered as an Enterprise Adviser with ${t.subject.hubName} and is waiting for approval.`,
    ],
    action: (t) => ({ ...adviserLink(t), label: 'Review the adviser' }),
  },
  [NotificationKind.ADVISER_APPROVED]: {
    subject: (t) => `You are now an Enterprise Adviser with ${t.subject.hubName}`,
    body: (t) => [
      `${t.subject.hubName} approved you as an Enterprise Adviser. The hub will propose institutions to you.`,
    ],
    action: adviserLink,
  },
  [NotificationKind.DBS_EXPIRING]: {
    subject: (t) => `DBS check runs out on ${s(t.payload.expiresOn)}: ${adviser(t)}`,
    body: (t) => [
      `The DBS check of ${adviser(t)} runs out on ${s(t.payload.expiresOn)}.`,
      'After that date the adviser cannot be matched until a new check is recorded.',
    ],
    action: adviserLink,
  },
  [NotificationKind.INDUCTION_EXPIRING]: {
    subject: (t) => `Induction runs out on ${s(t.payload.expiresOn)}: ${adviser(t)}`,
    body: (t) => [
      `The Enterprise Adviser induction of ${adviser(t)} runs out on ${s(t.payload.expiresOn)}.`,
      'Please arrange a refresher with the hub.',
    ],
    action: adviserLink,
  },
  [NotificationKind.INSTITUTIONS_UNMATCHED]: {
    subject: (t) =>
      `${s(t.payload.count)} institutions still unmatched in ${s(t.payload.academicYear)}`,
    body: (t) => {
      const names = t.payload.institutions;
      const more = t.payload.count - names.length;
      return [
        `${s(t.payload.count)} institutions in ${t.subject.hubName} still have no Enterprise Adviser this academic year (${s(t.payload.academicYear)}):`,
        names.join('\n') + (more > 0 ? `\n…and ${more} more` : ''),
      ];
    },
    action: () => ({ label: 'Plan matches', path: `${CONSOLE}/matching` }),
  },
  [NotificationKind.OPPORTUNITY_SUBMITTED]: {
    subject: (t) => `To approve: ${t.payload.title} by ${employer(t)}`,
    body: (t) => [
      `${employer(t)} submitted ${t.payload.title} for the approval of ${t.subject.hubName}.`,
      t.payload.placement
        ? 'It is a placement (tier 3 or at the employer’s premises): check the employer’s insurance and the risk assessment before approving it.'
        : 'Approve it to publish it, or send it back with your reason.',
    ],
    action: () => ({ ...approvals(), label: 'Review the opportunity' }),
  },
  [NotificationKind.OPPORTUNITY_APPROVED]: {
    subject: (t) => `Approved and published: ${t.payload.title}`,
    body: (t) => [
      `${t.subject.hubName} approved ${t.payload.title}. It is published, and institutions can request places.`,
    ],
    action: opportunityLink,
  },
  [NotificationKind.OPPORTUNITY_REJECTED]: {
    subject: (t) => `Not approved yet: ${t.payload.title}`,
    body: (t) => [
      `${t.subject.hubName} sent ${t.payload.title} back to draft.`,
      `Reason given: ${t.payload.reason}`,
      'Change what is asked and submit it again.',
    ],
    action: (t) => ({ ...opportunityLink(t), label: 'Change the opportunity' }),
  },
  [NotificationKind.INSURANCE_EXPIRING]: {
    subject: (t) =>
      `Employer’s liability insurance runs out on ${t.payload.expiresOn}: ${employer(t)}`,
    body: (t) => [
      `The employer’s liability insurance of ${employer(t)} on record with ${t.subject.hubName} runs out on ${t.payload.expiresOn}.`,
      'Until renewed cover is recorded, no opportunity at the employer’s premises ending after that date can be approved.',
    ],
    action: () => ({ ...compliance(), label: 'Record the renewed cover' }),
  },
  [NotificationKind.RISK_ASSESSMENT_DUE]: {
    subject: (t) => `Risk assessment due for review on ${t.payload.dueOn}: ${opportunity(t)}`,
    body: (t) => [
      `The risk assessment of ${opportunity(t)} is due for review on ${t.payload.dueOn}, and the opportunity runs ${dates(t)}.`,
      'Please review it and record the new review date.',
    ],
    action: () => ({ ...compliance(), label: 'Record the review' }),
  },
  [NotificationKind.CHECKLIST_TO_EMPLOYER]: {
    subject: (t) =>
      t.payload.open.length
        ? `Your turn on the checklist: ${institution(t)} on ${opportunity(t)}`
        : `Checklist complete: record attendance for ${institution(t)} on ${opportunity(t)}`,
    body: (t) => [
      `${institution(t)} has done its part of the checklist for ${opportunity(t)}, ${dates(t)}.`,
      t.payload.open.length
        ? `Still to do: ${checklistItems(t.payload.open)}.`
        : 'Every item is done: record attendance from the opportunity’s last day.',
    ],
    action: (t) => ({ ...booking(t), label: 'Open the checklist' }),
  },
  [NotificationKind.CHECKLIST_TO_INSTITUTION]: {
    subject: (t) =>
      t.payload.open.length
        ? `Your turn on the checklist: ${opportunity(t)}`
        : `Checklist complete: ${opportunity(t)}`,
    body: (t) => [
      `${employer(t)} has done its part of the checklist for ${institution(t)} on ${opportunity(t)}, ${dates(t)}.`,
      t.payload.open.length
        ? `Still to do: ${checklistItems(t.payload.open)}.`
        : 'Every item is done: the pupils are ready to attend.',
    ],
    action: (t) => ({ ...booking(t), label: 'Open the checklist' }),
  },
  [NotificationKind.CHECKLIST_OVERDUE]: {
    subject: (t) => `Reminder: checklist still open for ${opportunity(t)}`,
    body: (t) => [
      `The checklist for ${institution(t)}'s booking of ${places(t)} on ${opportunity(t)} is not complete, and the opportunity starts on ${s(t.subject.startsOn)}.`,
      'Attendance cannot be recorded until every item is done: please complete your items now.',
    ],
    action: (t) => ({ ...booking(t), label: 'Open the checklist' }),
  },
  [NotificationKind.FEEDBACK_REQUESTED_FROM_SCHOOL]: {
    subject: (t) =>
      `${t.payload.reminder ? 'Reminder: how' : 'How'} did ${opportunity(t)} go for your pupils?`,
    body: (t) => [
      `${opportunity(t)} with ${employer(t)} ended on ${s(t.subject.endsOn)}.`,
      'Please rate it, say which meaningful-experience criteria it met, and enter how many pupils found it useful and know more about the sector (counts only, no names). It takes two minutes.',
    ],
    action: (t) => ({ ...feedback(t), label: 'Give feedback' }),
  },
  [NotificationKind.FEEDBACK_REQUESTED_FROM_EMPLOYER]: {
    subject: (t) =>
      `${t.payload.reminder ? 'Reminder: how' : 'How'} did hosting ${institution(t)} go?`,
    body: (t) => [
      `${institution(t)}'s pupils took part in ${opportunity(t)}, which ended on ${s(t.subject.endsOn)}.`,
      'Please rate it and tell the hub whether you would host again. It takes a minute.',
    ],
    action: (t) => ({ ...feedback(t), label: 'Give feedback' }),
  },
  [NotificationKind.ACCOUNT_INVITATION]: {
    subject: (t) => `You are invited to ${t.subject.hubName} on Careers Hub Network`,
    body: (t) => [
      `An account has been made for you with ${t.subject.hubName}. Choose your password to sign in.`,
      `The link works once and for ${s(t.payload.validDays)} days. If it has run out, ask your hub administrator to invite you again.`,
    ],
    action: (t) => ({
      label: 'Choose your password',
      path: `${CONSOLE}/invitation?token=${encodeURIComponent(t.payload.token)}`,
    }),
  },
  ...HUB_EVENT_TEMPLATES,
  [NotificationKind.PASSWORD_RESET]: {
    subject: () => 'Choose a new password for Careers Hub Network',
    body: (t) => [
      'Someone, probably you, asked to reset the password of this account.',
      `The link works once and for ${s(t.payload.validMinutes)} minutes. If you did not ask, ignore this email: your password stays as it is.`,
    ],
    action: (t) => ({
      label: 'Choose a new password',
      path: `${CONSOLE}/reset-password?token=${encodeURIComponent(t.payload.token)}`,
    }),
  },
};
