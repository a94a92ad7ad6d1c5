import { Link } from 'react-router';
import { PagedTable, usePagedQuery } from '../../components/paged-list';
import { graphql } from '../../gql';
import { useHubId } from '../../session/hub-context';
import type { SpareCapacityQuery } from '../../gql/graphql';
import { useRefetchOn } from '../../use-refetch-on';

const SpareCapacity = graphql(`
  query SpareCapacity($hubId: ID, $kind: MatchType!, $after: String) {
    spareAdviserCapacityConnection(hubId: $hubId, kind: $kind, first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          adviserId
          oneToOneFree
          agileFree
          adviser {
            name
            jobTitle
            localAuthorityCodes
            employer {
              name
            }
          }
        }
      }
    }
  }
`);

type Capacity = SpareCapacityQuery['spareAdviserCapacityConnection']['edges'][number]['node'];

const KINDS = [
  {
    key: 'one-to-one',
    type: 'ONE_TO_ONE',
    title: 'Free for a 1-2-1 partnership',
    column: '1-2-1 slots free',
    free: (c: Capacity) => c.oneToOneFree,
  },
  {
    key: 'agile',
    type: 'AGILE',
    title: 'Free for agile support',
    column: 'Agile slots free',
    free: (c: Capacity) => c.agileFree,
  },
] as const;

/**
 * Advisers who may be matched now (active, induction and DBS check current) with a free slot,
 * 1-2-1 and agile apart: a free agile slot does not make a 1-2-1 possible.
 */
export function SpareCapacitySection(props: { changes: number }) {
  return (
    <section aria-labelledby="capacity-heading">
      <h2 id="capacity-heading">Advisers with spare capacity</h2>
      <p className="muted">
        Only advisers who may be matched today: active, with an induction and a DBS check still
        valid.
      </p>
      {KINDS.map((kind) => (
        <KindOfCapacity key={kind.key} kind={kind} changes={props.changes} />
      ))}
    </section>
  );
}

/** One kind of free slot, paged on its own. */
function KindOfCapacity(props: { kind: (typeof KINDS)[number]; changes: number }) {
  const { kind } = props;
  const hubId = useHubId();
  const { again, ...list } = usePagedQuery(
    SpareCapacity,
    { hubId, kind: kind.type },
    (data) => data.spareAdviserCapacityConnection,
  );
  useRefetchOn(props.changes, again);
  return (
    <div data-testid={`spare-capacity-${kind.key}-pages`}>
      <h3 id={`capacity-${kind.key}`}>{kind.title}</h3>
      <PagedTable
        list={list}
        what="advisers with spare capacity"
        empty={
          <>
            No adviser who may be matched has a free slot of this kind. Recruit advisers, renew an
            induction or DBS check, or raise a willing adviser’s capacity on their record.
          </>
        }
        testId={`spare-capacity-${kind.key}`}
        caption={`Advisers ${kind.title.toLowerCase()}`}
        columns={['Adviser', 'Local authorities', kind.column]}
        row={(c) => (
          <tr key={c.adviserId}>
            <td>
              <Link to={`/advisers/${c.adviserId}`}>{c.adviser.name}</Link>
              <div className="muted">
                {[c.adviser.jobTitle, c.adviser.employer?.name].filter(Boolean).join(', ')}
              </div>
            </td>
            <td>{c.adviser.localAuthorityCodes.join(', ') || '–'}</td>
            <td className="num">{kind.free(c)}</td>
          </tr>
        )}
      />
    </div>
  );
}
