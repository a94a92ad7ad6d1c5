import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';

const CorrectPupilNumbers = graphql(`
  mutation CorrectPupilNumbers($institutionId: ID!, $pupils: Int!) {
    correctPupilNumbers(institutionId: $institutionId, pupils: $pupils) {
      id
      pupils
    }
  }
`);

/** The careers leader's correction of their institution's pupils on roll. */
export function PupilNumbersForm(props: { institutionId: string; pupils: number | null }) {
  const [pupils, setPupils] = useState(props.pupils === null ? '' : String(props.pupils));
  const [result, correct] = useMutation(CorrectPupilNumbers);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await correct({ institutionId: props.institutionId, pupils: Number(pupils) });
  }

  return (
    <details>
      <summary>Correct pupil numbers</summary>
      <form onSubmit={submit} aria-label="Correct pupil numbers">
        <label>
          Pupils on roll
          <input
            type="number"
            min={0}
            max={100000}
            required
            value={pupils}
            onChange={(e) => setPupils(e.target.value)}
          />
        </label>
        <button type="submit" disabled={result.fetching}>
          Save pupil numbers
        </button>
      </form>
      {result.data && (
        <p role="status">Pupil numbers saved: {result.data.correctPupilNumbers.pupils}.</p>
      )}
      {result.error && <ErrorNotice error={result.error} title="Pupil numbers were not saved" />}
    </details>
  );
}
