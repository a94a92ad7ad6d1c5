import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DeclineWithReason } from '../../components/decline-with-reason';
import { csvBlob, DownloadButton } from '../../components/download-csv';
import { ErrorNotice, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import { useSession } from '../../session/session';
import { eventPlace, eventTimes } from './event-times';
import { RegisterForEvent } from './RegisterForEvent';
import { EventRegistrations } from './EventRegistrations';
import { AUDIENCE_NAMES } from './PlanEventForm';

const OneEvent = graphql(`
  query OneHubEvent($id: ID!) {
    hubEvent(id: $id) {
      id
      title
      description
      kind
      status
      startsAt
      endsAt
      venue
      address
      online
      joiningUrl
      capacity
      placesTaken
      placesLeft
      waitingCount
      audiences
      registrationOpen
      publicPath
      cancelReason
      followUpSentAt
      followUpLinks {
        label
        url
      }
    }
  }
`);

const Publish = graphql(`
  mutation PublishHubEvent($id: ID!) {
    publishHubEvent(id: $id) {
      id
      status
    }
  }
`);

const Cancel = graphql(`
  mutation CancelHubEvent($id: ID!, $reason: String!) {
    cancelHubEvent(id: $id, reason: $reason) {
      id
      status
      cancelReason
    }
  }
`);

const ExportAttendance = graphql(`
  query ExportHubEventAttendance($eventId: ID!) {
    exportHubEventAttendance(eventId: $eventId)
  }
`);

/** One event: what it is; hub staff publish, cancel and follow it up; others register here. */
export function EventPage() {
  const { eventId } = useParams();
  const { session } = useSession();
  const staff = ['HUB_ADMIN', 'HUB_STAFF'].includes(session?.user.role ?? '');
  const [result, refetch] = useQuery({ query: OneEvent, variables: { id: eventId! } });
  const [publishing, publish] = useMutation(Publish);
  const [cancelling, cancel] = useMutation(Cancel);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <>
      <p>
        <Link to="/events">All events</Link>
      </p>
      <QueryState result={result} what="the event">
        {({ hubEvent: e }) => (
          <article data-testid="event-detail">
            <h1>{e.title}</h1>
            <p>{e.description}</p>
            <dl className="facts">
              <dt>When</dt>
              <dd>{eventTimes(e.startsAt, e.endsAt)}</dd>
              <dt>Where</dt>
              <dd>{eventPlace(e)}</dd>
              {e.joiningUrl && (
                <>
                  <dt>Joining link</dt>
                  <dd>
                    <a href={e.joiningUrl}>{e.joiningUrl}</a>
                  </dd>
                </>
              )}
              <dt>For</dt>
              <dd>{e.audiences.map((a) => AUDIENCE_NAMES[a]).join(', ')}</dd>
              <dt>Places</dt>
              <dd data-testid="event-places">
                {e.placesTaken} of {e.capacity} taken, {e.waitingCount} waiting
              </dd>
              <dt>Status</dt>
              <dd data-testid="event-status">
                {e.status === 'CANCELLED' ? `Cancelled: ${e.cancelReason ?? ''}` : e.status}
              </dd>
              {staff && e.publicPath && (
                <>
                  <dt>Public page to share</dt>
                  <dd>
                    <a href={e.publicPath}>{`${window.location.origin}${e.publicPath}`}</a>
                  </dd>
                </>
              )}
            </dl>
            {staff && e.status !== 'CANCELLED' && (
              <div className="match-actions">
                {publishing.error && <ErrorNotice error={publishing.error} title="Not published" />}
                {cancelling.error && <ErrorNotice error={cancelling.error} title="Not cancelled" />}
                {e.status === 'DRAFT' && (
                  <button
                    type="button"
                    disabled={publishing.fetching}
                    onClick={() => void publish({ id: e.id }).then(reload)}
                  >
                    Publish and invite
                  </button>
                )}{' '}
                <DeclineWithReason
                  label={`Cancel ${e.title}`}
                  verb="Cancel the event"
                  question="Why it is cancelled (told to everyone registered)"
                  busy={cancelling.fetching}
                  onDecline={(reason) => void cancel({ id: e.id, reason }).then(reload)}
                />
              </div>
            )}
            {!staff && e.status === 'PUBLISHED' && (
              <RegisterForEvent eventId={e.id} open={e.registrationOpen} onDone={reload} />
            )}
            {staff && (
              <>
                <EventRegistrations
                  eventId={e.id}
                  ended={new Date(e.endsAt) <= new Date()}
                  followUp={e.followUpLinks.length > 0 && !e.followUpSentAt}
                  onChange={reload}
                />
                <DownloadButton
                  label="Download attendance (CSV)"
                  query={ExportAttendance}
                  variables={{ eventId: e.id }}
                  file={(data) => ({
                    name: 'event-attendance.csv',
                    content: csvBlob(data.exportHubEventAttendance),
                  })}
                />
              </>
            )}
          </article>
        )}
      </QueryState>
    </>
  );
}
