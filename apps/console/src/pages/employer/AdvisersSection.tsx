import { PagedTable, usePagedQuery } from '../../components/paged-list';
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
  const list = usePagedQuery(OurAdvisers, { employerId }, (data) => data.advisers);
  return (
    <section aria-labelledby="our-advisers">
      <h2 id="our-advisers">Our Enterprise Advisers</h2>
      <PagedTable
        list={list}
        what="your advisers"
        empty="None of your staff volunteer as Enterprise Advisers yet."
        caption="Your staff who volunteer"
        columns={['Name', 'Job title', 'Status']}
        row={(a) => (
          <tr key={a.id}>
            <td>{a.name}</td>
            <td>{a.jobTitle}</td>
            <td>{ADVISER_STATUS_NAMES[a.status]}</td>
          </tr>
        )}
      />
    </section>
  );
}
