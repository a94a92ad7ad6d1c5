import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { EmptyState, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import { useHubId } from '../../session/hub-context';
import { useRefetchOn } from '../../use-refetch-on';

const MatchesToReview = graphql(`
  query MatchesToReview($academicYear: String, $hubId: ID) {
    matchesToReview(academicYear: $academicYear, hubId: $hubId) {
      id
      startsOn
      reasons
      adviser {
        id
        name
      }
      institution {
        name
      }
    }
  }
`);

const REASON_TEXT: Record<string, string> = {
  ADVISER_LEFT: 'Adviser has left',
  ADVISER_PAUSED: 'Adviser is paused',
  ADVISER_ERASED: 'Adviser’s data was erased',
  DBS_MISSING: 'No DBS check recorded',
  DBS_EXPIRED: 'DBS check has lapsed',
  NO_ACTIVITY: 'No activity since the year began',
};

/** Active matches to look at as the year rolls over. */
export function MatchesToReviewSection(props: { academicYear: string; changes: number }) {
  const [reviews, refetch] = useQuery({
    query: MatchesToReview,
    variables: { academicYear: props.academicYear, hubId: useHubId() },
  });
  useRefetchOn(props.changes, refetch);
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">Matches to review at year rollover</h2>
      <QueryState result={reviews} what="matches to review">
        {({ matchesToReview }) =>
          matchesToReview.length === 0 ? (
            <EmptyState>
              Nothing to review: every active match has an active adviser with a valid DBS check and
              recent activity.
            </EmptyState>
          ) : (
            <DataTable
              testId="matches-to-review"
              caption="Matches to review"
              columns={['Institution', 'Adviser', 'Since', 'Why']}
            >
              {matchesToReview.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/matches/${r.id}`}>{r.institution.name}</Link>
                  </td>
                  <td>
                    <Link to={`/advisers/${r.adviser.id}`}>{r.adviser.name}</Link>
                  </td>
                  <td>{r.startsOn}</td>
                  <td>{r.reasons.map((reason) => REASON_TEXT[reason] ?? reason).join('; ')}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryState>
    </section>
  );
}
