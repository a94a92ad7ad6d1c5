import { useQuery } from 'urql';
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
            <table data-testid="spare-capacity">
              <caption className="visually-hidden">Advisers with spare capacity</caption>
              <thead>
                <tr>
                  <th scope="col">Adviser</th>
                  <th scope="col">Local authorities</th>
                  <th scope="col">1-2-1 free</th>
                  <th scope="col">Agile free</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}
