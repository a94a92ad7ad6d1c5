import { useQuery } from 'urql';
import { EmptyState, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import { ChecksSection } from './ChecksSection';
import { DetailsSection } from './DetailsSection';
import { ADVISER_STATUS_NAMES } from './names';
import { AdviserMatchesSection } from './AdviserMatchesSection';

const MyAdviserRecord = graphql(`
  query MyAdviserRecord {
    advisers(first: 1) {
      edges {
        node {
          id
          name
          status
          phone
          availabilityNote
          sectors
          localAuthorityCodes
          maxOneToOne
          maxAgile
          inductionCompletedOn
          dbsCheckedOn
          employer {
            name
          }
          matchability {
            matchable
            explanation
            inductionValidUntil
            dbsValidUntil
          }
        }
      }
    }
  }
`);

/** An Enterprise Adviser's home: proposals to answer, their matches, details and checks.
 * The API lists an adviser only their own record. */
export function AdviserHomePage() {
  const [result] = useQuery({ query: MyAdviserRecord });
  return (
    <QueryState result={result} what="your adviser record">
      {({ advisers }) => {
        const me = advisers.edges[0]?.node;
        if (!me)
          return (
            <EmptyState>
              Your account has no Enterprise Adviser record yet: ask your hub to link it.
            </EmptyState>
          );
        return (
          <>
            <h1 className="page-title">{me.name}</h1>
            <p>
              {ADVISER_STATUS_NAMES[me.status]}
              {me.employer && ` · from ${me.employer.name}`}
            </p>
            <AdviserMatchesSection
              status="PROPOSED"
              title="Proposals to answer"
              empty="No proposals waiting: the hub will propose schools and colleges to you."
            />
            <AdviserMatchesSection
              status="ACTIVE"
              title="My matches"
              empty="No active matches yet."
            />
            <ChecksSection adviser={me} />
            <DetailsSection key={me.id} adviser={me} />
          </>
        );
      }}
    </QueryState>
  );
}
