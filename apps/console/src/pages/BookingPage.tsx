import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice, QueryState } from '../components/status';
import { graphql } from '../gql';
import { ChecklistSection } from './booking/ChecklistSection';
import { FeedbackSection } from './booking/FeedbackSection';
import { BOOKING_STATUS_NAMES } from '../status-names';

const OneBooking = graphql(`
  query OneBooking($id: ID!) {
    booking(id: $id) {
      id
      status
      statusReason
      places
      fsmPlaces
      yearGroup
      createdAt
      confirmedAt
      attended
      attendanceRecordedAt
      institution {
        name
      }
      opportunity {
        title
        startsOn
        endsOn
        employer {
          name
        }
      }
    }
  }
`);

const ConfirmBooking = graphql(`
  mutation ConfirmRequestedBooking($id: ID!) {
    confirmBooking(id: $id) {
      id
      status
      confirmedAt
    }
  }
`);

const DeclineBooking = graphql(`
  mutation DeclineRequestedBooking($id: ID!, $reason: String!) {
    declineBooking(id: $id, reason: $reason) {
      id
      status
      statusReason
    }
  }
`);

function BookingActions({ bookingId }: { bookingId: string }) {
  const [confirming, confirm] = useMutation(ConfirmBooking);
  const [declining, decline] = useMutation(DeclineBooking);
  const [reason, setReason] = useState('');
  const busy = confirming.fetching || declining.fetching;

  function submitDecline(event: FormEvent) {
    event.preventDefault();
    void decline({ id: bookingId, reason });
  }

  return (
    <div className="booking-actions">
      {confirming.error && <ErrorNotice error={confirming.error} title="Not confirmed" />}
      {declining.error && <ErrorNotice error={declining.error} title="Not declined" />}
      <button type="button" disabled={busy} onClick={() => void confirm({ id: bookingId })}>
        Confirm the booking
      </button>
      <form onSubmit={submitDecline} aria-label="Decline the booking">
        <label>
          Why you decline
          <input required value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>{' '}
        <button type="submit" className="secondary" disabled={busy}>
          Decline the booking
        </button>
      </form>
    </div>
  );
}

/** One booking, where an emailed link about it lands; a request can be answered here. */
export function BookingPage() {
  const { bookingId } = useParams();
  const [result] = useQuery({ query: OneBooking, variables: { id: bookingId! } });

  return (
    <QueryState result={result} what="the booking">
      {({ booking: b }) => (
        <article data-testid="booking-detail" data-booking-id={b.id}>
          <h1>
            {b.opportunity?.title ?? 'An opportunity you can no longer see'}:{' '}
            {b.institution?.name ?? 'an institution'}
          </h1>
          <dl className="facts">
            <dt>Status</dt>
            <dd data-testid="booking-status">
              {BOOKING_STATUS_NAMES[b.status]}
              {b.statusReason && ` (${b.statusReason})`}
            </dd>
            {b.opportunity && (
              <>
                <dt>Employer</dt>
                <dd>{b.opportunity.employer.name}</dd>
                <dt>Dates</dt>
                <dd>
                  {b.opportunity.startsOn} to {b.opportunity.endsOn}
                </dd>
              </>
            )}
            <dt>Year group</dt>
            <dd>{b.yearGroup}</dd>
            <dt>Places (FSM)</dt>
            <dd>
              {b.places} ({b.fsmPlaces})
            </dd>
            <dt>Requested</dt>
            <dd>{b.createdAt.slice(0, 10)}</dd>
            {b.attended !== null && b.attended !== undefined && (
              <>
                <dt>Attended</dt>
                <dd>{b.attended}</dd>
              </>
            )}
          </dl>
          {b.status === 'REQUESTED' && <BookingActions bookingId={b.id} />}
          {['REQUESTED', 'CONFIRMED'].includes(b.status) && (
            <ChecklistSection bookingId={b.id} places={b.places} open={!b.attendanceRecordedAt} />
          )}
          {b.status === 'CONFIRMED' && b.attendanceRecordedAt && (
            <FeedbackSection bookingId={b.id} />
          )}
          <p>
            <Link to="/network">Bookings waiting for confirmation</Link>
          </p>
        </article>
      )}
    </QueryState>
  );
}
