import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DataTable } from '../components/data-table';
import { HubList } from '../components/hub-picker';
import { EmptyState, ErrorNotice, QueryState } from '../components/status';
import { graphql } from '../gql';
import { useHub } from '../session/hub-context';

const CreateHub = graphql(`
  mutation CreateHub($input: CreateHubInput!) {
    createHub(input: $input) {
      id
      code
      name
      region
    }
  }
`);

/** National administrators: every hub, and a form to create one. */
export function HubsPage() {
  const [list, refetch] = useQuery({ query: HubList });
  const { hub, pick } = useHub();
  return (
    <>
      <h1>Hubs</h1>
      <QueryState result={list} what="the hubs">
        {({ hubs }) =>
          hubs.length === 0 ? (
            <EmptyState>No hub yet: create the first one below.</EmptyState>
          ) : (
            <DataTable
              testId="hubs"
              caption="Every hub of the network"
              columns={['Name', 'Code', 'Region', 'Work on']}
            >
              {hubs.map((h) => (
                <tr key={h.id}>
                  <td>{h.name}</td>
                  <td>{h.code}</td>
                  <td>{h.region}</td>
                  <td>
                    {hub?.id === h.id ? (
                      'Picked'
                    ) : (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => pick({ id: h.id, name: h.name })}
                      >
                        Pick {h.name}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryState>
      <CreateHubForm onCreated={() => refetch({ requestPolicy: 'network-only' })} />
    </>
  );
}

function CreateHubForm({ onCreated }: { onCreated: () => void }) {
  const [input, setInput] = useState({ code: '', name: '', region: '' });
  const [result, create] = useMutation(CreateHub);
  const [created, setCreated] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await create({ input });
    if (data) {
      setCreated(data.createHub.name);
      setInput({ code: '', name: '', region: '' });
      onCreated();
    }
  }

  const field = (key: keyof typeof input, label: string) => (
    <label>
      {label}
      <input
        name={key}
        required
        value={input[key]}
        onChange={(e) => setInput({ ...input, [key]: e.target.value })}
      />
    </label>
  );
  return (
    <section aria-labelledby="create-hub">
      <h2 id="create-hub">Create a hub</h2>
      <form onSubmit={submit} aria-label="Create a hub">
        {field('name', 'Name')}
        {field('code', 'Code')}
        {field('region', 'Region')}
        <button type="submit" disabled={result.fetching}>
          Create hub
        </button>
      </form>
      {result.error && <ErrorNotice error={result.error} title="The hub was not created" />}
      {created && !result.error && (
        <p role="status" className="notice notice-ok">
          Created {created}.
        </p>
      )}
    </section>
  );
}
