import { Link } from 'react-router';
import { PagedTable, usePagedQuery } from '../../components/paged-list';
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
  const list = usePagedQuery(MyMatches, { status }, (data) => data.matches, 'Match');
  const id = `matches-${status.toLowerCase()}`;

  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <PagedTable
        list={list}
        empty={empty}
        testId={id}
        caption={title}
        columns={[
          'Institution',
          'Type',
          'From',
          status === 'PROPOSED' ? 'Your answer' : 'Careers leader',
        ]}
        row={(m) => (
          <tr key={m.id} data-match-id={m.id}>
            <td>
              <Link to={`/matches/${m.id}`}>{m.institution.name}</Link>
              {m.institution.town && `, ${m.institution.town}`}
              {m.focus && <div className="muted">Focus: {m.focus}</div>}
              {status === 'ACTIVE' && m.type === 'ONE_TO_ONE' && (
                <div>
                  <Link to={`/matches/${m.id}#meetings`}>
                    Log a meeting<span className="visually-hidden"> with {m.institution.name}</span>
                  </Link>
                </div>
              )}
            </td>
            <td>{TYPE_NAMES[m.type]}</td>
            <td>{m.startsOn}</td>
            <td>
              {status === 'PROPOSED' ? (
                <MatchActions matchId={m.id} label={`the match with ${m.institution.name}`} />
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
        )}
      />
    </section>
  );
}
