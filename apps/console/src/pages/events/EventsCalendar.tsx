import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/status';
import { graphql } from '../../gql';
import { addMonths, eventsByDay, londonDate, monthRange, monthWeeks } from './month-grid';

const MonthEvents = graphql(`
  query HubEventsMonth($hubId: ID, $from: DateTime, $to: DateTime) {
    hubEvents(hubId: $hubId, from: $from, to: $to, first: 100) {
      edges {
        node {
          id
          title
          status
          startsAt
          endsAt
        }
      }
    }
  }
`);

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const fullDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const nameOf = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));

/** The events of one month on a grid, weeks by days; on a narrow screen, a list of days. */
export function EventsCalendar({
  hubId,
  month,
  monthHref,
}: {
  hubId: string | null;
  month: string;
  monthHref: (month: string) => string;
}) {
  const [today] = useState(() => londonDate(new Date()));
  const [result] = useQuery({ query: MonthEvents, variables: { hubId, ...monthRange(month) } });
  const previous = addMonths(month, -1);
  const next = addMonths(month, 1);

  return (
    <section aria-labelledby="calendar-month" data-testid="events-calendar">
      <h2 id="calendar-month">{nameOf(month)}</h2>
      <nav aria-label="Months" className="month-nav">
        <Link to={monthHref(previous)}>
          <span aria-hidden="true">← </span>Previous month
          <span className="visually-hidden">, {nameOf(previous)}</span>
        </Link>
        <Link to={monthHref(next)}>
          Next month<span className="visually-hidden">, {nameOf(next)}</span>
          <span aria-hidden="true"> →</span>
        </Link>
      </nav>
      <QueryState result={result} what="the month's events">
        {({ hubEvents }) => {
          const byDay = eventsByDay(
            month,
            hubEvents.edges.map(({ node }) => node),
          );
          return (
            <table className="month-grid">
              <caption>
                Events in {nameOf(month)}: {byDay.size ? `on ${byDay.size} days` : 'none'}
              </caption>
              <thead>
                <tr>
                  {WEEKDAYS.map((day) => (
                    <th scope="col" key={day}>
                      <abbr title={day}>{day.slice(0, 3)}</abbr>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {monthWeeks(month).map((week) => (
                  <tr key={week.find(Boolean)}>
                    {week.map((date, index) =>
                      date ? (
                        <td
                          key={date}
                          data-date={date}
                          aria-current={date === today ? 'date' : undefined}
                          className={[
                            date === today ? 'today' : '',
                            byDay.has(date) ? '' : 'no-events',
                          ].join(' ')}
                        >
                          <span className="day-number" aria-hidden="true">
                            {Number(date.slice(8))}
                          </span>
                          <span className="day-date">
                            {fullDate.format(new Date(`${date}T00:00:00Z`))}
                          </span>
                          {date === today && <strong className="today-mark"> Today</strong>}
                          {byDay.has(date) && (
                            <ul>
                              {byDay.get(date)!.map((event) => (
                                <li key={event.id}>
                                  <Link to={`/events/${event.id}`}>{event.title}</Link>
                                  {event.status !== 'PUBLISHED' && (
                                    <> ({event.status === 'DRAFT' ? 'draft' : 'cancelled'})</>
                                  )}
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                      ) : (
                        <td key={`empty-${index}`} className="outside-month" />
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </QueryState>
    </section>
  );
}
