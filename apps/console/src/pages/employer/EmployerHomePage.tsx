import { useQuery } from 'urql';
import { EmptyState, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import { AdvisersSection } from './AdvisersSection';
import { ApiKeysSection } from './ApiKeysSection';
import { BookingsSection } from './BookingsSection';
import { OpportunitiesSection } from './OpportunitiesSection';
import { OrganisationSection } from './OrganisationSection';

const MyEmployer = graphql(`
  query MyEmployer {
    myEmployer {
      id
      name
      sector
      membership {
        status
        joinedOn
        renewalOn
      }
      sectorGroups {
        id
        name
      }
      contacts {
        id
        name
        email
      }
    }
  }
`);

/** An employer contact's home: their organisation, opportunities, bookings, keys and advisers. */
export function EmployerHomePage() {
  const [result] = useQuery({ query: MyEmployer });
  return (
    <QueryState result={result} what="your organisation">
      {({ myEmployer }) =>
        myEmployer ? (
          <>
            <h1 className="page-title">{myEmployer.name}</h1>
            <OrganisationSection employer={myEmployer} />
            <OpportunitiesSection employerId={myEmployer.id} />
            <BookingsSection />
            <ApiKeysSection />
            <AdvisersSection employerId={myEmployer.id} />
          </>
        ) : (
          <EmptyState>
            Your account is not yet a contact of any employer: ask your hub to add you.
          </EmptyState>
        )
      }
    </QueryState>
  );
}
