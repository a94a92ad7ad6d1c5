import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import type { HubTargetsQuery } from '../../gql/graphql';

const HubTargets = graphql(`
  query HubTargets($hubId: ID) {
    hubTargets(hubId: $hubId) {
      hubId
      inHubTargetPercent
      floorTargetBenchmarks
      targetAverageAchieved
    }
  }
`);

const SetHubTargets = graphql(`
  mutation SetHubTargets($input: SetHubTargetsInput!) {
    setHubTargets(input: $input) {
      hubId
      inHubTargetPercent
      floorTargetBenchmarks
      targetAverageAchieved
    }
  }
`);

type Targets = HubTargetsQuery['hubTargets'];

/** The hub's targets, which the hub admin sets (the dashboard measures against them). */
export function HubTargetsSection({ hubId, onSaved }: { hubId?: string; onSaved: () => void }) {
  const [targets] = useQuery({ query: HubTargets, variables: { hubId } });
  return (
    <section aria-labelledby="hub-targets">
      <h2 id="hub-targets">Hub targets</h2>
      <QueryState result={targets} what="the hub’s targets">
        {({ hubTargets }) => (
          <HubTargetsForm
            key={JSON.stringify(hubTargets)}
            targets={hubTargets}
            hubId={hubId}
            onSaved={onSaved}
          />
        )}
      </QueryState>
    </section>
  );
}

function HubTargetsForm(props: { targets: Targets; hubId?: string; onSaved: () => void }) {
  const [inHub, setInHub] = useState(String(props.targets.inHubTargetPercent));
  const [floor, setFloor] = useState(String(props.targets.floorTargetBenchmarks));
  const [average, setAverage] = useState(
    props.targets.targetAverageAchieved === null ? '' : String(props.targets.targetAverageAchieved),
  );
  const [result, save] = useMutation(SetHubTargets);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await save({
      input: {
        hubId: props.hubId,
        inHubTargetPercent: Number(inHub),
        floorTargetBenchmarks: Number(floor),
        targetAverageAchieved: average === '' ? null : Number(average),
      },
    });
    if (data) props.onSaved();
  }

  return (
    <form onSubmit={submit} aria-label="Set the hub’s targets">
      <label>
        Institutions in the hub (% of eligible)
        <input
          type="number"
          min={0}
          max={100}
          step="any"
          required
          value={inHub}
          onChange={(e) => setInHub(e.target.value)}
        />
      </label>
      <label>
        Floor target (benchmarks to achieve)
        <input
          type="number"
          min={1}
          max={8}
          required
          value={floor}
          onChange={(e) => setFloor(e.target.value)}
        />
      </label>
      <label>
        Average benchmarks achieved to aim for (blank for none)
        <input
          type="number"
          min={0}
          max={8}
          step="any"
          value={average}
          onChange={(e) => setAverage(e.target.value)}
        />
      </label>
      <button type="submit" disabled={result.fetching}>
        Save targets
      </button>
      {result.data && <p role="status">Targets saved.</p>}
      {result.error && <ErrorNotice error={result.error} title="The targets were not saved" />}
    </form>
  );
}
