import { BarFigure } from '../../components/bar-figure';
import { DataTable } from '../../components/data-table';
import { EmptyState, percent } from '../../components/status';
import { BLUE, type Dashboard, ORANGE } from './figures';

const counted = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

type Reach = Dashboard['networkActivity']['programmes']['total'];
type Events = Dashboard['networkActivity']['events'];

const EVENT_KINDS: Record<string, string> = {
  ADVISER_NETWORK_MEETING: 'Adviser network meetings',
  EMPLOYER_NETWORK_SESSION: 'Employer network sessions',
  SECTOR_GROUP_EVENT: 'Sector group events',
  PARENT_CARER_SESSION: 'Parent and carer sessions',
  STUDENT_EVENT: 'Student events',
  CELEBRATION: 'Celebrations',
};

function EventsPart({ events, academicYear }: { events: Events; academicYear: string }) {
  if (events.eventsHeld === 0) {
    return <EmptyState>No hub event was held in {academicYear}.</EmptyState>;
  }
  const byKind = events.byKind.map((k) => ({ kind: EVENT_KINDS[k.kind] ?? k.kind, held: k.held }));
  return (
    <>
      <p>
        {counted(events.eventsHeld, 'event')} held,{' '}
        {counted(events.peopleRegistered, 'person', 'people')} registered,{' '}
        {percent(events.attendanceRate === null ? null : events.attendanceRate * 100)} attendance;{' '}
        {counted(events.parentsAndCarersReached, 'parent or carer', 'parents and carers')} reached;{' '}
        {events.advisersAttending} of {counted(events.currentAdvisers, 'current adviser')} came to
        an event.
      </p>
      <BarFigure
        label="Events held by kind, bar chart"
        height={200}
        data={byKind}
        xKey="kind"
        everyTick
        yAxis="count"
        bars={[{ dataKey: 'held', name: 'Events held', fill: BLUE }]}
      />
      <div className="two-columns">
        <DataTable testId="events-by-kind" caption="Events held by kind" columns={['Kind', 'Held']}>
          {byKind.map((k) => (
            <tr key={k.kind}>
              <th scope="row">{k.kind}</th>
              <td>{k.held}</td>
            </tr>
          ))}
        </DataTable>
        <DataTable
          testId="event-figures"
          caption="Registrations and attendance"
          columns={['Measure', 'Value']}
        >
          {(
            [
              ['Registrations', events.registrations],
              ['People registered', events.peopleRegistered],
              ['People who came', events.attended],
              ['No-shows', events.noShows],
              ['Parents and carers reached', events.parentsAndCarersReached],
              ['Current advisers who came', events.advisersAttending],
            ] as const
          ).map(([measure, value]) => (
            <tr key={measure}>
              <th scope="row">{measure}</th>
              <td>{value}</td>
            </tr>
          ))}
        </DataTable>
      </div>
    </>
  );
}

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
 * What the hub did with its network in the year: its events held, registrations and attendance;
 * the pupils its programmes reached, by
 * programme, sector and key stage, and how many came from SEND and AP institutions and from the
 * top FSM quartile (definitions in libs/reporting/README.md).
 */
export function NetworkActivitySection({ activity }: { activity: Dashboard['networkActivity'] }) {
  const { events, programmes } = activity;
  return (
    <section aria-labelledby="network-activity-heading">
      <h2 id="network-activity-heading">Network activity</h2>
      <h3>Events</h3>
      <EventsPart events={events} academicYear={activity.academicYear} />
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
