import { FormEvent, Fragment, useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { LabelledInput, SubmitWithError } from '../../components/form-fields';
import { QueryState } from '../../components/status';
import { graphql } from '../../gql';
import type { FeedbackParty, MeaningfulCriterion } from '../../gql/graphql';
import { CRITERION_NAMES } from '../employer/names';

const Feedback = graphql(`
  query EncounterFeedback($bookingId: ID!) {
    encounterFeedback(bookingId: $bookingId) {
      bookingId
      delivered
      attended
      criteriaPromised
      given
      yours
      careersLeader {
        rating
        criteriaMet
        comments
      }
      employer {
        rating
        wouldHostAgain
        comments
      }
      pupils {
        responded
        foundUseful
        knowMoreAboutSector
        moreConfidentAboutNextSteps
        wouldConsiderSector
      }
    }
  }
`);

const Submit = graphql(`
  mutation SubmitEncounterFeedback($input: SubmitEncounterFeedbackInput!) {
    submitEncounterFeedback(input: $input) {
      bookingId
      given
    }
  }
`);

const PARTY_NAMES: Record<FeedbackParty, string> = {
  CAREERS_LEADER: 'The school’s feedback',
  EMPLOYER: 'The employer’s feedback',
  PUPILS: 'The pupils’ answers',
};

const PUPIL_QUESTIONS = {
  foundUseful: 'Found it useful',
  knowMoreAboutSector: 'Know more about the sector',
  moreConfidentAboutNextSteps: 'Feel more confident about their next steps',
  wouldConsiderSector: 'Would consider working in the sector',
} as const;
type PupilQuestion = keyof typeof PUPIL_QUESTIONS;

const RATINGS = ['1', '2', '3', '4', '5'];

/** A 1-5 rating as a group of radio buttons: one tab stop, arrow keys move between them. */
function RatingChoice({
  name,
  value,
  onChange,
}: {
  name: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <fieldset className="field rating">
      <legend>Rating, 1 (poor) to 5 (excellent)</legend>
      {RATINGS.map((r) => (
        <label key={r} className="check">
          <input
            type="radio"
            name={name}
            value={r}
            required
            checked={value === r}
            onChange={() => onChange(r)}
          />
          {r}
        </label>
      ))}
    </fieldset>
  );
}

function CommentsField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <label>
      Comments (optional; no pupil’s name)
      <textarea
        value={value}
        maxLength={2000}
        rows={3}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

/** One party's form: the careers leader's, the employer's, or the pupils' counts. */
function FeedbackForm({
  bookingId,
  party,
  attended,
  criteriaPromised,
  onDone,
}: {
  bookingId: string;
  party: FeedbackParty;
  attended: number;
  criteriaPromised: MeaningfulCriterion[];
  onDone: () => void;
}) {
  const [sending, send] = useMutation(Submit);
  const [rating, setRating] = useState('');
  const [criteria, setCriteria] = useState<MeaningfulCriterion[]>([]);
  const [hostAgain, setHostAgain] = useState('');
  const [comments, setComments] = useState('');
  const [responded, setResponded] = useState('');
  const [answers, setAnswers] = useState<Record<PupilQuestion, string>>({
    foundUseful: '',
    knowMoreAboutSector: '',
    moreConfidentAboutNextSteps: '',
    wouldConsiderSector: '',
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = comments.trim() ? { comments } : {};
    const details = {
      CAREERS_LEADER: { rating: Number(rating), criteriaMet: criteria, ...text },
      EMPLOYER: { rating: Number(rating), wouldHostAgain: hostAgain === 'yes', ...text },
      PUPILS: {
        pupils: {
          responded: Number(responded),
          foundUseful: Number(answers.foundUseful),
          knowMoreAboutSector: Number(answers.knowMoreAboutSector),
          moreConfidentAboutNextSteps: Number(answers.moreConfidentAboutNextSteps),
          wouldConsiderSector: Number(answers.wouldConsiderSector),
        },
      },
    }[party];
    const r = await send({ input: { bookingId, party, ...details } });
    if (!r.error) onDone();
  }

  return (
    <form
      className="form-grid"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`feedback-${party}`}
      data-testid={`feedback-form-${party}`}
    >
      <h3 id={`feedback-${party}`}>{PARTY_NAMES[party]}</h3>
      {party !== 'PUPILS' && (
        <RatingChoice name={`rating-${party}`} value={rating} onChange={setRating} />
      )}
      {party === 'CAREERS_LEADER' && (
        <fieldset className="field">
          <legend>Criteria the encounter met in practice (promised ones marked)</legend>
          {(Object.keys(CRITERION_NAMES) as MeaningfulCriterion[]).map((c) => (
            <label key={c} className="check">
              <input
                type="checkbox"
                checked={criteria.includes(c)}
                onChange={(e) =>
                  setCriteria(e.target.checked ? [...criteria, c] : criteria.filter((x) => x !== c))
                }
              />
              {CRITERION_NAMES[c]}
              {criteriaPromised.includes(c) && ' (promised)'}
            </label>
          ))}
        </fieldset>
      )}
      {party === 'EMPLOYER' && (
        <fieldset className="field">
          <legend>Would you host pupils again?</legend>
          {[
            ['yes', 'Yes'],
            ['no', 'No'],
          ].map(([value, name]) => (
            <label key={value} className="check">
              <input
                type="radio"
                name="host-again"
                value={value}
                required
                checked={hostAgain === value}
                onChange={() => setHostAgain(value)}
              />
              {name}
            </label>
          ))}
        </fieldset>
      )}
      {party === 'PUPILS' && (
        <>
          <p>Counts only: how many pupils answered, then how many said yes to each question.</p>
          <LabelledInput
            label={`Pupils who answered (at most the ${attended} who attended)`}
            type="number"
            min={1}
            max={attended}
            required
            value={responded}
            onChange={(e) => setResponded(e.target.value)}
          />
          {(Object.keys(PUPIL_QUESTIONS) as PupilQuestion[]).map((q) => (
            <LabelledInput
              key={q}
              label={PUPIL_QUESTIONS[q]}
              type="number"
              min={0}
              max={responded ? Number(responded) : attended}
              required
              value={answers[q]}
              onChange={(e) => setAnswers({ ...answers, [q]: e.target.value })}
            />
          ))}
        </>
      )}
      {party !== 'PUPILS' && <CommentsField value={comments} onChange={setComments} />}
      <SubmitWithError
        result={sending}
        errorTitle="Feedback not saved"
        label={`Send ${PARTY_NAMES[party].toLowerCase()}`}
        busyLabel="Sending…"
      />
    </form>
  );
}

/**
 * Feedback once the encounter is delivered, where the emailed request lands (#feedback): what
 * the reader may see of it, and a form for each part still theirs to give.
 */
export function FeedbackSection({ bookingId }: { bookingId: string }) {
  const [result, refetch] = useQuery({ query: Feedback, variables: { bookingId } });
  const loaded = Boolean(result.data);
  // An emailed link ends in #feedback: bring the section into view once it has loaded.
  useEffect(() => {
    if (loaded && window.location.hash === '#feedback') {
      document.getElementById('feedback')?.scrollIntoView();
    }
  }, [loaded]);

  return (
    <section aria-labelledby="feedback" data-testid="feedback">
      <h2 id="feedback">Feedback after the encounter</h2>
      <QueryState result={result} what="the feedback">
        {({ encounterFeedback: f }) => (
          <>
            {!f.delivered && (
              <p>Feedback opens once the last day has come and attendance is recorded.</p>
            )}
            <dl className="facts answers" data-testid="feedback-given">
              {f.careersLeader && (
                <>
                  <dt>School’s rating</dt>
                  <dd>{f.careersLeader.rating} of 5</dd>
                  <dt>Criteria met in practice</dt>
                  <dd>
                    {f.careersLeader.criteriaMet.length
                      ? f.careersLeader.criteriaMet.map((c) => CRITERION_NAMES[c]).join('; ')
                      : 'None'}
                  </dd>
                  {f.careersLeader.comments && (
                    <>
                      <dt>School’s comments</dt>
                      <dd>{f.careersLeader.comments}</dd>
                    </>
                  )}
                </>
              )}
              {f.pupils && (
                <>
                  <dt>Pupils who answered</dt>
                  <dd>{f.pupils.responded}</dd>
                  {(Object.keys(PUPIL_QUESTIONS) as PupilQuestion[]).map((q) => (
                    <Fragment key={q}>
                      <dt>{PUPIL_QUESTIONS[q]}</dt>
                      <dd>{f.pupils![q]}</dd>
                    </Fragment>
                  ))}
                </>
              )}
              {f.employer && (
                <>
                  <dt>Employer’s rating</dt>
                  <dd>{f.employer.rating} of 5</dd>
                  <dt>Would host again</dt>
                  <dd>{f.employer.wouldHostAgain ? 'Yes' : 'No'}</dd>
                  {f.employer.comments && (
                    <>
                      <dt>Employer’s comments</dt>
                      <dd>{f.employer.comments}</dd>
                    </>
                  )}
                </>
              )}
            </dl>
            {f.given.length > 0 && (
              <p data-testid="feedback-parties">
                Given: {f.given.map((p) => PARTY_NAMES[p]).join(', ')}.
              </p>
            )}
            {f.yours.map((party) => (
              <FeedbackForm
                key={party}
                bookingId={bookingId}
                party={party}
                attended={f.attended ?? 0}
                criteriaPromised={f.criteriaPromised}
                onDone={() => refetch({ requestPolicy: 'network-only' })}
              />
            ))}
          </>
        )}
      </QueryState>
    </section>
  );
}
