import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { DeclineWithReason } from '../../components/decline-with-reason';
import { PagedTable, usePagedQuery } from '../../components/paged-list';
import { ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';
import type { BookingStatus } from '../../gql/graphql';
import { BOOKING_STATUS_NAMES } from '../../status-names';

const BookingsOnMyOpportunities = graphql(`
  query BookingsOnMyOpportunities($status: BookingStatus!, $after: String) {
    bookings(first: 20, after: $after, filter: { status: $status }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          places
          fsmPlaces
          yearGroup
          attended
          fsmAttended
          employerFeedback
          institution {
            name
          }
          opportunity {
            id
            title
            startsOn
            endsOn
          }
        }
      }
    }
  }
`);

const ConfirmBooking = graphql(`
  mutation ConfirmBookingFromHome($id: ID!) {
    confirmBooking(id: $id) {
      id
      status
    }
  }
`);

const DeclineBooking = graphql(`
  mutation DeclineBookingFromHome($id: ID!, $reason: String!) {
    declineBooking(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

const RecordAttendance = graphql(`
  mutation RecordAttendanceFromHome(
    $bookingId: ID!
    $attended: Int!
    $fsmAttended: Int!
    $employerFeedback: String
  ) {
    recordAttendance(
      bookingId: $bookingId
      attended: $attended
      fsmAttended: $fsmAttended
      employerFeedback: $employerFeedback
    ) {
      id
      attended
    }
  }
`);

type BookingRow = {
  id: string;
  places: number;
  institution?: { name: string } | null;
  opportunity?: { title: string } | null;
};

const bookingName = (b: BookingRow) =>
  `${b.institution?.name ?? 'an institution'} on ${b.opportunity?.title ?? 'an opportunity'}`;

function AnswerRequest({ booking, onDone }: { booking: BookingRow; onDone: () => void }) {
  const [confirming, confirm] = useMutation(ConfirmBooking);
  const [declining, decline] = useMutation(DeclineBooking);
  const busy = confirming.fetching || declining.fetching;
  const name = bookingName(booking);

  return (
    <div className="booking-actions">
      {confirming.error && <ErrorNotice error={confirming.error} title="Not confirmed" />}
      {declining.error && <ErrorNotice error={declining.error} title="Not declined" />}
      <button
        type="button"
        disabled={busy}
        aria-label={`Confirm the booking of ${name}`}
        onClick={() => void confirm({ id: booking.id }).then((r) => !r.error && onDone())}
      >
        Confirm
      </button>
      <DeclineWithReason
        label={`Decline the booking of ${name}`}
        busy={busy}
        onDecline={(reason) =>
          void decline({ id: booking.id, reason }).then((r) => !r.error && onDone())
        }
      />
    </div>
  );
}

function AttendanceForm({ booking, onDone }: { booking: BookingRow; onDone: () => void }) {
  const [recording, record] = useMutation(RecordAttendance);
  const [attended, setAttended] = useState(booking.places);
  const [fsmAttended, setFsmAttended] = useState(0);
  const [feedback, setFeedback] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const r = await record({
      bookingId: booking.id,
      attended,
      fsmAttended,
      employerFeedback: feedback || null,
    });
    if (!r.error) onDone();
  }

  return (
    <form
      className="attendance"
      aria-label={`Attendance of ${bookingName(booking)}`}
      onSubmit={(e) => void submit(e)}
    >
      {recording.error && <ErrorNotice error={recording.error} title="Not recorded" />}
      <label>
        Pupils who attended
        <input
          type="number"
          min={0}
          max={booking.places}
          required
          value={attended}
          onChange={(e) => setAttended(Number(e.target.value))}
        />
      </label>{' '}
      <label>
        Of them, eligible for free school meals
        <input
          type="number"
          min={0}
          required
          value={fsmAttended}
          onChange={(e) => setFsmAttended(Number(e.target.value))}
        />
      </label>{' '}
      <label>
        Your feedback to the pupils
        <input value={feedback} onChange={(e) => setFeedback(e.target.value)} />
      </label>{' '}
      <button type="submit" disabled={recording.fetching}>
        Record attendance
      </button>
    </form>
  );
}

/** Bookings on the employer's opportunities in one status, with what to do about each. */
function BookingsTable({
  status,
  title,
  empty,
  today,
}: {
  status: BookingStatus;
  title: string;
  empty: string;
  today: string;
}) {
  const { again, ...list } = usePagedQuery(
    BookingsOnMyOpportunities,
    { status },
    (data) => data.bookings,
    'Booking',
  );
  const id = `bookings-${status.toLowerCase()}`;

  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <PagedTable
        list={list}
        empty={empty}
        testId={id}
        caption={title}
        columns={['Opportunity', 'Institution', 'Year group', 'Places (FSM)', 'Status', '']}
        row={(b) => (
          <tr key={b.id} data-booking-id={b.id}>
            <td>
              <Link to={`/bookings/${b.id}`}>{b.opportunity?.title ?? 'Booking'}</Link>
            </td>
            <td>{b.institution?.name}</td>
            <td className="num">{b.yearGroup}</td>
            <td className="num">
              {b.places} ({b.fsmPlaces})
            </td>
            <td data-testid="booking-status">{BOOKING_STATUS_NAMES[b.status]}</td>
            <td>
              {b.status === 'REQUESTED' && <AnswerRequest booking={b} onDone={again} />}
              {b.status === 'CONFIRMED' &&
                (b.attended !== null && b.attended !== undefined ? (
                  <span>
                    {b.attended} attended ({b.fsmAttended} FSM)
                    {b.employerFeedback && `: “${b.employerFeedback}”`}
                  </span>
                ) : b.opportunity && b.opportunity.endsOn <= today ? (
                  <AttendanceForm booking={b} onDone={again} />
                ) : (
                  <span className="muted">Attendance from {b.opportunity?.endsOn}</span>
                ))}
            </td>
          </tr>
        )}
      />
    </section>
  );
}

/** Requests to confirm or decline, and confirmed bookings whose attendance to record. */
export function BookingsSection() {
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section aria-labelledby="my-bookings">
      <h2 id="my-bookings">Bookings</h2>
      <BookingsTable
        status="REQUESTED"
        title="Requests to answer"
        empty="No requests waiting: institutions’ requests for places appear here."
        today={today}
      />
      <BookingsTable
        status="CONFIRMED"
        title="Confirmed bookings"
        empty="No confirmed bookings yet."
        today={today}
      />
    </section>
  );
}
