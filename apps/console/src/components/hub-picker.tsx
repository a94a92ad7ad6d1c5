import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useHub } from '../session/hub-context';

export const HubList = graphql(`
  query HubList {
    hubs {
      id
      code
      name
      region
    }
  }
`);

/** The header's choice of hub, for a national administrator: every page works on it. */
export function HubPicker() {
  const { hub, pick } = useHub();
  const [result] = useQuery({ query: HubList });
  const hubs = result.data?.hubs ?? [];
  return (
    <div className="hub-picker">
      <label htmlFor="hub-picker">Hub</label>{' '}
      <select
        id="hub-picker"
        value={hub?.id ?? ''}
        onChange={(e) => {
          const chosen = hubs.find((h) => h.id === e.target.value);
          pick(chosen ? { id: chosen.id, name: chosen.name } : null);
        }}
      >
        <option value="">Pick a hub…</option>
        {hubs.map((h) => (
          <option key={h.id} value={h.id}>
            {h.name}
          </option>
        ))}
      </select>
    </div>
  );
}
