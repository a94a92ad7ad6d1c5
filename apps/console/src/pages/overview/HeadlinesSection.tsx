import { percent, Tile } from '../../components/status';
import { type Dashboard, one } from './figures';

/** The headline tiles: institutions, FSQ, Compass+, advisers, matching and benchmarks. */
export function HeadlinesSection({ d }: { d: Dashboard }) {
  return (
    <section aria-labelledby="headline-heading">
      <h2 id="headline-heading">Headlines</h2>
      <div className="tiles">
        <Tile testId="tile-eligible" label="Eligible institutions" value={d.eligibleInstitutions} />
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
  );
}
