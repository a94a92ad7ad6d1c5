import { BarFigure } from '../../components/bar-figure';
import { DataTable } from '../../components/data-table';
import { EmptyState, percent } from '../../components/status';
import type { InstitutionType } from '../../gql/graphql';
import { INSTITUTION_TYPE_NAMES } from '../../names';
import { BLUE, type Dashboard, one, ORANGE } from './figures';

const SHORT_TYPE_NAMES: Record<InstitutionType, string> = {
  MAINSTREAM: 'Mainstream',
  SEND: 'SEND',
  AP: 'AP',
  POST_16: 'Post-16',
};

interface Achievement {
  institutions: number;
  averageAchieved?: number | null;
  bm5Percent?: number | null;
  bm6Percent?: number | null;
}

/** BM achievement (average BMs, BM5 and BM6) of each group of institutions, with a total. */
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

export function ByInstitutionTypeSection({ d }: { d: Dashboard }) {
  return (
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
  );
}

export function ByFsmQuartileSection({ d }: { d: Dashboard }) {
  return (
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
  );
}
