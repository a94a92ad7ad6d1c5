import { useCallback, useState } from 'react';
import { useQuery } from 'urql';
import { percent, QueryState, Tile } from '../components/status';
import { graphql } from '../gql';
import { proposalStartDate } from '../academic-year';
import { useAcademicYear } from '../use-academic-year';
import { useHubId } from '../session/hub-context';
import { AutoMatchPlanSection } from './workbench/AutoMatchPlanSection';
import { MatchesToReviewSection } from './workbench/MatchesToReviewSection';
import { ProposalsSection } from './workbench/ProposalsSection';
import { SpareCapacitySection } from './workbench/SpareCapacitySection';
import { UnmatchedSection } from './workbench/UnmatchedSection';

const WorkbenchSummary = graphql(`
  query WorkbenchSummary($academicYear: String, $hubId: ID) {
    matchingSummary(academicYear: $academicYear, hubId: $hubId) {
      academicYear
      institutionsInHub
      advisersActive
      advisersMatchable
      advisersWithSpareOneToOne
      advisersWithSpareAgile
      matchedAny {
        count
        percent
      }
      matchedOneToOne {
        count
        percent
      }
      matchedAgile {
        count
        percent
      }
      byLocalAuthority {
        laCode
        laName
      }
      unmatchedInstitutions(first: 1) {
        totalCount
      }
    }
  }
`);

/** Matching workbench: who still needs an adviser, who could help, and the whole-hub plan. */
export function WorkbenchPage() {
  const academicYear = useAcademicYear();
  const hubId = useHubId();
  const [summary, refetchSummary] = useQuery({
    query: WorkbenchSummary,
    variables: { academicYear, hubId },
  });
  const startsOn = proposalStartDate(academicYear);
  // Bumped after every change so each section asks the API again.
  const [changes, setChanges] = useState(0);
  const changed = useCallback(() => {
    refetchSummary({ requestPolicy: 'network-only' });
    setChanges((n) => n + 1);
  }, [refetchSummary]);

  return (
    <>
      <h1>Matching workbench</h1>
      {!startsOn && (
        <p className="notice notice-error" data-testid="year-ended">
          {academicYear} has ended: a match proposed now cannot start in it, so nothing can be
          proposed here. Choose the current academic year to propose matches.
        </p>
      )}
      <QueryState result={summary} what="the matching figures">
        {({ matchingSummary: s }) => (
          <>
            <section aria-labelledby="matched-heading">
              <h2 id="matched-heading">Matched in {s.academicYear}</h2>
              <div className="tiles">
                <Tile
                  testId="workbench-matched-any"
                  label="Matched (either)"
                  value={percent(s.matchedAny.percent)}
                  detail={`${s.matchedAny.count} of ${s.institutionsInHub} institutions`}
                />
                <Tile
                  label="Matched 1-2-1"
                  value={percent(s.matchedOneToOne.percent)}
                  detail={`${s.matchedOneToOne.count} institutions`}
                />
                <Tile
                  label="Matched agile"
                  value={percent(s.matchedAgile.percent)}
                  detail={`${s.matchedAgile.count} institutions`}
                />
                <Tile
                  label="Still to match"
                  value={s.unmatchedInstitutions.totalCount}
                  detail="institutions in the hub"
                />
                <Tile
                  testId="workbench-spare-one-to-one"
                  label="Advisers free for a 1-2-1"
                  value={s.advisersWithSpareOneToOne}
                  detail={`of ${s.advisersMatchable} who may be matched (${s.advisersActive} active)`}
                />
                <Tile
                  testId="workbench-spare-agile"
                  label="Advisers free for agile support"
                  value={s.advisersWithSpareAgile}
                  detail={`of ${s.advisersMatchable} who may be matched`}
                />
              </div>
            </section>
            <UnmatchedSection
              academicYear={academicYear}
              startsOn={startsOn}
              localAuthorities={s.byLocalAuthority}
              changes={changes}
              onChange={changed}
            />
          </>
        )}
      </QueryState>
      <ProposalsSection academicYear={academicYear} changes={changes} onChange={changed} />
      <AutoMatchPlanSection academicYear={academicYear} startsOn={startsOn} onChange={changed} />
      <SpareCapacitySection changes={changes} />
      <MatchesToReviewSection academicYear={academicYear} changes={changes} />
    </>
  );
}
