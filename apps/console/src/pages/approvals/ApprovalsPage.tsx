import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DeclineWithReason } from '../../components/decline-with-reason';
import { PagedTable, usePagedQuery } from '../../components/paged-list';
import { ErrorNotice, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import { useSession } from '../../session/session';
import { TIER_NAMES } from '../employer/names';

const AwaitingApproval = graphql(`
  query AwaitingApproval($after: String) {
    opportunities(first: 25, after: $after, filter: { statuses: [PENDING_APPROVAL] }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          tier
          startsOn
          endsOn
          atEmployerPremises
          submittedAt
          employer {
            name
          }
        }
      }
    }
  }
`);

const ApprovalSetting = graphql(`
  query ApprovalSetting {
    opportunityApproval {
      hubId
      approvalRequired
    }
  }
`);

const SetApproval = graphql(`
  mutation SetApproval($required: Boolean!) {
    setOpportunityApproval(required: $required) {
      hubId
      approvalRequired
    }
  }
`);

const Approve = graphql(`
  mutation ApproveOpportunity($id: ID!) {
    approveOpportunity(id: $id) {
      id
      status
    }
  }
`);

const Reject = graphql(`
  mutation RejectOpportunity($id: ID!, $reason: String!) {
    rejectOpportunity(id: $id, reason: $reason) {
      id
      status
      rejectionReason
    }
  }
`);

/** The hub team's queue of opportunities submitted for approval, oldest start first. */
export function ApprovalsPage() {
  const { session } = useSession();
  const { again, ...list } = usePagedQuery(
    AwaitingApproval,
    {},
    (data) => data.opportunities,
    'Opportunity',
  );
  const [approving, approve] = useMutation(Approve);
  const [rejecting, reject] = useMutation(Reject);
  const busy = approving.fetching || rejecting.fetching;
  const acted = (r: { error?: unknown }) => {
    if (!r.error) again();
  };

  return (
    <>
      <h1 className="page-title">Approvals</h1>
      <p>
        Placements (tier 3, or at the employer’s premises) always wait here before they are
        published. One at the employer’s premises is approved only while the employer’s insurance
        and its risk assessment stand until it ends: see Compliance.
      </p>
      {session?.user.role === 'HUB_ADMIN' && <ApprovalSettingSection />}
      <section aria-labelledby="approval-queue">
        <h2 id="approval-queue">Waiting for approval</h2>
        {(approving.error ?? rejecting.error) && (
          <ErrorNotice error={(approving.error ?? rejecting.error)!} title="Not changed" />
        )}
        <PagedTable
          list={list}
          what="the opportunities waiting for approval"
          empty="Nothing waits for approval."
          testId="approval-queue"
          caption="Opportunities waiting for approval"
          columns={['Opportunity', 'Employer', 'Tier', 'Dates', 'Where', 'Submitted', '']}
          row={(o) => (
            <tr key={o.id} data-opportunity-id={o.id}>
              <td>
                <Link to={`/opportunities/${o.id}`}>{o.title}</Link>
              </td>
              <td>{o.employer.name}</td>
              <td>{TIER_NAMES[o.tier]}</td>
              <td>
                {o.startsOn} to {o.endsOn}
              </td>
              <td>{o.atEmployerPremises ? 'At the employer’s premises' : 'Elsewhere'}</td>
              <td>{o.submittedAt ? String(o.submittedAt).slice(0, 10) : ''}</td>
              <td className="col-action">
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`Approve ${o.title}`}
                  onClick={() => void approve({ id: o.id }).then(acted)}
                >
                  Approve
                </button>{' '}
                <DeclineWithReason
                  label={`Send back ${o.title}`}
                  verb="Send back"
                  question="What the employer should change"
                  busy={busy}
                  onDecline={(reason) => void reject({ id: o.id, reason }).then(acted)}
                />
              </td>
            </tr>
          )}
        />
      </section>
    </>
  );
}

/** The hub administrator's choice: approve every opportunity, or placements only. */
function ApprovalSettingSection() {
  const [result] = useQuery({ query: ApprovalSetting });
  const [setting, set] = useMutation(SetApproval);
  return (
    <section aria-labelledby="approval-setting">
      <h2 id="approval-setting">What needs approval</h2>
      <QueryState result={result} what="the hub’s setting">
        {({ opportunityApproval }) => (
          <label>
            <input
              type="checkbox"
              checked={opportunityApproval.approvalRequired}
              disabled={setting.fetching}
              onChange={(e) => void set({ required: e.target.checked })}
            />{' '}
            Every opportunity needs the hub’s approval before it is published (placements always do)
          </label>
        )}
      </QueryState>
      {setting.error && <ErrorNotice error={setting.error} title="Not changed" />}
    </section>
  );
}
