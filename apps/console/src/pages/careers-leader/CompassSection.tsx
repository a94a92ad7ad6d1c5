import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { EmptyState, ErrorNotice, QueryState } from '../../components/status';
import { graphql } from '../../gql';
import type { BenchmarkResult } from '../../gql/graphql';

const CompassEvaluations = graphql(`
  query CompassEvaluations($institutionId: ID!) {
    compassEvaluations(institutionId: $institutionId) {
      id
      academicYear
      evaluatedOn
      benchmarksAchieved
    }
  }
`);

const RecordCompassEvaluation = graphql(`
  mutation RecordCompassEvaluation($input: RecordCompassEvaluationInput!) {
    recordCompassEvaluation(input: $input) {
      id
      benchmarksAchieved
    }
  }
`);

const RESULT_NAMES: Record<BenchmarkResult, string> = {
  ACHIEVED: 'Achieved',
  PARTIALLY_ACHIEVED: 'Partly achieved',
  NOT_ACHIEVED: 'Not achieved',
};
const BENCHMARKS = [1, 2, 3, 4, 5, 6, 7, 8];

/** The institution's Compass evaluations, and a form to record the latest. */
export function CompassSection({ institutionId }: { institutionId: string }) {
  const [list, refetch] = useQuery({ query: CompassEvaluations, variables: { institutionId } });
  return (
    <section aria-labelledby="compass">
      <h2 id="compass">Compass evaluations</h2>
      <QueryState result={list} what="your Compass evaluations">
        {({ compassEvaluations }) =>
          compassEvaluations.length === 0 ? (
            <EmptyState>No evaluation recorded yet: record your latest below.</EmptyState>
          ) : (
            <DataTable
              testId="compass-evaluations"
              caption="Compass evaluations, latest first"
              columns={['Evaluated on', 'Academic year', 'Benchmarks achieved']}
            >
              {compassEvaluations.map((e) => (
                <tr key={e.id}>
                  <td>{e.evaluatedOn}</td>
                  <td>{e.academicYear}</td>
                  <td>{e.benchmarksAchieved} of 8</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryState>
      <RecordEvaluationForm
        institutionId={institutionId}
        onRecorded={() => refetch({ requestPolicy: 'network-only' })}
      />
    </section>
  );
}

function RecordEvaluationForm(props: { institutionId: string; onRecorded: () => void }) {
  const [evaluatedOn, setEvaluatedOn] = useState('');
  const [results, setResults] = useState<BenchmarkResult[]>(BENCHMARKS.map(() => 'NOT_ACHIEVED'));
  const [result, record] = useMutation(RecordCompassEvaluation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await record({
      input: {
        institutionId: props.institutionId,
        evaluatedOn,
        benchmarks: BENCHMARKS.map((number, i) => ({ number, result: results[i] })),
      },
    });
    if (data) props.onRecorded();
  }

  return (
    <details>
      <summary>Record an evaluation</summary>
      <form onSubmit={submit} aria-label="Record a Compass evaluation">
        <label>
          Evaluated on
          <input
            type="date"
            required
            value={evaluatedOn}
            onChange={(e) => setEvaluatedOn(e.target.value)}
          />
        </label>
        {BENCHMARKS.map((number, i) => (
          <label key={number}>
            Benchmark {number}
            <select
              value={results[i]}
              onChange={(e) =>
                setResults(
                  results.map((r, j) => (j === i ? (e.target.value as BenchmarkResult) : r)),
                )
              }
            >
              {Object.entries<string>(RESULT_NAMES).map(([key, name]) => (
                <option key={key} value={key}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit" disabled={result.fetching}>
          Record evaluation
        </button>
      </form>
      {result.error && <ErrorNotice error={result.error} title="The evaluation was not recorded" />}
    </details>
  );
}
