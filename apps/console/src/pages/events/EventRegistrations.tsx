import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice, QueryState } from '../../components/status';
import { graphql } from '../../gql';

const Registrations = graphql(`
  query HubEventRegistrations($eventId: ID!) {
    hubEventRegistrations(eventId: $eventId, first: 100) {
      totalCount
      edges {
        node {
          id
          kind
          status
          name
          email
          yearGroup
          places
          consentToContact
          waitingPosition
          attended
        }
      }
    }
  }
`);

const RecordAttendance = graphql(`
  mutation RecordHubEventAttendance($input: RecordHubEventAttendanceInput!) {
    recordHubEventAttendance(input: $input) {
      id
      attended
    }
  }
`);

const SendFollowUp = graphql(`
  mutation SendHubEventFollowUp($eventId: ID!) {
    sendHubEventFollowUp(eventId: $eventId)
  }
`);

const KIND_NAMES: Record<string, string> = {
  ADVISER: 'Adviser',
  EMPLOYER_CONTACT: 'Employer contact',
  GROUP: 'Group of pupils',
  PUBLIC: 'Parent, carer or public',
};

/** Hub staff: who registered, and after the event who came (a number per registration). */
export function EventRegistrations({
  eventId,
  ended,
  followUp,
  onChange,
}: {
  eventId: string;
  ended: boolean;
  followUp: boolean;
  onChange: () => void;
}) {
  const [result, refetch] = useQuery({ query: Registrations, variables: { eventId } });
  const [recording, record] = useMutation(RecordAttendance);
  const [sending, send] = useMutation(SendFollowUp);
  const [counts, setCounts] = useState<Record<string, string>>({});

  async function save(event: FormEvent, id: string) {
    event.preventDefault();
    const done = await record({ input: { registrationId: id, attended: Number(counts[id]) } });
    if (done.data) refetch({ requestPolicy: 'network-only' });
  }

  return (
    <section aria-labelledby="registrations">
      <h2 id="registrations">Registrations</h2>
      {recording.error && <ErrorNotice error={recording.error} title="Attendance not saved" />}
      <QueryState result={result} what="the registrations">
        {({ hubEventRegistrations }) => (
          <table data-testid="event-registrations">
            <caption>{hubEventRegistrations.totalCount} registrations, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Who</th>
                <th scope="col">Kind</th>
                <th scope="col">People</th>
                <th scope="col">Status</th>
                <th scope="col">Follow-up</th>
                <th scope="col">Came</th>
              </tr>
            </thead>
            <tbody>
              {hubEventRegistrations.edges.map(({ node: r }) => (
                <tr key={r.id}>
                  <td>
                    {r.name ??
                      (r.kind === 'PUBLIC' ? 'Name and email removed after the event' : '')}
                    {r.email ? ` (${r.email})` : ''}
                    {r.yearGroup ? `, year ${r.yearGroup}` : ''}
                  </td>
                  <td>{KIND_NAMES[r.kind] ?? r.kind}</td>
                  <td>{r.places}</td>
                  <td>
                    {r.status}
                    {r.waitingPosition ? ` (number ${r.waitingPosition})` : ''}
                  </td>
                  <td>{r.consentToContact ? 'Yes' : 'No'}</td>
                  <td>
                    {ended && r.status === 'CONFIRMED' ? (
                      <form
                        onSubmit={(e) => void save(e, r.id)}
                        aria-label={`Attendance of ${r.name ?? 'registration'}`}
                      >
                        <label>
                          How many came
                          <input
                            type="number"
                            min={0}
                            max={r.places}
                            required
                            value={counts[r.id] ?? String(r.attended ?? '')}
                            onChange={(e) => setCounts((c) => ({ ...c, [r.id]: e.target.value }))}
                          />
                        </label>{' '}
                        <button type="submit" className="secondary" disabled={recording.fetching}>
                          Save
                        </button>
                      </form>
                    ) : (
                      (r.attended ?? '')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
      {ended && followUp && (
        <p>
          {sending.error && <ErrorNotice error={sending.error} title="Follow-up not sent" />}
          <button
            type="button"
            disabled={sending.fetching}
            onClick={() => void send({ eventId }).then(onChange)}
          >
            Send the follow-up to attendees who agreed
          </button>
        </p>
      )}
    </section>
  );
}
