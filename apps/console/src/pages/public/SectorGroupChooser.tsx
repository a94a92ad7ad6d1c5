import { useQuery } from 'urql';
import { graphql } from '../../gql';

const PublicSectorGroups = graphql(`
  query PublicSectorGroups($hubCode: String!) {
    publicSectorGroups(hubCode: $hubCode) {
      id
      name
    }
  }
`);

/** The chosen hub's sector groups, as checkboxes: the ones the organisation is interested in. */
export function SectorGroupChooser({
  hubCode,
  chosen,
  onChange,
}: {
  hubCode: string;
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  const [groups] = useQuery({
    query: PublicSectorGroups,
    variables: { hubCode },
    pause: !hubCode,
  });
  const list = groups.data?.publicSectorGroups ?? [];
  if (!hubCode || list.length === 0) return null;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <fieldset className="field" data-testid="sector-group-choice">
      <legend>Sector groups you are interested in (optional)</legend>
      {list.map((group) => (
        <label key={group.id} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(group.id)}
            onChange={(e) => toggle(group.id, e.target.checked)}
          />
          {group.name}
        </label>
      ))}
    </fieldset>
  );
}
