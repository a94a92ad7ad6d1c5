import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useQuery } from 'urql';
import { ROLE_NAMES, useAcademicYear } from '../App';
import { BarFigure } from '../components/bar-figure';
import { DataTable } from '../components/data-table';
import { DownloadCsvButton } from '../components/download-csv';
import { EmptyState, percent, QueryState, Tile } from '../components/status';
import { graphql } from '../gql';
import type { InstitutionType } from '../gql/graphql';
import { INSTITUTION_TYPE_NAMES } from './workbench/UnmatchedSection';

const HubOverview = graphql(`
  query HubOverview($academicYear: String) {
    hubDashboard(academicYear: $academicYear) {
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
  query ExportDashboard($academicYear: String) {
    exportDashboard(academicYear: $academicYear, format: CSV)
  }
`);

const ExportMatches = graphql(`
  query ExportMatches($academicYear: String) {
    exportMatches(academicYear: $academicYear, format: CSV)
  }
`);

const SHORT_TYPE_NAMES: Record<InstitutionType, string> = {
  MAINSTREAM: 'Mainstream',
  SEND: 'SEND',
  AP: 'AP',
  POST_16: 'Post-16',
};

const BLUE = '#1d5a8c';
const ORANGE = '#b34a00';
const GREEN = '#1e6b33';
const GREY = '#5d6770';

interface Achievement {
  institutions: number;
  averageAchieved?: number | null;
  bm5Percent?: number | null;
  bm6Percent?: number | null;
}

function one(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : value.toFixed(1);
}

function AchievementSection(props: {
  id: string;
  title: string;
  groupName: string;
  rows: (Achievement & { label: string; short: string })[];
  total: Achievement;
}) {
  return (
    <section aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      {props.total.institutions === 0 ? (
        <EmptyState>
          No institution in this group has a Compass evaluation yet. Figures appear once
          institutions record their evaluations.
        </EmptyState>
      ) : (
        <div className="two-columns">
          <BarFigure
            label={`${props.title}: BM5 and BM6 achieved, bar chart`}
            height={240}
            data={props.rows}
            xKey="short"
            everyTick
            yAxis="percent"
            bars={[
              { dataKey: 'bm5Percent', name: 'BM5 achieved %', fill: BLUE },
              { dataKey: 'bm6Percent', name: 'BM6 achieved %', fill: ORANGE },
            ]}
          />
          <DataTable
            testId={props.id}
            caption={props.title}
            columns={[props.groupName, 'Institutions', 'Average BMs achieved', 'BM5', 'BM6']}
            footer={
              <tr>
                <th scope="row">Total</th>
                <td className="num">{props.total.institutions}</td>
                <td className="num">{one(props.total.averageAchieved)}</td>
                <td className="num">{percent(props.total.bm5Percent)}</td>
                <td className="num">{percent(props.total.bm6Percent)}</td>
              </tr>
            }
          >
            {props.rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.institutions}</td>
                <td className="num">{one(r.averageAchieved)}</td>
                <td className="num">{percent(r.bm5Percent)}</td>
                <td className="num">{percent(r.bm6Percent)}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </section>
  );
}

/** The Hub Overview Dashboard for the academic year chosen in the header. */
export function OverviewPage() {
  const academicYear = useAcademicYear();
  const [result] = useQuery({ query: HubOverview, variables: { academicYear } });

  return (
    <>
      <div className="page-title">
        <h1>Hub overview {academicYear}</h1>
        <div className="downloads">
          <DownloadCsvButton
            label="Download dashboard CSV"
            fileName={`hub-dashboard-${academicYear.replace('/', '-')}.csv`}
            query={ExportDashboard}
            variables={{ academicYear }}
            pick={(d) => d.exportDashboard}
          />
          <DownloadCsvButton
            label="Download matches CSV"
            fileName={`matches-${academicYear.replace('/', '-')}.csv`}
            query={ExportMatches}
            variables={{ academicYear }}
            pick={(d) => d.exportMatches}
          />
        </div>
      </div>
      <QueryState result={result} what="the hub dashboard">
        {({ hubDashboard: d }) => (
          <>
            <section aria-labelledby="headline-heading">
              <h2 id="headline-heading">Headlines</h2>
              <div className="tiles">
                <Tile
                  testId="tile-eligible"
                  label="Eligible institutions"
                  value={d.eligibleInstitutions}
                />
                <Tile
                  testId="tile-in-hub"
                  label="Institutions in hub"
                  value={d.institutionsInHub}
                  detail={`${percent(d.percentInHub)} of eligible (target ${d.inHubTarget}%)`}
                />
                <Tile
                  testId="tile-fsq"
                  label="FSQ this year"
                  value={d.fsqStudents}
                  detail={`students at ${d.fsqInstitutions} institutions`}
                />
                <Tile
                  testId="tile-fsq-100"
                  label="FSQ completions ≥ 100"
                  value={percent(d.percentFsqAtLeast100)}
                  detail="of institutions in hub"
                />
                <Tile
                  testId="tile-compass-plus"
                  label="Upgraded to Compass+"
                  value={percent(d.percentCompassPlus)}
                  detail={`of ${d.evaluatedInstitutions} evaluated`}
                />
                <Tile testId="tile-advisers" label="Current EAs" value={d.currentAdvisers} />
                <Tile
                  testId="tile-matched-any"
                  label="Matched (1-2-1 or agile)"
                  value={percent(d.percentMatchedAny)}
                />
                <Tile
                  testId="tile-matched-one-to-one"
                  label="Matched 1-2-1"
                  value={percent(d.percentMatchedOneToOne)}
                />
                <Tile
                  testId="tile-matched-agile"
                  label="Matched agile"
                  value={percent(d.percentMatchedAgile)}
                />
                <Tile
                  testId="tile-average-bms"
                  label="Average BMs achieved"
                  value={one(d.averageAchieved)}
                  detail={`national ${one(d.nationalAverageAchieved)}`}
                />
                <Tile
                  testId="tile-bms-required"
                  label="BMs required to reach target"
                  value={d.benchmarksRequiredToReachTarget ?? '–'}
                  detail={
                    d.targetAverageAchieved != null
                      ? `target average ${one(d.targetAverageAchieved)}`
                      : 'no target set'
                  }
                />
              </div>
            </section>

            <section aria-labelledby="last-logins-heading">
              <h2 id="last-logins-heading">Last sign-ins</h2>
              {d.lastLogins.length === 0 ? (
                <EmptyState>Nobody in the hub has signed in yet.</EmptyState>
              ) : (
                <DataTable
                  testId="last-logins"
                  caption="The hub's most recent sign-ins"
                  columns={['Name', 'Last sign-in', 'Role']}
                >
                  {d.lastLogins.map((login, i) => (
                    <tr key={i}>
                      <th scope="row">{login.name}</th>
                      <td>{new Date(login.lastLoginAt).toLocaleDateString('en-GB')}</td>
                      <td>{ROLE_NAMES[login.role] ?? login.role}</td>
                    </tr>
                  ))}
                </DataTable>
              )}
            </section>

            <AchievementSection
              id="by-type"
              title="BM achievement by institution type"
              groupName="Type"
              rows={d.byInstitutionType.map((r) => ({
                ...r,
                label: INSTITUTION_TYPE_NAMES[r.type as InstitutionType],
                short: SHORT_TYPE_NAMES[r.type as InstitutionType],
              }))}
              total={d.institutionTypeTotal}
            />
            <AchievementSection
              id="by-fsm"
              title="BM achievement by FSM quartile"
              groupName="FSM quartile"
              rows={d.byFsmQuartile.map((r) => ({
                ...r,
                label: `Q${r.quartile}`,
                short: `Q${r.quartile}`,
              }))}
              total={d.fsmQuartileTotal}
            />

            <div className="two-columns">
              <section aria-labelledby="floor-heading">
                <h2 id="floor-heading">Floor target ({d.floorTarget.benchmarksRequired}+ BMs)</h2>
                <DataTable
                  testId="floor-target"
                  caption="Floor target status"
                  columns={['Status', 'Institutions', '%']}
                >
                  <tr>
                    <th scope="row">Achieving</th>
                    <td className="num">{d.floorTarget.achieving}</td>
                    <td className="num">{percent(d.floorTarget.percentAchieving)}</td>
                  </tr>
                  <tr>
                    <th scope="row">Failing</th>
                    <td className="num">{d.floorTarget.failing}</td>
                    <td className="num">{percent(d.floorTarget.percentFailing)}</td>
                  </tr>
                </DataTable>
              </section>
              <section aria-labelledby="distribution-heading">
                <h2 id="distribution-heading">Number of BMs achieved</h2>
                {d.evaluatedInstitutions === 0 ? (
                  <EmptyState>
                    No institution in the hub has a Compass evaluation for this year yet.
                  </EmptyState>
                ) : (
                  <BarFigure
                    label="Institutions by number of benchmarks achieved, bar chart"
                    height={220}
                    data={d.achievedDistribution}
                    xKey="benchmarksAchieved"
                    yAxis="count"
                    bars={[{ dataKey: 'institutions', name: 'Institutions', fill: BLUE }]}
                  />
                )}
              </section>
            </div>

            <section aria-labelledby="benchmarks-heading">
              <h2 id="benchmarks-heading">Each benchmark against the national average</h2>
              <div className="two-columns">
                <BarFigure
                  label="Benchmarks achieved, hub and national, bar chart"
                  height={260}
                  data={d.benchmarks.map((b) => ({ ...b, label: `BM${b.number}` }))}
                  xKey="label"
                  yAxis="percent"
                  bars={[
                    { dataKey: 'achievedPercent', name: 'Hub achieved %', fill: BLUE },
                    { dataKey: 'nationalAchievedPercent', name: 'National achieved %', fill: GREY },
                  ]}
                />
                <DataTable
                  testId="benchmarks"
                  caption="Benchmarks"
                  columns={[
                    'Benchmark',
                    'Achieved',
                    'Partially',
                    'Not',
                    'National',
                    'Hub quartile',
                  ]}
                >
                  {d.benchmarks.map((b) => (
                    <tr key={b.number}>
                      <th scope="row">
                        {b.number}. {b.name}
                      </th>
                      <td className="num">{percent(b.achievedPercent)}</td>
                      <td className="num">{percent(b.partiallyPercent)}</td>
                      <td className="num">{percent(b.notAchievedPercent)}</td>
                      <td className="num">{percent(b.nationalAchievedPercent)}</td>
                      <td className="num">{b.hubQuartile ?? '–'}</td>
                    </tr>
                  ))}
                </DataTable>
              </div>
            </section>

            <div className="two-columns">
              <section aria-labelledby="history-heading">
                <h2 id="history-heading">Matched over five years</h2>
                <figure
                  className="chart"
                  aria-label="Percentage matched per academic year, line chart"
                >
                  <ResponsiveContainer width="100%" height={240}>
                    <LineChart data={d.matchedHistory}>
                      <CartesianGrid strokeDasharray="3 3" />
                      <XAxis dataKey="academicYear" />
                      <YAxis domain={[0, 100]} unit="%" />
                      <Tooltip />
                      <Legend />
                      <Line
                        dataKey="percentMatchedAny"
                        name="Either"
                        stroke={BLUE}
                        strokeWidth={2}
                        isAnimationActive={false}
                      />
                      <Line
                        dataKey="percentMatchedOneToOne"
                        name="1-2-1"
                        stroke={GREEN}
                        isAnimationActive={false}
                      />
                      <Line
                        dataKey="percentMatchedAgile"
                        name="Agile"
                        stroke={ORANGE}
                        isAnimationActive={false}
                      />
                    </LineChart>
                  </ResponsiveContainer>
                </figure>
              </section>
              <section aria-labelledby="we-heading">
                <h2 id="we-heading">
                  Work experience against the {d.workExperience.goalDays}-day goal
                </h2>
                <BarFigure
                  label="Work-experience days per pupil against this year's goal, bar chart"
                  height={200}
                  data={[d.workExperience.ks3, d.workExperience.ks4]}
                  xKey="keyStage"
                  bars={[
                    { dataKey: 'daysPerPupil', name: 'Days per pupil', fill: BLUE },
                    { dataKey: 'annualGoalDays', name: "This year's goal", fill: GREY },
                  ]}
                />
                <DataTable
                  testId="work-experience"
                  caption="Work experience by key stage"
                  columns={[
                    'Key stage',
                    'Place-days',
                    'Days per pupil',
                    'Goal this year',
                    '% of goal',
                  ]}
                >
                  {[d.workExperience.ks3, d.workExperience.ks4].map((k) => (
                    <tr key={k.keyStage}>
                      <th scope="row">{k.keyStage}</th>
                      <td className="num">{k.placeDays}</td>
                      <td className="num">{one(k.daysPerPupil)}</td>
                      <td className="num">{k.annualGoalDays}</td>
                      <td className="num">{percent(k.percentOfAnnualGoal)}</td>
                    </tr>
                  ))}
                </DataTable>
              </section>
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
