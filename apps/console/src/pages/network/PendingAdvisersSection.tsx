import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { PagedTable, usePagedQuery } from '../../components/paged-list';
import { graphql } from '../../gql';
import type { AdviserDeclineReason } from '../../gql/graphql';
import { ADVISER_DECLINE_REASON_NAMES } from '../../status-names';
import { useHubId } from '../../session/hub-context';
import { AnswerOutcome } from './AnswerOutcome';
import { DeclineApplicationForm } from './DeclineApplicationForm';

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
  mutation DeclineAdviser($id: ID!, $reason: AdviserDeclineReason!, $note: String) {
    declineAdviser(id: $id, reason: $reason, note: $note) {
      id
      status
      declineReason
    }
  }
`);

/**
 * People who volunteered as Enterprise Advisers and wait for hub staff: approving one makes them
 * active and invites them to the console; declining, with a reason, marks them as having left.
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

  /** Approves the volunteer, or declines them with the reason given. */
  async function answer(
    id: string,
    name: string,
    declined?: { reason: AdviserDeclineReason; note: string },
  ) {
    const result = declined
      ? await decline({ id, reason: declined.reason, note: declined.note || null })
      : await approve({ id });
    if (result.error) return;
    setDone(
      !declined
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
                  onClick={() => void answer(a.id, a.name)}
                >
                  Approve
                </button>
                <DeclineApplicationForm
                  applicant={`${a.name} as an adviser`}
                  reasons={ADVISER_DECLINE_REASON_NAMES}
                  busy={busy}
                  onDecline={(reason, note) => void answer(a.id, a.name, { reason, note })}
                />
              </div>
            </td>
          </tr>
        )}
      />
    </section>
  );
}
