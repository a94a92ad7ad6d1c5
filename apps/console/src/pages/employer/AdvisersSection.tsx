import { useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { Pager, useCursorPages } from '../../components/pager';
import { EmptyState, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import { ADVISER_STATUS_NAMES } from '../adviser/names';

const OurAdvisers = graphql(`
  query OurAdvisers($employerId: ID!, $after: String) {
    advisers(first: 20, after: $after, filter: { employerId: $employerId }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          jobTitle
          status
        }
      }
    }
  }
`);

/** The staff the employer puts forward as Enterprise Advisers. */
export function AdvisersSection({ employerId }: { employerId: string }) {
  const pages = useCursorPages();
  const [result] = useQuery({ query: OurAdvisers, variables: { employerId, after: pages.after } });
  return (
    <section aria-labelledby="our-advisers">
      <h2 id="our-advisers">Our Enterprise Advisers</h2>
      <QueryState result={result} what="your advisers">
        {({ advisers }) =>
          advisers.totalCount === 0 ? (
            <EmptyState>None of your staff volunteer as Enterprise Advisers yet.</EmptyState>
          ) : (
            <>
              <DataTable
                caption="Your staff who volunteer"
                columns={['Name', 'Job title', 'Status']}
              >
                {advisers.edges.map(({ node: a }) => (
                  <tr key={a.id}>
                    <td>{a.name}</td>
                    <td>{a.jobTitle}</td>
                    <td>{ADVISER_STATUS_NAMES[a.status]}</td>
                  </tr>
                ))}
              </DataTable>
              <Pager pages={pages} pageInfo={advisers.pageInfo} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}
