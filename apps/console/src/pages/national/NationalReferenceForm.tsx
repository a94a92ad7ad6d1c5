import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice, Loading } from '../../components/status';
import { graphql } from '../../gql';
import type { NationalReferenceOfYearQuery } from '../../gql/graphql';

/** The national figures that apply to a year: its own, else the latest earlier year's. */
export const NationalReferenceOfYear = graphql(`
  query NationalReferenceOfYear($academicYear: String!) {
    nationalReference(academicYear: $academicYear) {
      academicYear
      averageAchieved
      fsmQuartile1Max
      fsmQuartile2Max
      fsmQuartile3Max
      benchmarks {
        benchmark
        achievedPercent
        quartile1From
        quartile2From
        quartile3From
      }
    }
  }
`);

const SetNationalReference = graphql(`
  mutation SetNationalReference($input: SetNationalReferenceInput!) {
    setNationalReference(input: $input) {
      academicYear
      averageAchieved
    }
  }
`);

type Reference = NonNullable<NationalReferenceOfYearQuery['nationalReference']>;
type Benchmark = Reference['benchmarks'][number];
const BENCHMARK_FIELDS = [
  ['achievedPercent', 'Achieved nationally, %'],
  ['quartile1From', 'Quartile 1 from, %'],
  ['quartile2From', 'Quartile 2 from, %'],
  ['quartile3From', 'Quartile 3 from, %'],
] as const;

/** The figures a year starts from: its own, else those it falls back on, else zeros. */
function startingFigures(academicYear: string, held: Reference | null | undefined) {
  const byNumber = new Map(held?.benchmarks.map((b) => [b.benchmark, b]));
  return {
    academicYear,
    averageAchieved: held?.averageAchieved ?? 0,
    fsmQuartile1Max: held?.fsmQuartile1Max ?? 0,
    fsmQuartile2Max: held?.fsmQuartile2Max ?? 0,
    fsmQuartile3Max: held?.fsmQuartile3Max ?? 0,
    benchmarks: [1, 2, 3, 4, 5, 6, 7, 8].map(
      (benchmark): Benchmark =>
        byNumber.get(benchmark) ?? {
          benchmark,
          achievedPercent: 0,
          quartile1From: 0,
          quartile2From: 0,
          quartile3From: 0,
        },
    ),
  };
}

export function NationalReferenceForm(props: {
  academicYear: string;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [held] = useQuery({
    query: NationalReferenceOfYear,
    variables: { academicYear: props.academicYear },
  });
  if (held.error) return <ErrorNotice error={held.error} />;
  if (!held.data) return <Loading what="the figures" />;
  return <Form {...props} held={held.data.nationalReference} />;
}

function Form(props: {
  academicYear: string;
  held: Reference | null | undefined;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [input, setInput] = useState(() => startingFigures(props.academicYear, props.held));
  const [result, save] = useMutation(SetNationalReference);
  const number = (value: string) => (value === '' ? 0 : Number(value));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await save({
      input: {
        ...input,
        benchmarks: input.benchmarks.map((b) => ({
          benchmark: b.benchmark,
          achievedPercent: b.achievedPercent,
          quartile1From: b.quartile1From,
          quartile2From: b.quartile2From,
          quartile3From: b.quartile3From,
        })),
      },
    });
    if (data) props.onSaved();
  }

  const field = (key: 'averageAchieved' | `fsmQuartile${1 | 2 | 3}Max`, label: string) => (
    <label>
      {label}
      <input
        type="number"
        step="0.1"
        min={0}
        required
        value={input[key]}
        onChange={(e) => setInput({ ...input, [key]: number(e.target.value) })}
      />
    </label>
  );

  return (
    <section aria-labelledby="edit-reference-heading">
      <h2 id="edit-reference-heading">National figures of {props.academicYear}</h2>
      <form onSubmit={submit} aria-label={`National figures of ${props.academicYear}`}>
        <div className="form-grid">
          {field('averageAchieved', 'Average benchmarks achieved (0-8)')}
          {field('fsmQuartile1Max', 'Highest FSM % of quartile 1')}
          {field('fsmQuartile2Max', 'Highest FSM % of quartile 2')}
          {field('fsmQuartile3Max', 'Highest FSM % of quartile 3')}
        </div>
        <table>
          <caption>Per benchmark</caption>
          <thead>
            <tr>
              <th scope="col">Benchmark</th>
              {BENCHMARK_FIELDS.map(([key, label]) => (
                <th key={key} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {input.benchmarks.map((b, i) => (
              <tr key={b.benchmark}>
                <th scope="row">{b.benchmark}</th>
                {BENCHMARK_FIELDS.map(([key, label]) => (
                  <td key={key}>
                    <input
                      type="number"
                      step="0.1"
                      min={0}
                      max={100}
                      required
                      aria-label={`Benchmark ${b.benchmark}: ${label}`}
                      value={b[key]}
                      onChange={(e) => {
                        const benchmarks = [...input.benchmarks];
                        benchmarks[i] = { ...b, [key]: number(e.target.value) };
                        setInput({ ...input, benchmarks });
                      }}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {result.error && <ErrorNotice error={result.error} title="The figures were not saved" />}
        <button type="submit" disabled={result.fetching}>
          Save {props.academicYear}
        </button>{' '}
        <button type="button" className="secondary" onClick={props.onCancel}>
          Close
        </button>
      </form>
    </section>
  );
}
