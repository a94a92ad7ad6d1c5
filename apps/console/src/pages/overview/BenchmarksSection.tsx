import { BarFigure } from '../../components/bar-figure';
import { DataTable } from '../../components/data-table';
import { percent } from '../../components/status';
import { BLUE, type Dashboard, GREY } from './figures';

/** Each Gatsby benchmark: achieved, partially and not, against the national average. */
export function BenchmarksSection({ benchmarks }: { benchmarks: Dashboard['benchmarks'] }) {
  return (
    <section aria-labelledby="benchmarks-heading">
      <h2 id="benchmarks-heading">Each benchmark against the national average</h2>
      <div className="two-columns">
        <BarFigure
          label="Benchmarks achieved, hub and national, bar chart"
          height={260}
          data={benchmarks.map((b) => ({ ...b, label: `BM${b.number}` }))}
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
          columns={['Benchmark', 'Achieved', 'Partially', 'Not', 'National', 'Hub quartile']}
        >
          {benchmarks.map((b) => (
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
  );
}
