import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import { useHub } from '../../session/hub-context';
import { useSession } from '../../session/session';
import { EventsCalendar } from './EventsCalendar';
import { eventTimes } from './event-times';
import { londonDate, parseMonth } from './month-grid';
import { PlanEventForm } from './PlanEventForm';

const Events = graphql(`
  query HubEventsList($hubId: ID, $from: DateTime) {
    hubEvents(hubId: $hubId, from: $from, first: 100) {
      edges {
        node {
          id
          title
          kind
          status
          startsAt
          endsAt
          placesLeft
          waitingCount
        }
      }
    }
  }
`);

const STATUS_NAMES: Record<string, string> = {
  DRAFT: 'Draft',
  PUBLISHED: 'Published',
  CANCELLED: 'Cancelled',
};

/**
 * The hub's events, as a list of those to come or a month's calendar (`?view=calendar&month=`):
 * hub staff plan them here; others see those meant for them.
 */
export function EventsPage() {
  const { session } = useSession();
  const { hub } = useHub();
  const staff = ['HUB_ADMIN', 'HUB_STAFF'].includes(session?.user.role ?? '');
  // Fixed when the page opens: a new moment each render would ask again each render.
  const [from] = useState(() => new Date().toISOString());
  const [params] = useSearchParams();
  const calendar = params.get('view') === 'calendar';
  const month = parseMonth(params.get('month')) ?? londonDate(from).slice(0, 7);
  const [result, refetch] = useQuery({
    query: Events,
    variables: { hubId: hub?.id ?? null, from },
    pause: calendar,
  });
  const href = (view: 'list' | 'calendar', month?: string) => {
    const next = new URLSearchParams(params);
    if (view === 'calendar') next.set('view', 'calendar');
    else next.delete('view');
    if (month) next.set('month', month);
    else next.delete('month');
    return `?${next.toString()}`;
  };

  return (
    <>
      <h1>Events</h1>
      <nav aria-label="Events view" className="view-switch">
        <Link to={href('list')} aria-current={calendar ? undefined : 'page'}>
          List
        </Link>
        <Link to={href('calendar', month)} aria-current={calendar ? 'page' : undefined}>
          Calendar
        </Link>
      </nav>
      {calendar ? (
        <EventsCalendar
          hubId={hub?.id ?? null}
          month={month}
          monthHref={(other) => href('calendar', other)}
        />
      ) : (
        <QueryState result={result} what="the events">
          {({ hubEvents }) =>
            hubEvents.edges.length ? (
              <table data-testid="events">
                <caption>Events to come, soonest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Event</th>
                    <th scope="col">When</th>
                    <th scope="col">Status</th>
                    <th scope="col">Places left</th>
                    <th scope="col">Waiting</th>
                  </tr>
                </thead>
                <tbody>
                  {hubEvents.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td>
                        <Link to={`/events/${node.id}`}>{node.title}</Link>
                      </td>
                      <td>{eventTimes(node.startsAt, node.endsAt)}</td>
                      <td>{STATUS_NAMES[node.status] ?? node.status}</td>
                      <td>{node.placesLeft}</td>
                      <td>{node.waitingCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <EmptyState>No events to come.</EmptyState>
            )
          }
        </QueryState>
      )}
      {staff && (
        <PlanEventForm
          hubId={hub?.id ?? null}
          onPlanned={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
    </>
  );
}
