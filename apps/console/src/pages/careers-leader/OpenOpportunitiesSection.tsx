import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { NamedSelect } from '../../components/named-select';
import { Pager, useCursorPages } from '../../components/pager';
import { EmptyState, ErrorNotice, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import type { KeyStage, Tier } from '../../gql/graphql';

const OpportunitiesToRequest = graphql(`
  query OpportunitiesToRequest($filter: OpportunityFilter, $after: String) {
    opportunities(first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          sector
          tier
          startsOn
          keyStages
          yearGroups
          placesLeft
          openForRequests
          employer {
            name
          }
        }
      }
    }
  }
`);

const RequestPlaces = graphql(`
  mutation RequestPlaces($input: RequestPlacesInput!) {
    requestPlaces(input: $input) {
      id
      status
    }
  }
`);

const TIER_NAMES: Record<Tier, string> = {
  T1: 'Tier 1',
  T2: 'Tier 2',
  T3: 'Tier 3',
};
const KEY_STAGE_NAMES: Record<KeyStage, string> = {
  KS3: 'Key stage 3',
  KS4: 'Key stage 4',
  KS5: 'Key stage 5',
};

/** Published opportunities with places left, and a request form for each open one. */
export function OpenOpportunitiesSection(props: {
  institutionId: string;
  onRequested: () => void;
}) {
  const [sector, setSector] = useState('');
  const [tier, setTier] = useState<Tier | ''>('');
  const [keyStage, setKeyStage] = useState<KeyStage | ''>('');
  const [startsFrom, setStartsFrom] = useState('');
  const pages = useCursorPages();
  const filter = {
    statuses: ['PUBLISHED' as const],
    hasPlacesLeft: true,
    sector: sector.trim() || null,
    tiers: tier ? [tier] : null,
    keyStage: keyStage || null,
    startsFrom: startsFrom || null,
  };
  const [list] = useQuery({
    query: OpportunitiesToRequest,
    variables: { filter, after: pages.after },
  });
  const [requesting, setRequesting] = useState<string | null>(null);

  return (
    <section aria-labelledby="open-opportunities">
      <h2 id="open-opportunities">Opportunities with places</h2>
      <div className="filters">
        <label>
          Sector
          <input value={sector} onChange={(e) => (setSector(e.target.value), pages.reset())} />
        </label>
        <NamedSelect
          label="Tier"
          value={tier}
          names={TIER_NAMES}
          anyName="Any tier"
          onChange={(v) => (setTier(v), pages.reset())}
        />
        <NamedSelect
          label="Key stage"
          value={keyStage}
          names={KEY_STAGE_NAMES}
          anyName="Any key stage"
          onChange={(v) => (setKeyStage(v), pages.reset())}
        />
        <label>
          Starting from
          <input
            type="date"
            value={startsFrom}
            onChange={(e) => (setStartsFrom(e.target.value), pages.reset())}
          />
        </label>
      </div>
      <QueryState result={list} what="opportunities">
        {({ opportunities: o }) => {
          const open = o.edges.map((e) => e.node).filter((n) => n.openForRequests);
          return open.length === 0 ? (
            <EmptyState>No opportunity with places matches: widen the filters.</EmptyState>
          ) : (
            <>
              <DataTable
                testId="open-opportunities"
                caption="Opportunities open for requests"
                columns={['Opportunity', 'Employer', 'Sector', 'Tier', 'Starts', 'Places left', '']}
              >
                {open.map((n) => (
                  <tr key={n.id}>
                    <td>
                      <Link to={`/opportunities/${n.id}`}>{n.title}</Link>
                    </td>
                    <td>{n.employer.name}</td>
                    <td>{n.sector}</td>
                    <td>{TIER_NAMES[n.tier]}</td>
                    <td>{n.startsOn}</td>
                    <td>{n.placesLeft}</td>
                    <td>
                      {requesting === n.id ? (
                        <RequestPlacesForm
                          institutionId={props.institutionId}
                          opportunity={n}
                          onDone={() => {
                            setRequesting(null);
                            props.onRequested();
                          }}
                        />
                      ) : (
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => setRequesting(n.id)}
                        >
                          Request places on {n.title}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </DataTable>
              <Pager pages={pages} pageInfo={o.pageInfo} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function RequestPlacesForm(props: {
  institutionId: string;
  opportunity: { id: string; title: string; yearGroups: number[]; placesLeft: number };
  onDone: () => void;
}) {
  const [yearGroup, setYearGroup] = useState(props.opportunity.yearGroups[0] ?? 10);
  const [places, setPlaces] = useState(1);
  const [fsmPlaces, setFsmPlaces] = useState(0);
  const [result, request] = useMutation(RequestPlaces);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await request({
      input: {
        institutionId: props.institutionId,
        opportunityId: props.opportunity.id,
        yearGroup,
        places,
        fsmPlaces,
        joinWaitingList: places > props.opportunity.placesLeft,
      },
    });
    if (data) props.onDone();
  }

  return (
    <form onSubmit={submit} aria-label={`Request places on ${props.opportunity.title}`}>
      <label>
        Year group
        {/* The form opens in place of the button pressed: focus goes to its first field. */}
        <select autoFocus value={yearGroup} onChange={(e) => setYearGroup(Number(e.target.value))}>
          {props.opportunity.yearGroups.map((y) => (
            <option key={y} value={y}>
              Year {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        Pupils
        <input
          type="number"
          min={1}
          required
          value={places}
          onChange={(e) => setPlaces(Number(e.target.value))}
        />
      </label>
      <label>
        Of whom on free school meals
        <input
          type="number"
          min={0}
          max={places}
          required
          value={fsmPlaces}
          onChange={(e) => setFsmPlaces(Number(e.target.value))}
        />
      </label>
      <p className="muted">Numbers only: never pupils’ names.</p>
      <button type="submit" disabled={result.fetching}>
        Send request
      </button>
      {result.error && <ErrorNotice error={result.error} title="The request was not sent" />}
    </form>
  );
}
