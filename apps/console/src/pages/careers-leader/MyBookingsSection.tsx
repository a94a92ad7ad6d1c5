import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { Pager, useCursorPages } from '../../components/pager';
import { EmptyState, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import { useRefetchOn } from '../../use-refetch-on';
import { BOOKING_STATUS_NAMES } from '../../status-names';
import { BOOKING_NEXT_STEP } from './booking-status-names';
import { ordinal } from './ordinal';

const InstitutionBookings = graphql(`
  query InstitutionBookings($institutionId: ID!, $after: String) {
    bookings(first: 20, after: $after, filter: { institutionId: $institutionId }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          statusReason
          waitingListPosition
          yearGroup
          places
          opportunity {
            id
            title
            startsOn
          }
        }
      }
    }
  }
`);

/** The institution's bookings: where each stands and what happens next. */
export function MyBookingsSection(props: { institutionId: string; changes: number }) {
  const pages = useCursorPages();
  const [list, refetch] = useQuery({
    query: InstitutionBookings,
    variables: { institutionId: props.institutionId, after: pages.after },
  });
  useRefetchOn(props.changes, refetch);
  return (
    <section aria-labelledby="my-bookings">
      <h2 id="my-bookings">Your bookings</h2>
      <QueryState result={list} what="your bookings">
        {({ bookings }) =>
          bookings.edges.length === 0 ? (
            <EmptyState>No booking yet: request places on an opportunity below.</EmptyState>
          ) : (
            <>
              <DataTable
                testId="my-bookings"
                caption="Your bookings"
                columns={['Opportunity', 'Starts', 'Year', 'Pupils', 'Status', 'What happens next']}
              >
                {bookings.edges.map(({ node: b }) => (
                  <tr key={b.id}>
                    <td>
                      <Link to={`/bookings/${b.id}`}>{b.opportunity?.title ?? 'Opportunity'}</Link>
                    </td>
                    <td>{b.opportunity?.startsOn}</td>
                    <td>Year {b.yearGroup}</td>
                    <td>{b.places}</td>
                    <td>
                      {BOOKING_STATUS_NAMES[b.status]}
                      {b.statusReason && ` (${b.statusReason})`}
                      {b.waitingListPosition !== null &&
                        b.waitingListPosition !== undefined &&
                        ` — ${ordinal(b.waitingListPosition)} on the waiting list`}
                    </td>
                    <td>{BOOKING_NEXT_STEP[b.status]}</td>
                  </tr>
                ))}
              </DataTable>
              <Pager pages={pages} pageInfo={bookings.pageInfo} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}
