import { BarFigure } from '../../components/bar-figure';
import { DataTable } from '../../components/data-table';
import { EmptyState, percent } from '../../components/status';
import { BLUE, type Dashboard, ORANGE } from './figures';

const counted = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

type Reach = Dashboard['networkActivity']['programmes']['total'];

function ReachRow({
  label,
  reach,
  total = false,
}: {
  label: string;
  reach: Reach;
  total?: boolean;
}) {
  const Cell = total ? 'th' : 'td';
  return (
    <tr>
      <th scope="row">{label}</th>
      <Cell>{reach.sessions}</Cell>
      <Cell>{reach.institutions}</Cell>
      <Cell>{reach.pupilsReached}</Cell>
      <Cell>{percent(reach.percentFromSendOrAp)}</Cell>
      <Cell>{percent(reach.percentFromTopFsmQuartile)}</Cell>
    </tr>
  );
}

function ReachTable({
  testId,
  caption,
  groupName,
  rows,
  total,
}: {
  testId: string;
  caption: string;
  groupName: string;
  rows: Reach[];
  total?: Reach;
}) {
  return (
    <DataTable
      testId={testId}
      caption={caption}
      columns={[
        groupName,
        'Sessions',
        'Institutions',
        'Pupils reached',
        'From SEND and AP institutions',
        'From top FSM quartile',
      ]}
      footer={total && <ReachRow label="All programmes" reach={total} total />}
    >
      {rows.map((row) => (
        <ReachRow key={row.group} label={row.group} reach={row} />
      ))}
    </DataTable>
  );
}

/**
 * What the hub did with its network in the year: the pupils its programmes reached, by
 * programme, sector and key stage, and how many came from SEND and AP institutions and from the
 * top FSM quartile (definitions in libs/reporting/README.md).
 */
export function NetworkActivitySection({ activity }: { activity: Dashboard['networkActivity'] }) {
  const { programmes } = activity;
  return (
    <section aria-labelledby="network-activity-heading">
      <h2 id="network-activity-heading">Network activity</h2>
      <h3>Programmes</h3>
      {programmes.total.sessions === 0 ? (
        <EmptyState>No programme session was recorded in {activity.academicYear}.</EmptyState>
      ) : (
        <>
          <p>
            {counted(programmes.total.pupilsReached, 'pupil')} reached in{' '}
            {counted(programmes.total.sessions, 'session')} at{' '}
            {counted(programmes.total.institutions, 'school or college', 'schools and colleges')};{' '}
            {percent(programmes.total.percentFromSendOrAp)} from SEND and AP institutions,{' '}
            {percent(programmes.total.percentFromTopFsmQuartile)} from the top FSM quartile.
          </p>
          <BarFigure
            label="Pupils reached by programme, and of them from SEND and AP institutions, bar chart"
            height={220}
            data={programmes.byProgramme}
            xKey="group"
            everyTick
            yAxis="count"
            bars={[
              { dataKey: 'pupilsReached', name: 'Pupils reached', fill: BLUE },
              { dataKey: 'pupilsFromSendOrAp', name: 'From SEND and AP', fill: ORANGE },
            ]}
          />
          <ReachTable
            testId="reach-by-programme"
            caption="Pupils reached by programme"
            groupName="Programme"
            rows={programmes.byProgramme}
            total={programmes.total}
          />
          <div className="two-columns">
            <ReachTable
              testId="reach-by-sector"
              caption="Pupils reached by sector (a programme of several sectors counts in each)"
              groupName="Sector"
              rows={programmes.bySector}
            />
            <ReachTable
              testId="reach-by-key-stage"
              caption="Pupils reached by key stage"
              groupName="Key stage"
              rows={programmes.byKeyStage}
              total={programmes.total}
            />
          </div>
        </>
      )}
    </section>
  );
}
