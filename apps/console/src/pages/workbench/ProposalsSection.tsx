import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { EmptyState, ErrorNotice, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import { useHubId } from '../../session/hub-context';
import { useRefetchOn } from '../../use-refetch-on';

export const Proposals = graphql(`
  query Proposals($academicYear: String, $hubId: ID) {
    matches(filter: { status: PROPOSED, academicYear: $academicYear, hubId: $hubId }, first: 50) {
      totalCount
      edges {
        node {
          id
          type
          startsOn
          overrideReason
          adviser {
            id
            name
          }
          institution {
            id
            name
          }
        }
      }
    }
  }
`);

const AcceptMatch = graphql(`
  mutation AcceptMatch($id: ID!) {
    acceptMatch(id: $id) {
      id
      status
    }
  }
`);

/** Proposals waiting for the adviser; staff record an acceptance given to them directly. */
export function ProposalsSection(props: {
  academicYear: string;
  changes: number;
  onChange: () => void;
}) {
  const [proposals, refetch] = useQuery({
    query: Proposals,
    variables: { academicYear: props.academicYear, hubId: useHubId() },
  });
  useRefetchOn(props.changes, refetch);
  const [accepting, accept] = useMutation(AcceptMatch);

  return (
    <section aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">Proposals waiting for the adviser</h2>
      {accepting.error && <ErrorNotice error={accepting.error} title="Not accepted" />}
      <QueryState result={proposals} what="proposals">
        {({ matches }) =>
          matches.totalCount === 0 ? (
            <EmptyState>
              No proposal is waiting. Propose an adviser from the suggestions above, or apply the
              auto-match plan.
            </EmptyState>
          ) : (
            <DataTable
              testId="proposals"
              caption="Proposed matches"
              columns={[
                'Institution',
                'Adviser',
                'Type',
                'Starts',
                <span key="action" className="visually-hidden">
                  Action
                </span>,
              ]}
            >
              {matches.edges.map(({ node: m }) => (
                <tr key={m.id} data-testid="proposal">
                  <td>
                    <Link to={`/matches/${m.id}`}>{m.institution.name}</Link>
                  </td>
                  <td>
                    <Link to={`/advisers/${m.adviser.id}`}>{m.adviser.name}</Link>
                    {m.overrideReason && (
                      <div className="muted" data-testid="override-reason">
                        Outside their local authorities: {m.overrideReason}
                      </div>
                    )}
                  </td>
                  <td>{m.type === 'ONE_TO_ONE' ? '1-2-1' : 'Agile'}</td>
                  <td>{m.startsOn}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      disabled={accepting.fetching}
                      aria-label={`Record that ${m.adviser.name} accepted ${m.institution.name}`}
                      onClick={async () => {
                        const result = await accept({ id: m.id });
                        if (result.data) props.onChange();
                      }}
                    >
                      Adviser accepted
                    </button>
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryState>
    </section>
  );
}
