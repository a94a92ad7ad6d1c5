import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

/** One entry of an iCalendar file: a hub event, or a whole-day item such as a match's start. */
export interface CalendarItem {
  /** Stable across files, so a calendar client updates the entry rather than adding one. */
  uid: string;
  title: string;
  description: string;
  startsAt: Date;
  /** Absent for a whole-day item. */
  endsAt: Date | null;
  location: string | null;
  url: string | null;
  cancelled?: boolean;
}

/** The UID of a hub event in every file that lists it. */
export const hubEventUid = (eventId: string) => `hub-event-${eventId}@careershub`;

/**
 * An iCalendar (RFC 5545) file of the items: an email attachment (one event) or a feed. `name`
 * is what a calendar client calls it.
 */
export function buildCalendar(name: string, items: readonly CalendarItem[]): string {
  const calendar = ical({
    name,
    prodId: { company: 'Careers Hub Network', product: 'hub events', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const item of items) {
    calendar.createEvent({
      id: item.uid,
      summary: item.title,
      description: item.description,
      start: item.startsAt,
      ...(item.endsAt ? { end: item.endsAt } : { allDay: true }),
      location: item.location,
      url: item.url,
      status: item.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** Where an event happens, in words: the venue and address, and/or online. */
export function placeOf(event: {
  venue: string | null;
  address: string | null;
  joiningUrl: string | null;
}): string {
  const inPerson = [event.venue, event.address].filter(Boolean).join(', ');
  if (inPerson && event.joiningUrl) return `${inPerson} (or online)`;
  return inPerson || 'Online';
}
