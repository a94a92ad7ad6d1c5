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
import { BLUE, type Dashboard, GREEN, ORANGE } from './figures';

/** The percentage matched over the last five academic years, one line per kind of match. */
export function MatchedHistorySection({ history }: { history: Dashboard['matchedHistory'] }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Matched over five years</h2>
      <figure className="chart" aria-label="Percentage matched per academic year, line chart">
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={history}>
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
  );
}
