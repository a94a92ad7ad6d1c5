import { useQuery } from 'urql';
import { DownloadCsvButton } from '../components/download-csv';
import { QueryState } from '../components/status';
import { graphql } from '../gql';
import { useHubId } from '../session/hub-context';
import { useSession } from '../session/session';
import { useAcademicYear } from '../use-academic-year';
import { AchievedDistributionSection } from './overview/AchievedDistributionSection';
import { ByFsmQuartileSection, ByInstitutionTypeSection } from './overview/AchievementSection';
import { BenchmarksSection } from './overview/BenchmarksSection';
import { FloorTargetSection } from './overview/FloorTargetSection';
import { HeadlinesSection } from './overview/HeadlinesSection';
import { HubTargetsSection } from './overview/HubTargetsSection';
import { LastSignInsSection } from './overview/LastSignInsSection';
import { MatchedHistorySection } from './overview/MatchedHistorySection';
import { QualitySection } from './overview/QualitySection';
import { NetworkActivitySection } from './overview/NetworkActivitySection';
import { WorkExperienceSection } from './overview/WorkExperienceSection';

graphql(`
  fragment QualityGroupFields on QualityGroup {
    group
    delivered
    checklistCompletePercent
    schoolResponsePercent
    employerResponsePercent
    pupilResponsePercent
    averageSchoolRating
    averageEmployerRating
    wouldHostAgainPercent
    criteriaMetPercent
    foundUsefulPercent
    knowMoreAboutSectorPercent
  }
`);

graphql(`
  fragment ReachFiguresFields on ReachFigures {
    group
    sessions
    institutions
    pupilsReached
    pupilsFromSendOrAp
    percentFromSendOrAp
    pupilsFromTopFsmQuartile
    percentFromTopFsmQuartile
  }
`);

const HubOverview = graphql(`
  query HubOverview($academicYear: String, $hubId: ID) {
    hubDashboard(academicYear: $academicYear, hubId: $hubId) {
      academicYear
      eligibleInstitutions
      institutionsInHub
      percentInHub
      inHubTarget
      fsqInstitutions
      fsqStudents
      percentFsqAtLeast100
      evaluatedInstitutions
      percentCompassPlus
      currentAdvisers
      percentMatchedAny
      percentMatchedOneToOne
      percentMatchedAgile
      averageAchieved
      nationalAverageAchieved
      targetAverageAchieved
      benchmarksRequiredToReachTarget
      lastLogins {
        name
        role
        lastLoginAt
      }
      byInstitutionType {
        type
        institutions
        averageAchieved
        bm5Percent
        bm6Percent
      }
      institutionTypeTotal {
        institutions
        averageAchieved
        bm5Percent
        bm6Percent
      }
      byFsmQuartile {
        quartile
        institutions
        averageAchieved
        bm5Percent
        bm6Percent
      }
      fsmQuartileTotal {
        institutions
        averageAchieved
        bm5Percent
        bm6Percent
      }
      floorTarget {
        benchmarksRequired
        achieving
        failing
        percentAchieving
        percentFailing
      }
      achievedDistribution {
        benchmarksAchieved
        institutions
        percent
      }
      benchmarks {
        number
        name
        achievedPercent
        partiallyPercent
        notAchievedPercent
        nationalAchievedPercent
        hubQuartile
      }
      matchedHistory {
        academicYear
        percentMatchedAny
        percentMatchedOneToOne
        percentMatchedAgile
      }
      quality {
        total {
          ...QualityGroupFields
        }
        byTier {
          ...QualityGroupFields
        }
        bySector {
          ...QualityGroupFields
        }
        byFsmQuartile {
          ...QualityGroupFields
        }
        byInstitutionType {
          ...QualityGroupFields
        }
        criteria {
          criterion
          promised
          promisedMet
          metPercent
          met
        }
      }
      networkActivity {
        academicYear
        events {
          eventsHeld
          byKind {
            kind
            held
          }
          registrations
          peopleRegistered
          attended
          attendanceRate
          noShows
          parentsAndCarersReached
          advisersAttending
          currentAdvisers
        }
        programmes {
          total {
            ...ReachFiguresFields
          }
          byProgramme {
            group
            sessions
            institutions
            pupilsReached
            pupilsFromSendOrAp
            percentFromSendOrAp
            pupilsFromTopFsmQuartile
            percentFromTopFsmQuartile
          }
          bySector {
            ...ReachFiguresFields
          }
          byKeyStage {
            ...ReachFiguresFields
          }
        }
      }
      workExperience {
        goalDays
        ks3 {
          keyStage
          placeDays
          pupils
          daysPerPupil
          annualGoalDays
          percentOfAnnualGoal
        }
        ks4 {
          keyStage
          placeDays
          pupils
          daysPerPupil
          annualGoalDays
          percentOfAnnualGoal
        }
      }
    }
  }
`);

const ExportDashboard = graphql(`
  query ExportDashboard($academicYear: String, $hubId: ID) {
    exportDashboard(academicYear: $academicYear, hubId: $hubId, format: CSV)
  }
`);

const ExportMatches = graphql(`
  query ExportMatches($academicYear: String, $hubId: ID) {
    exportMatches(academicYear: $academicYear, hubId: $hubId, format: CSV)
  }
`);

/** The Hub Overview Dashboard for the academic year chosen in the header. */
export function OverviewPage() {
  const academicYear = useAcademicYear();
  const hubId = useHubId();
  const [result, refetch] = useQuery({ query: HubOverview, variables: { academicYear, hubId } });
  const { session } = useSession();

  return (
    <>
      <div className="page-title">
        <h1>Hub overview {academicYear}</h1>
        <div className="downloads">
          <DownloadCsvButton
            label="Download dashboard CSV"
            fileName={`hub-dashboard-${academicYear.replace('/', '-')}.csv`}
            query={ExportDashboard}
            variables={{ academicYear, hubId }}
            pick={(d) => d.exportDashboard}
          />
          <DownloadCsvButton
            label="Download matches CSV"
            fileName={`matches-${academicYear.replace('/', '-')}.csv`}
            query={ExportMatches}
            variables={{ academicYear, hubId }}
            pick={(d) => d.exportMatches}
          />
        </div>
      </div>
      <QueryState result={result} what="the hub dashboard">
        {({ hubDashboard: d }) => (
          <>
            <HeadlinesSection d={d} />
            <LastSignInsSection lastLogins={d.lastLogins} />
            <ByInstitutionTypeSection d={d} />
            <ByFsmQuartileSection d={d} />
            <div className="two-columns">
              <FloorTargetSection floorTarget={d.floorTarget} />
              <AchievedDistributionSection d={d} />
            </div>
            <BenchmarksSection benchmarks={d.benchmarks} />
            <div className="two-columns">
              <MatchedHistorySection history={d.matchedHistory} />
              <WorkExperienceSection workExperience={d.workExperience} />
            </div>
            <QualitySection quality={d.quality} />
            <NetworkActivitySection activity={d.networkActivity} />
          </>
        )}
      </QueryState>
      {session?.user.role === 'HUB_ADMIN' && (
        <HubTargetsSection
          hubId={hubId}
          onSaved={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
    </>
  );
}
