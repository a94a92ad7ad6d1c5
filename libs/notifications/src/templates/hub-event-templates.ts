import { buildCalendar, hubEventUid, placeOf } from '@chn/events';
import { HubEventSubject } from '../delivery/event-read-model';
import { NotificationKind } from '../entities/notification.enums';
import type { Template, TemplateInput } from './templates';

type HubEventKind =
  | NotificationKind.HUB_EVENT_INVITATION
  | NotificationKind.HUB_EVENT_CONFIRMED
  | NotificationKind.HUB_EVENT_WAITLISTED
  | NotificationKind.HUB_EVENT_PLACE_OFFERED
  | NotificationKind.HUB_EVENT_ADDRESS_CONFIRMATION
  | NotificationKind.HUB_EVENT_REMINDER
  | NotificationKind.HUB_EVENT_FOLLOW_UP
  | NotificationKind.HUB_EVENT_CANCELLED;

/** Times as people in England read them. */
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  dateStyle: 'full',
  timeStyle: 'short',
});
const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  timeStyle: 'short',
});

const event = (t: TemplateInput): HubEventSubject =>
  t.subject.hubEvent ?? {
    id: t.aggregateId,
    title: 'a hub event',
    description: '',
    startsAt: new Date(0).toISOString(),
    endsAt: new Date(0).toISOString(),
    venue: null,
    address: null,
    joiningUrl: null,
    followUpLinks: [],
    cancelReason: null,
  };
const title = (t: TemplateInput) => event(t).title;
const when = (t: TemplateInput) =>
  `${LONDON.format(new Date(event(t).startsAt))} to ${LONDON_TIME.format(new Date(event(t).endsAt))}`;
const where = (t: TemplateInput) => placeOf(event(t));
/** The joining link: only emails to people holding a place carry it. */
const joining = (t: TemplateInput) =>
  event(t).joiningUrl ? [`Join online: ${event(t).joiningUrl}`] : [];
const eventPage = (t: TemplateInput) => ({
  label: 'Open the event',
  path: `/console/events/${event(t).id}`,
});

/** The event as an iCalendar file, for people holding a place. */
const calendarFile = (t: TemplateInput) => {
  const e = event(t);
  return [
    {
      filename: 'event.ics',
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      content: buildCalendar(e.title, [
        {
          uid: hubEventUid(e.id),
          title: e.title,
          description: [e.description, ...joining(t)].filter(Boolean).join('\n\n'),
          startsAt: new Date(e.startsAt),
          endsAt: new Date(e.endsAt),
          location: placeOf(e),
          url: e.joiningUrl,
        },
      ]),
    },
  ];
};

const places = (n: number) => `${n} place${n === 1 ? '' : 's'}`;

/** Hub events' emails: invitation, places, waiting list, reminder, follow-up, cancellation. */
export const HUB_EVENT_TEMPLATES: { [K in HubEventKind]: Template<K> } = {
  [NotificationKind.HUB_EVENT_INVITATION]: {
    subject: (t) => `You are invited: ${title(t)}`,
    body: (t) => [
      `${t.subject.hubName} invites you to ${title(t)}, ${when(t)}, at ${where(t)}.`,
      ...(event(t).description ? [event(t).description] : []),
      'Register from the event page while places last.',
    ],
    action: (t) => ({ ...eventPage(t), label: 'See the event and register' }),
  },
  [NotificationKind.HUB_EVENT_CONFIRMED]: {
    subject: (t) => `Your place is confirmed: ${title(t)}`,
    body: (t) => [
      `You have ${places(t.payload.places)} at ${title(t)}, ${when(t)}, at ${where(t)}.`,
      ...joining(t),
      'The calendar file attached adds it to your calendar.',
    ],
    action: eventPage,
    attachments: calendarFile,
  },
  [NotificationKind.HUB_EVENT_WAITLISTED]: {
    subject: (t) => `On the waiting list: ${title(t)}`,
    body: (t) => [
      `Every place at ${title(t)} (${when(t)}) is taken, so your registration for ${places(t.payload.places)} is on the waiting list.`,
      'If places come free they are offered in turn, and we will email you.',
    ],
    action: eventPage,
  },
  [NotificationKind.HUB_EVENT_PLACE_OFFERED]: {
    subject: (t) => `A place came free for you: ${title(t)}`,
    body: (t) => [
      `Places came free at ${title(t)}: your ${places(t.payload.places)} from the waiting list are now confirmed, ${when(t)}, at ${where(t)}.`,
      ...joining(t),
      'If you can no longer come, please cancel so the next person can have it.',
    ],
    action: eventPage,
    attachments: calendarFile,
  },
  [NotificationKind.HUB_EVENT_ADDRESS_CONFIRMATION]: {
    subject: (t) => `Confirm your registration: ${title(t)}`,
    body: (t) => [
      `Thank you for registering for ${title(t)}, ${when(t)}, at ${where(t)}.`,
      'Please confirm your email address: your place counts only once you do. If you did not register, ignore this email.',
      'Keep this email: if you cannot come after all, the same link cancels your registration.',
    ],
    action: (t) => ({
      label: 'Confirm my registration',
      path: `/console/events/confirm?token=${encodeURIComponent(t.payload.token)}`,
    }),
  },
  [NotificationKind.HUB_EVENT_REMINDER]: {
    subject: (t) => `Tomorrow: ${title(t)}`,
    body: (t) => [`A reminder that ${title(t)} is ${when(t)}, at ${where(t)}.`, ...joining(t)],
    action: eventPage,
  },
  [NotificationKind.HUB_EVENT_FOLLOW_UP]: {
    subject: (t) => `Thank you for coming: ${title(t)}`,
    body: (t) => [
      `Thank you for coming to ${title(t)}. As promised, here are the resources from the event:`,
      event(t)
        .followUpLinks.map((link) => `${link.label}: ${link.url}`)
        .join('\n'),
    ],
    action: eventPage,
  },
  [NotificationKind.HUB_EVENT_CANCELLED]: {
    subject: (t) => `Cancelled: ${title(t)}`,
    body: (t) => [
      `${t.subject.hubName} has cancelled ${title(t)}, which was to be ${when(t)}.`,
      `The reason given: ${t.payload.reason}`,
      'We are sorry for the change of plan.',
    ],
    action: eventPage,
  },
};
