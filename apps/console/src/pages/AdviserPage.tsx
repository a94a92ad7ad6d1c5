import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice, QueryState } from '../components/status';
import { graphql } from '../gql';
import { ADVISER_STATUS_NAMES } from '../status-names';

const OneAdviser = graphql(`
  query OneAdviser($id: ID!) {
    adviser(id: $id) {
      id
      name
      status
      jobTitle
      dbsCheckedOn
      inductionCompletedOn
      employer {
        name
      }
    }
  }
`);

const ApprovePendingAdviser = graphql(`
  mutation ApprovePendingAdviser($id: ID!) {
    approveAdviser(id: $id) {
      id
      status
    }
  }
`);

/** One adviser's record: their checks, and for a pending adviser the hub's approval. */
export function AdviserPage() {
  const { adviserId } = useParams();
  const [result] = useQuery({ query: OneAdviser, variables: { id: adviserId! } });
  const [approving, approve] = useMutation(ApprovePendingAdviser);

  return (
    <QueryState result={result} what="the adviser">
      {({ adviser: a }) => (
        <article data-testid="adviser-detail" data-adviser-id={a.id}>
          <h1>{a.name}</h1>
          <dl className="facts">
            <dt>Status</dt>
            <dd data-testid="adviser-status">{ADVISER_STATUS_NAMES[a.status]}</dd>
            {a.jobTitle && (
              <>
                <dt>Role</dt>
                <dd>
                  {a.jobTitle}
                  {a.employer && `, ${a.employer.name}`}
                </dd>
              </>
            )}
            <dt>DBS checked on</dt>
            <dd>{a.dbsCheckedOn ?? 'not recorded'}</dd>
            <dt>Induction completed on</dt>
            <dd>{a.inductionCompletedOn ?? 'not recorded'}</dd>
          </dl>
          {approving.error && <ErrorNotice error={approving.error} title="Not approved" />}
          {a.status === 'PENDING' && (
            <button
              type="button"
              disabled={approving.fetching}
              onClick={() => void approve({ id: a.id })}
            >
              Approve the adviser
            </button>
          )}
          <p>
            <Link to="/matches">Matches</Link>
          </p>
        </article>
      )}
    </QueryState>
  );
}
