import { useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { EmptyState, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import { useRefetchOn } from './use-refetch-on';

const SpareCapacity = graphql(`
  query SpareCapacity {
    spareAdviserCapacity {
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
`);

/** Active advisers who can take another match now. */
export function SpareCapacitySection(props: { changes: number }) {
  const [capacity, refetch] = useQuery({ query: SpareCapacity });
  useRefetchOn(props.changes, refetch);
  return (
    <section aria-labelledby="capacity-heading">
      <h2 id="capacity-heading">Advisers with spare capacity</h2>
      <QueryState result={capacity} what="advisers with spare capacity">
        {({ spareAdviserCapacity }) =>
          spareAdviserCapacity.length === 0 ? (
            <EmptyState>
              Every active adviser is at capacity. Recruit advisers, or raise a willing adviser’s
              capacity on their record.
            </EmptyState>
          ) : (
            <DataTable
              testId="spare-capacity"
              caption="Advisers with spare capacity"
              columns={['Adviser', 'Local authorities', '1-2-1 free', 'Agile free']}
            >
              {spareAdviserCapacity.map((c) => (
                <tr key={c.adviserId}>
                  <td>
                    {c.adviser.name}
                    <div className="muted">
                      {[c.adviser.jobTitle, c.adviser.employer?.name].filter(Boolean).join(', ')}
                    </div>
                  </td>
                  <td>{c.adviser.localAuthorityCodes.join(', ') || '–'}</td>
                  <td className="num">{c.oneToOneFree}</td>
                  <td className="num">{c.agileFree}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryState>
    </section>
  );
}
