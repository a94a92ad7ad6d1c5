import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { PagedTable, usePagedQuery } from '../../components/paged-list';
import { graphql } from '../../gql';
import { useHubId } from '../../session/hub-context';
import { AnswerOutcome } from './AnswerOutcome';

const PendingAdvisers = graphql(`
  query PendingAdvisers($after: String, $hubId: ID) {
    advisers(first: 25, after: $after, filter: { status: PENDING, hubId: $hubId }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          sectors
          availabilityNote
          createdAt
        }
      }
    }
  }
`);

const ApproveAdviser = graphql(`
  mutation ApproveAdviser($id: ID!) {
    approveAdviser(id: $id) {
      id
      status
      hasAccount
    }
  }
`);

const DeclineAdviser = graphql(`
  mutation DeclineAdviser($id: ID!) {
    updateAdviser(id: $id, input: { status: LEFT }) {
      id
      status
    }
  }
`);

/**
 * People who volunteered as Enterprise Advisers and wait for hub staff: approving one makes them
 * active and invites them to the console; declining marks them as having left.
 */
export function PendingAdvisersSection() {
  const hubId = useHubId();
  const { again, ...list } = usePagedQuery(
    PendingAdvisers,
    { hubId },
    (data) => data.advisers,
    'Adviser',
  );
  const [approving, approve] = useMutation(ApproveAdviser);
  const [declining, decline] = useMutation(DeclineAdviser);
  const [done, setDone] = useState<string | null>(null);
  const busy = approving.fetching || declining.fetching;

  async function answer(id: string, name: string, approved: boolean) {
    const result = approved ? await approve({ id }) : await decline({ id });
    if (result.error) return;
    setDone(
      approved
        ? `${name} is now an active adviser and has been invited to the console.`
        : `${name} was declined.`,
    );
    again();
  }

  return (
    <section aria-labelledby="volunteers-heading">
      <h2 id="volunteers-heading">Advisers waiting for approval</h2>
      <AnswerOutcome done={done} approveError={approving.error} declineError={declining.error} />
      <PagedTable
        list={list}
        what="advisers waiting for approval"
        empty="No adviser is waiting: every volunteer has been answered."
        testId="pending-advisers"
        caption="Volunteers waiting for an answer"
        columns={['Adviser', 'Sectors', 'Availability', 'Volunteered', 'Answer']}
        row={(a) => (
          <tr key={a.id} data-testid="pending-adviser">
            <td>
              <Link to={`/advisers/${a.id}`}>{a.name}</Link>
              {a.email && <div className="muted">{a.email}</div>}
            </td>
            <td>{a.sectors.join(', ') || '–'}</td>
            <td>{a.availabilityNote ?? '–'}</td>
            <td>{String(a.createdAt).slice(0, 10)}</td>
            <td>
              <div className="membership-actions">
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`Approve ${a.name} as an adviser`}
                  onClick={() => void answer(a.id, a.name, true)}
                >
                  Approve
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  aria-label={`Decline ${a.name} as an adviser`}
                  onClick={() => void answer(a.id, a.name, false)}
                >
                  Decline
                </button>
              </div>
            </td>
          </tr>
        )}
      />
    </section>
  );
}
