import { useMutation, useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { EmptyState, ErrorNotice, QueryState } from '../../components/status';
import { graphql } from '../../gql';

const HubSectorGroups = graphql(`
  query HubSectorGroupsToJoin {
    sectorGroups {
      id
      name
      description
      joinRequested
    }
  }
`);

const RequestMembership = graphql(`
  mutation RequestSectorGroupMembership($id: ID!) {
    requestSectorGroupMembership(sectorGroupId: $id) {
      id
      joinRequested
    }
  }
`);

/** The hub's sector groups the employer is not in, each with a request to join for hub staff. */
export function JoinSectorGroups({ memberOf }: { memberOf: string[] }) {
  const [result] = useQuery({ query: HubSectorGroups });
  const [requesting, request] = useMutation(RequestMembership);
  return (
    <>
      <h3>Other sector groups of the hub</h3>
      {requesting.error && <ErrorNotice error={requesting.error} title="Not asked" />}
      <QueryState result={result} what="the hub’s sector groups">
        {({ sectorGroups }) => {
          const others = sectorGroups.filter((g) => !memberOf.includes(g.id));
          if (others.length === 0) return <EmptyState>You are in every sector group.</EmptyState>;
          return (
            <DataTable
              testId="sector-groups-to-join"
              caption="Sector groups you may ask to join"
              columns={['Group', 'About', '']}
            >
              {others.map((g) => (
                <tr key={g.id}>
                  <td>{g.name}</td>
                  <td>{g.description}</td>
                  <td>
                    {g.joinRequested ? (
                      <span data-testid="join-requested">Asked: waiting for hub staff</span>
                    ) : (
                      <button
                        type="button"
                        className="secondary"
                        disabled={requesting.fetching}
                        aria-label={`Ask to join ${g.name}`}
                        onClick={() => void request({ id: g.id })}
                      >
                        Ask to join
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          );
        }}
      </QueryState>
    </>
  );
}
