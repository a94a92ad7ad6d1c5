import { BarFigure } from '../../components/bar-figure';
import { EmptyState } from '../../components/status';
import { BLUE, type Dashboard } from './figures';

/** How many institutions achieve each number of benchmarks. */
export function AchievedDistributionSection({ d }: { d: Dashboard }) {
  return (
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
  );
}
