import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import { useHub } from '../../session/hub-context';
import { useSession } from '../../session/session';
import { eventTimes } from './event-times';
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

/** The hub's events to come: hub staff plan them here; others see those meant for them. */
export function EventsPage() {
  const { session } = useSession();
  const { hub } = useHub();
  const staff = ['HUB_ADMIN', 'HUB_STAFF'].includes(session?.user.role ?? '');
  // Fixed when the page opens: a new moment each render would ask again each render.
  const [from] = useState(() => new Date().toISOString());
  const [result, refetch] = useQuery({
    query: Events,
    variables: { hubId: hub?.id ?? null, from },
  });

  return (
    <>
      <h1>Events</h1>
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
      {staff && (
        <PlanEventForm
          hubId={hub?.id ?? null}
          onPlanned={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
    </>
  );
}
