import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { PagedTable, usePagedQuery } from '../../components/paged-list';
import { graphql } from '../../gql';
import { useHubId } from '../../session/hub-context';
import { useSession } from '../../session/session';
import { PROGRAMME_KIND_NAMES } from './names';
import { ProgrammeForm, ProgrammeFields } from './ProgrammeForm';

const Programmes = graphql(`
  query Programmes($after: String, $hubId: ID) {
    programmes(first: 25, after: $after, hubId: $hubId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          sectors
          startsOn
          endsOn
        }
      }
    }
  }
`);

const CreateProgramme = graphql(`
  mutation CreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) {
      id
    }
  }
`);

/**
 * The hub's programmes: the hub team sees and creates all of them; a careers leader sees those
 * their institution takes part in, an employer contact those their employer hosts.
 */
export function ProgrammesPage() {
  const { session } = useSession();
  const hubId = useHubId();
  const navigate = useNavigate();
  const role = session?.user.role;
  const manages = role === 'HUB_ADMIN' || role === 'HUB_STAFF';
  const [creating, setCreating] = useState(false);
  const [created, create] = useMutation(CreateProgramme);
  const list = usePagedQuery(Programmes, { hubId }, (data) => data.programmes, 'Programme');

  const submit = (fields: ProgrammeFields) =>
    void create({ input: { ...fields, hubId } }).then((r) => {
      if (r.data) navigate(`/programmes/${r.data.createProgramme.id}`);
    });

  return (
    <>
      <h1 className="page-title">Programmes</h1>
      <p>
        {role === 'CAREERS_LEADER'
          ? 'The hub’s programmes your institution takes part in.'
          : role === 'EMPLOYER'
            ? 'The hub’s programmes your organisation hosts.'
            : 'Long-running programmes of the hub: who hosts them, which schools and colleges take part, and the sessions delivered.'}
      </p>
      {manages &&
        (creating ? (
          <ProgrammeForm
            label="New programme"
            submitLabel="Create programme"
            result={created}
            onSubmit={submit}
          />
        ) : (
          <button type="button" onClick={() => setCreating(true)}>
            New programme
          </button>
        ))}
      <section aria-labelledby="programmes-heading">
        <h2 id="programmes-heading">All programmes</h2>
        <PagedTable
          list={list}
          what="the programmes"
          empty={manages ? 'No programme yet: create the first.' : 'No programme to show.'}
          testId="programmes"
          caption="Programmes"
          columns={['Programme', 'Kind', 'Sectors', 'Dates']}
          row={(p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/programmes/${p.id}`}>{p.name}</Link>
              </td>
              <td>{PROGRAMME_KIND_NAMES[p.kind]}</td>
              <td>{p.sectors.join(', ')}</td>
              <td>
                {p.startsOn} to {p.endsOn}
              </td>
            </tr>
          )}
        />
      </section>
    </>
  );
}
