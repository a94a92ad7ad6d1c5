import { FormEvent, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { EmptyState, ErrorNotice, QueryState } from '../../components/status';
import { graphql } from '../../gql';

const ApiKeys = graphql(`
  query MyApiKeys {
    apiKeys {
      id
      name
      prefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CreateApiKey = graphql(`
  mutation CreateMyApiKey($name: String!) {
    createApiKey(name: $name) {
      secret
      apiKey {
        id
        name
      }
    }
  }
`);

const RevokeApiKey = graphql(`
  mutation RevokeMyApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

/** Keys for the organisation's own systems: the secret is shown once, when created. */
export function ApiKeysSection() {
  const context = useMemo(() => ({ additionalTypenames: ['ApiKey'] }), []);
  const [result] = useQuery({ query: ApiKeys, context });
  const [creating, create] = useMutation(CreateApiKey);
  const [revoking, revoke] = useMutation(RevokeApiKey);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const r = await create({ name });
    if (r.data) {
      setCreated({ name: r.data.createApiKey.apiKey.name, secret: r.data.createApiKey.secret });
      setName('');
    }
  }

  return (
    <section aria-labelledby="api-keys">
      <h2 id="api-keys">API keys</h2>
      <form aria-label="New API key" onSubmit={(e) => void submit(e)}>
        {creating.error && <ErrorNotice error={creating.error} title="No key created" />}
        <label>
          Key name
          <input required value={name} onChange={(e) => setName(e.target.value)} />
        </label>{' '}
        <button type="submit" disabled={creating.fetching}>
          Create key
        </button>
      </form>
      {created && (
        <div className="notice notice-ok" role="status">
          <strong>Copy the secret of “{created.name}” now: it will not be shown again.</strong>
          <p>
            <code data-testid="api-key-secret">{created.secret}</code>
          </p>
        </div>
      )}
      {revoking.error && <ErrorNotice error={revoking.error} title="Not revoked" />}
      <QueryState result={result} what="your API keys">
        {({ apiKeys }) =>
          apiKeys.length === 0 ? (
            <EmptyState>No API keys: create one for your own systems to use the API.</EmptyState>
          ) : (
            <DataTable
              testId="api-keys"
              caption="Your organisation’s API keys"
              columns={['Name', 'Starts with', 'Created', 'Last used', '']}
            >
              {apiKeys.map((k) => (
                <tr key={k.id}>
                  <td>{k.name}</td>
                  <td>
                    <code>{k.prefix}</code>
                  </td>
                  <td>{String(k.createdAt).slice(0, 10)}</td>
                  <td>{k.lastUsedAt ? String(k.lastUsedAt).slice(0, 10) : 'Never'}</td>
                  <td>
                    {k.revokedAt ? (
                      `Revoked ${String(k.revokedAt).slice(0, 10)}`
                    ) : (
                      <button
                        type="button"
                        className="danger"
                        disabled={revoking.fetching}
                        aria-label={`Revoke ${k.name}`}
                        onClick={() => void revoke({ id: k.id })}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryState>
    </section>
  );
}
