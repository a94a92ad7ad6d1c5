/** An event's time as people in England read it, e.g. "Tuesday 10 February 2027, 18:00 to 20:00". */
export function eventTimes(startsAt: string, endsAt: string): string {
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    dateStyle: 'full',
    timeStyle: 'short',
  });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeStyle: 'short' });
  return `${day.format(new Date(startsAt))} to ${time.format(new Date(endsAt))}`;
}

/** Where an event happens, in words. */
export function eventPlace(event: {
  venue?: string | null;
  address?: string | null;
  online: boolean;
}): string {
  const inPerson = [event.venue, event.address].filter(Boolean).join(', ');
  if (inPerson && event.online) return `${inPerson}, or online`;
  return inPerson || 'Online';
}
