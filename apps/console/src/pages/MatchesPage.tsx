import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Pager, useCursorPages } from '../components/pager';
import { EmptyState, QueryState } from '../components/status';
import { graphql } from '../gql';
import type { MatchStatus } from '../gql/graphql';
import { MatchActions } from './matches/MatchActions';
import { MATCH_STATUS_NAMES } from '../status-names';
import { useHubId } from '../session/hub-context';

const MyMatches = graphql(`
  query MyMatches($status: MatchStatus, $hubId: ID, $after: String) {
    matches(filter: { status: $status, hubId: $hubId }, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          type
          startsOn
          endsOn
          focus
          adviser {
            id
            name
          }
          institution {
            name
          }
        }
      }
    }
  }
`);

/**
 * The matches the user may see: an adviser their own, a careers leader their institution's, the
 * hub team the hub's. Proposals can be answered here.
 */
export function MatchesPage() {
  const [status, setStatus] = useState<MatchStatus | ''>('PROPOSED');
  const pages = useCursorPages();
  const [matches] = useQuery({
    query: MyMatches,
    variables: { status: status || null, hubId: useHubId(), after: pages.after },
  });

  return (
    <>
      <h1>Matches</h1>
      <div className="filters">
        <label>
          Status{' '}
          <select
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as MatchStatus | '');
              pages.reset();
            }}
          >
            <option value="">Any</option>
            {Object.entries(MATCH_STATUS_NAMES).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryState result={matches} what="matches">
        {({ matches: m }) =>
          m.totalCount === 0 ? (
            <EmptyState>
              {status === 'PROPOSED'
                ? 'No proposal is waiting for an answer.'
                : 'No match in this status.'}
            </EmptyState>
          ) : (
            <>
              <table data-testid="matches">
                <caption className="visually-hidden">Matches</caption>
                <thead>
                  <tr>
                    <th scope="col">Institution</th>
                    <th scope="col">Adviser</th>
                    <th scope="col">Type</th>
                    <th scope="col">From</th>
                    <th scope="col">Status</th>
                    <th scope="col">Answer</th>
                  </tr>
                </thead>
                <tbody>
                  {m.edges.map(({ node: match }) => (
                    <tr key={match.id} data-testid="match" data-match-id={match.id}>
                      <td>
                        <Link to={`/matches/${match.id}`}>{match.institution.name}</Link>
                        {match.focus && <div className="muted">{match.focus}</div>}
                      </td>
                      <td>
                        <Link to={`/advisers/${match.adviser.id}`}>{match.adviser.name}</Link>
                      </td>
                      <td>{match.type === 'ONE_TO_ONE' ? '1-2-1' : 'Agile'}</td>
                      <td>{match.startsOn}</td>
                      <td>{MATCH_STATUS_NAMES[match.status]}</td>
                      <td>
                        {match.status === 'PROPOSED' && (
                          <MatchActions
                            matchId={match.id}
                            label={`the match with ${match.institution.name}`}
                          />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager pages={pages} pageInfo={m.pageInfo} />
            </>
          )
        }
      </QueryState>
    </>
  );
}
