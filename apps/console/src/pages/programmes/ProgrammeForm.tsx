import { FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import {
  LabelledInput,
  LabelledSelect,
  Sending,
  SubmitWithError,
} from '../../components/form-fields';
import { graphql } from '../../gql';
import type { ProgrammeKind } from '../../gql/graphql';
import { useHubId } from '../../session/hub-context';
import { PROGRAMME_KIND_NAMES } from './names';

const NetworkEmployers = graphql(`
  query ProgrammeHostChoices($hubId: ID) {
    employers(first: 100, filter: { membershipStatus: ACTIVE, hubId: $hubId }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export interface ProgrammeFields {
  name: string;
  kind: ProgrammeKind;
  description: string;
  sectors: string[];
  hostEmployerIds: string[];
  startsOn: string;
  endsOn: string;
}

/** The hub team's form for a new programme or its changes; sectors are typed comma-separated. */
export function ProgrammeForm({
  label,
  initial,
  submitLabel,
  result,
  onSubmit,
}: {
  label: string;
  initial?: ProgrammeFields;
  submitLabel: string;
  /** The state of the mutation the form sends. */
  result: Sending;
  onSubmit: (fields: ProgrammeFields) => void;
}) {
  const hubId = useHubId();
  const [employers] = useQuery({ query: NetworkEmployers, variables: { hubId } });
  const [name, setName] = useState(initial?.name ?? '');
  const [kind, setKind] = useState<ProgrammeKind>(initial?.kind ?? 'AMBASSADORS');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [sectors, setSectors] = useState(initial?.sectors.join(', ') ?? '');
  const [hosts, setHosts] = useState<string[]>(initial?.hostEmployerIds ?? []);
  const [startsOn, setStartsOn] = useState(initial?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(initial?.endsOn ?? '');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      name,
      kind,
      description,
      sectors: sectors
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      hostEmployerIds: hosts,
      startsOn,
      endsOn,
    });
  };
  const toggle = (id: string, on: boolean) =>
    setHosts((current) => (on ? [...current, id] : current.filter((h) => h !== id)));

  return (
    <form className="form-grid" aria-label={label} onSubmit={submit}>
      <LabelledInput
        label="Name"
        required
        maxLength={200}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <LabelledSelect label="Kind" value={kind} names={PROGRAMME_KIND_NAMES} onChange={setKind} />
      <LabelledInput
        label="Sectors (separated by commas)"
        required
        value={sectors}
        onChange={(e) => setSectors(e.target.value)}
      />
      <LabelledInput
        label="Starts on"
        type="date"
        required
        value={startsOn}
        onChange={(e) => setStartsOn(e.target.value)}
      />
      <LabelledInput
        label="Ends on"
        type="date"
        required
        value={endsOn}
        onChange={(e) => setEndsOn(e.target.value)}
      />
      <label>
        Description
        <textarea
          required
          maxLength={5000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </label>
      <fieldset>
        <legend>Host employers (members of the network)</legend>
        {employers.data?.employers.edges.map(({ node }) => (
          <label key={node.id} className="check">
            <input
              type="checkbox"
              checked={hosts.includes(node.id)}
              onChange={(e) => toggle(node.id, e.target.checked)}
            />
            {node.name}
          </label>
        ))}
      </fieldset>
      <p>
        <SubmitWithError
          result={result}
          errorTitle="Not saved"
          label={submitLabel}
          busyLabel="Saving…"
        />
      </p>
    </form>
  );
}
