import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { Pager, useCursorPages } from '../../components/pager';
import { EmptyState, ErrorNotice, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import { useRefetchOn } from '../../use-refetch-on';

const PendingMemberships = graphql(`
  query PendingMemberships($after: String) {
    memberships(first: 25, after: $after, status: PENDING) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          appliedAt
          employer {
            id
            name
            sector
            website
          }
          application {
            contactName
            contactEmail
            contactPhone
          }
        }
      }
    }
  }
`);

const ApproveMembership = graphql(`
  mutation ApproveMembership($id: ID!) {
    approveMembership(id: $id) {
      id
      status
    }
  }
`);

const DeclineMembership = graphql(`
  mutation DeclineMembership($id: ID!, $reason: String) {
    withdrawMembership(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

/**
 * Applications to join the network waiting for hub staff: approving one makes the employer a
 * member and invites the contact who applied; declining withdraws it.
 */
export function PendingApplicationsSection({
  changes,
  onChange,
}: {
  changes: number;
  onChange: () => void;
}) {
  const pages = useCursorPages();
  const [pending, refetch] = useQuery({
    query: PendingMemberships,
    variables: { after: pages.after },
  });
  useRefetchOn(changes, refetch);
  const [approving, approve] = useMutation(ApproveMembership);
  const [declining, decline] = useMutation(DeclineMembership);
  const [done, setDone] = useState<string | null>(null);
  const busy = approving.fetching || declining.fetching;

  async function answer(id: string, name: string, approved: boolean) {
    const result = approved
      ? await approve({ id })
      : await decline({ id, reason: 'Application declined by hub staff' });
    if (result.error) return;
    setDone(
      approved
        ? `${name} is now a member; whoever applied has been invited to the console.`
        : `${name}’s application was declined.`,
    );
    onChange();
  }

  return (
    <section aria-labelledby="applications-heading">
      <h2 id="applications-heading">Applications to join</h2>
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      {approving.error && <ErrorNotice error={approving.error} title="Not approved" />}
      {declining.error && <ErrorNotice error={declining.error} title="Not declined" />}
      <QueryState result={pending} what="applications">
        {({ memberships }) =>
          memberships.edges.length === 0 ? (
            <EmptyState>No application is waiting: every one has been answered.</EmptyState>
          ) : (
            <>
              <DataTable
                testId="applications"
                caption="Applications waiting for an answer"
                columns={['Organisation', 'Contact', 'Applied', 'Answer']}
              >
                {memberships.edges.map(({ node: m }) => (
                  <tr key={m.id} data-testid="application">
                    <td>
                      {m.employer.name}
                      <div className="muted">
                        {m.employer.sector}
                        {m.employer.website && ` · ${m.employer.website}`}
                      </div>
                    </td>
                    <td>
                      {m.application ? (
                        <>
                          {m.application.contactName}
                          <div className="muted">
                            {m.application.contactEmail}
                            {m.application.contactPhone && ` · ${m.application.contactPhone}`}
                          </div>
                        </>
                      ) : (
                        'Added by hub staff'
                      )}
                    </td>
                    <td>{m.appliedAt.slice(0, 10)}</td>
                    <td>
                      <div className="membership-actions">
                        <button
                          type="button"
                          disabled={busy}
                          aria-label={`Approve ${m.employer.name}`}
                          onClick={() => void answer(m.id, m.employer.name, true)}
                        >
                          Approve
                        </button>
                        <button
                          type="button"
                          className="secondary"
                          disabled={busy}
                          aria-label={`Decline ${m.employer.name}`}
                          onClick={() => void answer(m.id, m.employer.name, false)}
                        >
                          Decline
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </DataTable>
              <Pager pages={pages} pageInfo={memberships.pageInfo} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}
