import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { LabelledInput, SubmitWithError } from '../../components/form-fields';
import { EmptyState } from '../../components/status';
import { graphql } from '../../gql';
import { BENCHMARK_NAMES } from '../../status-names';

const LogMeeting = graphql(`
  mutation LogMatchMeeting($input: LogMatchMeetingInput!) {
    logMatchMeeting(input: $input) {
      id
      metOn
    }
  }
`);

export interface MeetingRow {
  id: string;
  metOn: string;
  benchmarks: number[];
  note?: string | null;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The adviser's form: the day, the benchmarks worked on, a short note. */
function LogMeetingForm({
  matchId,
  startsOn,
  onLogged,
}: {
  matchId: string;
  startsOn: string;
  onLogged: () => void;
}) {
  const [logging, log] = useMutation(LogMeeting);
  const [metOn, setMetOn] = useState(today());
  const [benchmarks, setBenchmarks] = useState<number[]>([]);
  const [note, setNote] = useState('');
  const [logged, setLogged] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const r = await log({ input: { matchId, metOn, benchmarks, note: note.trim() || null } });
    if (r.error) return;
    setLogged(metOn);
    setBenchmarks([]);
    setNote('');
    onLogged();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="log-meeting">
      <h3 id="log-meeting">Log a meeting</h3>
      <LabelledInput
        label="Day of the meeting"
        type="date"
        required
        min={startsOn}
        max={today()}
        value={metOn}
        onChange={(e) => setMetOn(e.target.value)}
      />
      <fieldset>
        <legend>Gatsby Benchmarks worked on (at least one)</legend>
        {Object.entries(BENCHMARK_NAMES).map(([number, name]) => (
          <label key={number} className="check">
            <input
              type="checkbox"
              checked={benchmarks.includes(Number(number))}
              onChange={(e) =>
                setBenchmarks((chosen) =>
                  e.target.checked
                    ? [...chosen, Number(number)]
                    : chosen.filter((b) => b !== Number(number)),
                )
              }
            />
            {number}. {name}
          </label>
        ))}
      </fieldset>
      <label>
        Note (optional; no pupils’ names)
        <textarea
          value={note}
          maxLength={1000}
          rows={3}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      {logged && !logging.error && (
        <p className="notice notice-ok" role="status">
          Meeting of {logged} logged.
        </p>
      )}
      <SubmitWithError
        result={logging}
        errorTitle="Meeting not logged"
        label="Log meeting"
        busyLabel="Logging…"
      />
    </form>
  );
}

/**
 * The meetings logged on a 1-2-1 match, latest first, for the adviser, the careers leader and
 * the hub team; the match's adviser logs new ones here.
 */
export function MeetingsSection({
  matchId,
  startsOn,
  meetings,
  canLog,
  onLogged,
}: {
  matchId: string;
  startsOn: string;
  meetings: MeetingRow[];
  canLog: boolean;
  onLogged: () => void;
}) {
  return (
    <section aria-labelledby="meetings">
      <h2 id="meetings">Meetings</h2>
      {meetings.length === 0 ? (
        <EmptyState>No meetings logged yet.</EmptyState>
      ) : (
        <table data-testid="meetings">
          <caption>Meetings logged, latest first</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Benchmarks worked on</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => (
              <tr key={m.id}>
                <td>{m.metOn}</td>
                <td>
                  {m.benchmarks.map((b) => (
                    <abbr key={b} title={BENCHMARK_NAMES[b]}>
                      BM{b}{' '}
                    </abbr>
                  ))}
                </td>
                <td>{m.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canLog && <LogMeetingForm matchId={matchId} startsOn={startsOn} onLogged={onLogged} />}
    </section>
  );
}
