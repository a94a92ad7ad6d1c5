/** A calendar month as people in England read it: London dates, weeks from Monday. */

const LONDON_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The London date (YYYY-MM-DD) of a moment. */
export function londonDate(moment: Date | string): string {
  return LONDON_DAY.format(new Date(moment));
}

/** A month as YYYY-MM, or null when the text is not one. */
export function parseMonth(text: string | null): string | null {
  return text && /^\d{4}-(0[1-9]|1[0-2])$/.test(text) ? text : null;
}

/** The month `by` months after `month` (YYYY-MM). */
export function addMonths(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, m - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

/** The dates of each day from `first` to `last` (YYYY-MM-DD, inclusive). */
export function datesBetween(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let day = new Date(`${first}T00:00:00Z`); ; day.setUTCDate(day.getUTCDate() + 1)) {
    const date = day.toISOString().slice(0, 10);
    if (date > last) return dates;
    dates.push(date);
  }
}

/** The month's weeks, Monday to Sunday; days of the months either side are null. */
export function monthWeeks(month: string): (string | null)[][] {
  const first = `${month}-01`;
  const last = new Date(`${addMonths(month, 1)}-01T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() - 1);
  const days: (string | null)[] = datesBetween(first, last.toISOString().slice(0, 10));
  const leading = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  const cells = [...Array<null>(leading).fill(null), ...days];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** The moments to ask for the month's events: a day either side covers any offset from UTC. */
export function monthRange(month: string): { from: string; to: string } {
  const from = new Date(`${month}-01T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - 1);
  const to = new Date(`${addMonths(month, 1)}-01T00:00:00Z`);
  to.setUTCDate(to.getUTCDate() + 1);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** Each London date of the month with the events on it (an event spanning days is on each). */
export function eventsByDay<E extends { startsAt: string; endsAt: string }>(
  month: string,
  events: readonly E[],
): Map<string, E[]> {
  const byDay = new Map<string, E[]>();
  for (const event of events) {
    // An event ending at midnight ends on the day before.
    const end = new Date(new Date(event.endsAt).getTime() - 1);
    for (const date of datesBetween(londonDate(event.startsAt), londonDate(end))) {
      if (!date.startsWith(month)) continue;
      byDay.set(date, [...(byDay.get(date) ?? []), event]);
    }
  }
  return byDay;
}
