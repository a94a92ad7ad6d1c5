import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { LabelledInput, SubmitWithError } from '../../components/form-fields';
import { graphql } from '../../gql';
import { countsFrom } from './names';
import type { ProgrammeDetail } from './ProgrammePage';
import { YearGroupInputs } from './YearGroupInputs';

const FindInstitutions = graphql(`
  query ProgrammeInstitutionChoices($search: String, $hubId: ID) {
    institutions(first: 20, filter: { search: $search, hubId: $hubId }) {
      edges {
        node {
          id
          name
          urn
        }
      }
    }
  }
`);

const AddParticipant = graphql(`
  mutation AddProgrammeParticipant($input: AddProgrammeParticipantInput!) {
    addProgrammeParticipant(input: $input) {
      id
    }
  }
`);

const RecordSession = graphql(`
  mutation RecordProgrammeSession($input: RecordProgrammeSessionInput!) {
    recordProgrammeSession(input: $input) {
      id
    }
  }
`);

/** Adds a school or college of the hub, found by name or URN, with its cohort as counts. */
export function AddParticipantForm({
  programme,
  onAdded,
}: {
  programme: ProgrammeDetail;
  onAdded: () => void;
}) {
  const [search, setSearch] = useState('');
  const [institutionId, setInstitutionId] = useState('');
  const [cohort, setCohort] = useState<Record<number, string>>({});
  const [send, setSend] = useState('0');
  const [fsm, setFsm] = useState('0');
  const [found] = useQuery({
    query: FindInstitutions,
    variables: { search: search || null, hubId: programme.hubId },
    pause: search.trim().length < 2,
  });
  const [added, add] = useMutation(AddParticipant);
  const taking = new Set(programme.participants.map((p) => p.institution.id));
  const choices = (found.data?.institutions.edges ?? []).filter((e) => !taking.has(e.node.id));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void add({
      input: {
        programmeId: programme.id,
        institutionId,
        cohort: countsFrom(cohort),
        sendPupils: Number(send),
        fsmPupils: Number(fsm),
      },
    }).then((r) => {
      if (!r.error) {
        setSearch('');
        setInstitutionId('');
        setCohort({});
        setSend('0');
        setFsm('0');
        onAdded();
      }
    });
  };

  return (
    <form className="form-grid" aria-label="Add a school or college" onSubmit={submit}>
      <LabelledInput
        label="Find a school or college (name or URN)"
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <div className="field">
        <label htmlFor="participant-institution">School or college to add</label>
        <select
          id="participant-institution"
          required
          value={institutionId}
          onChange={(e) => setInstitutionId(e.target.value)}
        >
          <option value="">
            {search.trim().length < 2 ? 'Type two letters to find it' : `${choices.length} found`}
          </option>
          {choices.map(({ node }) => (
            <option key={node.id} value={node.id}>
              {node.name} ({node.urn})
            </option>
          ))}
        </select>
      </div>
      <YearGroupInputs
        legend="Pupils taking part, by year group (counts, never names)"
        idPrefix="cohort"
        values={cohort}
        onChange={setCohort}
      />
      <LabelledInput
        label="Of them, with SEND"
        type="number"
        min={0}
        value={send}
        onChange={(e) => setSend(e.target.value)}
      />
      <LabelledInput
        label="Of them, FSM-eligible"
        type="number"
        min={0}
        value={fsm}
        onChange={(e) => setFsm(e.target.value)}
      />
      <p>
        <SubmitWithError
          result={added}
          errorTitle="Not added"
          label="Add to the programme"
          busyLabel="Adding…"
        />
      </p>
    </form>
  );
}

/** Records a session delivered to a participating institution: its date and pupils reached. */
export function RecordSessionForm({
  programme,
  onRecorded,
}: {
  programme: ProgrammeDetail;
  onRecorded: () => void;
}) {
  const [participantId, setParticipantId] = useState(programme.participants[0]?.id ?? '');
  const [heldOn, setHeldOn] = useState('');
  const [reached, setReached] = useState<Record<number, string>>({});
  const [notes, setNotes] = useState('');
  const [recorded, record] = useMutation(RecordSession);
  const participant = programme.participants.find((p) => p.id === participantId);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void record({
      input: { participantId, heldOn, reached: countsFrom(reached), notes: notes || null },
    }).then((r) => {
      if (!r.error) {
        setReached({});
        setNotes('');
        onRecorded();
      }
    });
  };

  return (
    <form className="form-grid" aria-label="Record a session" onSubmit={submit}>
      <div className="field">
        <label htmlFor="session-participant">School or college visited</label>
        <select
          id="session-participant"
          required
          value={participantId}
          onChange={(e) => {
            setParticipantId(e.target.value);
            setReached({});
          }}
        >
          {programme.participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.institution.name}
            </option>
          ))}
        </select>
      </div>
      <LabelledInput
        label="Held on"
        type="date"
        required
        min={programme.startsOn}
        max={programme.endsOn}
        value={heldOn}
        onChange={(e) => setHeldOn(e.target.value)}
      />
      <LabelledInput
        label="Notes (no pupil’s name)"
        maxLength={1000}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
      />
      <YearGroupInputs
        legend="Pupils reached, by year group (at most the cohort)"
        idPrefix="reached"
        only={participant?.cohort.map((c) => c.yearGroup)}
        values={reached}
        onChange={setReached}
      />
      <p>
        <SubmitWithError
          result={recorded}
          errorTitle="Not recorded"
          label="Record the session"
          busyLabel="Recording…"
        />
      </p>
    </form>
  );
}
