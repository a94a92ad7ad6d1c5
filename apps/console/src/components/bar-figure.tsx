import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface BarSeries {
  dataKey: string;
  name: string;
  fill: string;
}

/**
 * A labelled bar chart figure in the console's one style: horizontal grid lines, a tooltip,
 * a legend when there is more than one series, no animation (so screenshots are stable).
 */
export function BarFigure({
  label,
  height,
  data,
  xKey,
  bars,
  yAxis = 'number',
  everyTick = false,
}: {
  label: string;
  height: number;
  data: object[];
  xKey: string;
  bars: BarSeries[];
  /** `percent`: 0–100 %; `count`: whole numbers; `number`: anything. */
  yAxis?: 'percent' | 'count' | 'number';
  /** Show every category's name on the axis, however crowded. */
  everyTick?: boolean;
}) {
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={xKey} interval={everyTick ? 0 : undefined} />
          {yAxis === 'percent' ? (
            <YAxis domain={[0, 100]} unit="%" />
          ) : (
            <YAxis allowDecimals={yAxis !== 'count'} />
          )}
          <Tooltip />
          {bars.length > 1 && <Legend />}
          {bars.map((bar) => (
            <Bar key={bar.dataKey} {...bar} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
