import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, QueryState } from '../components/status';
import { graphql } from '../gql';
import { BOOKING_STATUS_NAMES, OPPORTUNITY_STATUS_NAMES } from '../status-names';
import { RiskAssessmentSection } from './opportunity/RiskAssessmentSection';

const OneOpportunity = graphql(`
  query OneOpportunity($id: ID!) {
    opportunity(id: $id) {
      id
      title
      status
      startsOn
      endsOn
      location
      totalPlaces
      placesLeft
      openForRequests
      atEmployerPremises
      needsApproval
      rejectionReason
      riskAssessment {
        reviewedOn
        reviewedBy
        validUntil
        link
        document {
          fileName
          sizeBytes
          downloadPath
        }
      }
      employer {
        name
      }
      bookings {
        id
        status
        places
        yearGroup
        institution {
          name
        }
      }
    }
  }
`);

/** One opportunity and the bookings on it the user may see, each opening its booking page. */
export function OpportunityPage() {
  const { opportunityId } = useParams();
  const [result, refetch] = useQuery({ query: OneOpportunity, variables: { id: opportunityId! } });

  return (
    <QueryState result={result} what="the opportunity">
      {({ opportunity: o }) => (
        <article data-testid="opportunity-detail" data-opportunity-id={o.id}>
          <h1>{o.title}</h1>
          <dl className="facts">
            <dt>Employer</dt>
            <dd>{o.employer.name}</dd>
            <dt>Status</dt>
            <dd>{OPPORTUNITY_STATUS_NAMES[o.status]}</dd>
            {o.status === 'DRAFT' && o.rejectionReason && (
              <>
                <dt>Sent back by the hub</dt>
                <dd data-testid="rejection-reason">{o.rejectionReason}</dd>
              </>
            )}
            <dt>Hub approval</dt>
            <dd>
              {o.needsApproval
                ? 'Needed before it is published'
                : 'Not needed: it can be published at once'}
            </dd>
            <dt>Dates</dt>
            <dd>
              {o.startsOn} to {o.endsOn}
            </dd>
            {o.location && (
              <>
                <dt>Where</dt>
                <dd>{o.location}</dd>
              </>
            )}
            <dt>Places left</dt>
            <dd>
              {o.placesLeft} of {o.totalPlaces}
            </dd>
            <dt>Requests for places</dt>
            <dd data-testid="requests">
              {o.openForRequests
                ? 'Open until it starts'
                : o.status === 'PUBLISHED'
                  ? 'Closed: it has started'
                  : 'Closed'}
            </dd>
          </dl>
          {o.atEmployerPremises && (
            <RiskAssessmentSection
              opportunityId={o.id}
              assessment={o.riskAssessment ?? null}
              endsOn={o.endsOn}
              onRecorded={() => refetch({ requestPolicy: 'network-only' })}
            />
          )}
          <h2>Bookings</h2>
          {o.bookings.length === 0 ? (
            <EmptyState>No booking you may see.</EmptyState>
          ) : (
            <ul>
              {o.bookings.map((b) => (
                <li key={b.id}>
                  <Link to={`/bookings/${b.id}`}>{b.institution?.name ?? 'An institution'}</Link>:{' '}
                  {b.places} places, year {b.yearGroup},{' '}
                  {BOOKING_STATUS_NAMES[b.status].toLowerCase()}
                </li>
              ))}
            </ul>
          )}
        </article>
      )}
    </QueryState>
  );
}
