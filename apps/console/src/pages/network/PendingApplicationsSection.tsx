import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { Pager, useCursorPages } from '../../components/pager';
import { EmptyState, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import type { MembershipDeclineReason } from '../../gql/graphql';
import { useHubId } from '../../session/hub-context';
import { MEMBERSHIP_DECLINE_REASON_NAMES } from '../../status-names';
import { useRefetchOn } from '../../use-refetch-on';
import { AnswerOutcome } from './AnswerOutcome';
import { DeclineApplicationForm } from './DeclineApplicationForm';

const PendingMemberships = graphql(`
  query PendingMemberships($after: String, $hubId: ID) {
    sectorGroups(hubId: $hubId) {
      id
      name
    }
    memberships(first: 25, after: $after, status: PENDING, hubId: $hubId) {
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
            sectorGroupIds
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
  mutation DeclineMembership($id: ID!, $reason: MembershipDeclineReason!, $note: String) {
    declineMembership(id: $id, reason: $reason, note: $note) {
      id
      status
      declineReason
      declineNote
    }
  }
`);

/** The names of the groups among `ids`, in the groups' order. */
function namesOf(groups: { id: string; name: string }[], ids: string[]): string[] {
  return groups.filter((g) => ids.includes(g.id)).map((g) => g.name);
}

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
  const hubId = useHubId();
  const [pending, refetch] = useQuery({
    query: PendingMemberships,
    variables: { after: pages.after, hubId },
  });
  useRefetchOn(changes, refetch);
  const [approving, approve] = useMutation(ApproveMembership);
  const [declining, decline] = useMutation(DeclineMembership);
  const [done, setDone] = useState<string | null>(null);
  const busy = approving.fetching || declining.fetching;

  /** Approves the application, or declines it with the reason given. */
  async function answer(
    id: string,
    name: string,
    declined?: { reason: MembershipDeclineReason; note: string },
  ) {
    const approved = !declined;
    const result = declined
      ? await decline({ id, reason: declined.reason, note: declined.note || null })
      : await approve({ id });
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
      <AnswerOutcome done={done} approveError={approving.error} declineError={declining.error} />
      <QueryState result={pending} what="applications">
        {({ memberships, sectorGroups }) =>
          memberships.edges.length === 0 ? (
            <EmptyState>No application is waiting: every one has been answered.</EmptyState>
          ) : (
            <>
              <DataTable
                testId="applications"
                caption="Applications waiting for an answer"
                columns={[
                  'Organisation',
                  'Contact',
                  'Sector groups of interest',
                  'Applied',
                  'Answer',
                ]}
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
                    <td>
                      {namesOf(sectorGroups, m.application?.sectorGroupIds ?? []).join(', ') || '–'}
                    </td>
                    <td>{m.appliedAt.slice(0, 10)}</td>
                    <td>
                      <div className="membership-actions">
                        <button
                          type="button"
                          disabled={busy}
                          aria-label={`Approve ${m.employer.name}`}
                          onClick={() => void answer(m.id, m.employer.name)}
                        >
                          Approve
                        </button>
                        <DeclineApplicationForm
                          applicant={m.employer.name}
                          reasons={MEMBERSHIP_DECLINE_REASON_NAMES}
                          busy={busy}
                          onDecline={(reason, note) =>
                            void answer(m.id, m.employer.name, { reason, note })
                          }
                        />
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
