import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../components/status';
import { graphql } from '../gql';
import { MatchActions } from './matches/MatchActions';
import { MeetingsSection } from './matches/MeetingsSection';
import { useSession } from '../session/session';
import { MATCH_STATUS_NAMES } from '../status-names';

const OneMatch = graphql(`
  query OneMatch($id: ID!) {
    match(id: $id) {
      id
      status
      type
      startsOn
      endsOn
      endedOn
      focus
      acceptedAt
      declineReason
      endReason
      overrideReason
      adviser {
        name
      }
      meetings {
        id
        metOn
        benchmarks
        note
      }
      institution {
        name
      }
    }
  }
`);

/** One match, where an emailed link about it lands; a proposal can be answered here. */
export function MatchPage() {
  const { matchId } = useParams();
  const [result, refetch] = useQuery({ query: OneMatch, variables: { id: matchId! } });
  const { session } = useSession();

  return (
    <>
      <p>
        <Link to="/matches">All matches</Link>
      </p>
      <QueryState result={result} what="the match">
        {({ match }) => (
          <article data-testid="match-detail" data-match-id={match.id}>
            <h1>
              {match.adviser.name} with {match.institution.name}
            </h1>
            <dl className="facts">
              <dt>Status</dt>
              <dd data-testid="match-status">{MATCH_STATUS_NAMES[match.status]}</dd>
              <dt>Type</dt>
              <dd>{match.type === 'ONE_TO_ONE' ? '1-2-1 partnership' : 'Agile support'}</dd>
              <dt>Dates</dt>
              <dd>
                {match.startsOn} to {match.endedOn ?? match.endsOn ?? 'open-ended'}
              </dd>
              {match.focus && (
                <>
                  <dt>Focus</dt>
                  <dd>{match.focus}</dd>
                </>
              )}
              {match.overrideReason && (
                <>
                  <dt>Why outside the adviser’s local authorities</dt>
                  <dd>{match.overrideReason}</dd>
                </>
              )}
              {match.declineReason && (
                <>
                  <dt>Why declined</dt>
                  <dd>{match.declineReason}</dd>
                </>
              )}
              {match.endReason && (
                <>
                  <dt>Why ended</dt>
                  <dd>{match.endReason}</dd>
                </>
              )}
            </dl>
            {match.status === 'PROPOSED' && (
              <MatchActions matchId={match.id} label={`the match with ${match.institution.name}`} />
            )}
            {match.type === 'ONE_TO_ONE' &&
              match.status !== 'PROPOSED' &&
              match.status !== 'DECLINED' && (
                <MeetingsSection
                  matchId={match.id}
                  startsOn={match.startsOn}
                  meetings={match.meetings}
                  // An adviser reads only their own matches.
                  canLog={session?.user.role === 'ADVISER'}
                  onLogged={() => refetch({ requestPolicy: 'network-only' })}
                />
              )}
          </article>
        )}
      </QueryState>
    </>
  );
}
