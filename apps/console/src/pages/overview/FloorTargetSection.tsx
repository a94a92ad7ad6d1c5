import { DataTable } from '../../components/data-table';
import { percent } from '../../components/status';
import type { Dashboard } from './figures';

/** Institutions achieving and failing the floor target. */
export function FloorTargetSection({ floorTarget }: { floorTarget: Dashboard['floorTarget'] }) {
  return (
    <section aria-labelledby="floor-heading">
      <h2 id="floor-heading">Floor target ({floorTarget.benchmarksRequired}+ BMs)</h2>
      <DataTable
        testId="floor-target"
        caption="Floor target status"
        columns={['Status', 'Institutions', '%']}
      >
        <tr>
          <th scope="row">Achieving</th>
          <td className="num">{floorTarget.achieving}</td>
          <td className="num">{percent(floorTarget.percentAchieving)}</td>
        </tr>
        <tr>
          <th scope="row">Failing</th>
          <td className="num">{floorTarget.failing}</td>
          <td className="num">{percent(floorTarget.percentFailing)}</td>
        </tr>
      </DataTable>
    </section>
  );
}
