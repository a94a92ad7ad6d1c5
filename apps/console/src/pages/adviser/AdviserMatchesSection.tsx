import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { Pager, useCursorPages } from '../../components/pager';
import { EmptyState, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import type { MatchStatus } from '../../gql/graphql';
import { MatchActions } from '../matches/MatchActions';

const MyMatches = graphql(`
  query MyMatchesByStatus($status: MatchStatus!, $after: String) {
    matches(first: 20, after: $after, filter: { status: $status }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          type
          startsOn
          endsOn
          focus
          institution {
            id
            name
            town
            laName
            careersLeader {
              name
              email
            }
          }
        }
      }
    }
  }
`);

const TYPE_NAMES = { ONE_TO_ONE: '1-2-1 partnership', AGILE: 'Agile support' } as const;

/** The adviser's matches in one status: proposals to answer, or active ones with their contact. */
export function AdviserMatchesSection({
  status,
  title,
  empty,
}: {
  status: Extract<MatchStatus, 'PROPOSED' | 'ACTIVE'>;
  title: string;
  empty: string;
}) {
  const pages = useCursorPages();
  const context = useMemo(() => ({ additionalTypenames: ['Match'] }), []);
  const [result] = useQuery({
    query: MyMatches,
    variables: { status, after: pages.after },
    context,
  });
  const id = `matches-${status.toLowerCase()}`;

  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <QueryState result={result} what={title.toLowerCase()}>
        {({ matches }) =>
          matches.totalCount === 0 ? (
            <EmptyState>{empty}</EmptyState>
          ) : (
            <>
              <DataTable
                testId={id}
                caption={title}
                columns={[
                  'Institution',
                  'Type',
                  'From',
                  status === 'PROPOSED' ? 'Your answer' : 'Careers leader',
                ]}
              >
                {matches.edges.map(({ node: m }) => (
                  <tr key={m.id} data-match-id={m.id}>
                    <td>
                      <Link to={`/matches/${m.id}`}>{m.institution.name}</Link>
                      {m.institution.town && `, ${m.institution.town}`}
                      {m.focus && <div className="muted">Focus: {m.focus}</div>}
                    </td>
                    <td>{TYPE_NAMES[m.type]}</td>
                    <td>{m.startsOn}</td>
                    <td>
                      {status === 'PROPOSED' ? (
                        <MatchActions
                          matchId={m.id}
                          label={`the match with ${m.institution.name}`}
                        />
                      ) : m.institution.careersLeader ? (
                        <>
                          {m.institution.careersLeader.name},{' '}
                          <a href={`mailto:${m.institution.careersLeader.email}`}>
                            {m.institution.careersLeader.email}
                          </a>
                        </>
                      ) : (
                        <span className="muted">No careers leader recorded: ask the hub</span>
                      )}
                    </td>
                  </tr>
                ))}
              </DataTable>
              <Pager pages={pages} pageInfo={matches.pageInfo} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}
