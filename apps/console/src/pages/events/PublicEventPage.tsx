import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../components/status';
import { graphql } from '../../gql';
import {
  checkEmail,
  Field,
  Problems,
  PublicForm,
  PublicPage,
  PublicReceipt,
  required,
  TextField,
  usePublicForm,
} from '../public/public-form';
import { eventPlace, eventTimes } from './event-times';

const PublicEvent = graphql(`
  query PublicEvent($token: String!) {
    publicHubEvent(token: $token) {
      title
      description
      hubName
      startsAt
      endsAt
      venue
      address
      online
      registrationOpen
      full
      cancelled
    }
  }
`);

const RegisterPublic = graphql(`
  mutation RegisterForPublicEvent($input: RegisterForPublicHubEventInput!) {
    registerForPublicHubEvent(input: $input)
  }
`);

const EMPTY = { name: '', email: '', attendees: '1', consent: '' };

function problemsOf(form: typeof EMPTY): Problems {
  const problems: Problems = {};
  required(problems, 'name', form.name, 'Enter your full name');
  checkEmail(problems, 'email', form.email);
  const attendees = Number(form.attendees);
  if (!Number.isInteger(attendees) || attendees < 1 || attendees > 10)
    problems.attendees = 'Enter how many will come, from 1 to 10';
  return problems;
}

/** An event's public page (no sign-in): what it is, and registration for an adult. */
export function PublicEventPage() {
  const { token } = useParams();
  const [event] = useQuery({ query: PublicEvent, variables: { token: token! } });
  const [result, register] = useMutation(RegisterPublic);
  const { form, problems, set, bind, submit } = usePublicForm(EMPTY, problemsOf, (form) =>
    register({
      input: {
        token: token!,
        name: form.name.trim(),
        email: form.email.trim(),
        attendees: Number(form.attendees),
        consentToContact: form.consent === 'yes',
      },
    }),
  );

  if (result.data)
    return (
      <PublicReceipt title="Check your email" testId="registration-received">
        <p>
          We have sent a link to {form.email.trim()}. Your place counts once you follow it to
          confirm your address.
        </p>
      </PublicReceipt>
    );

  return (
    <QueryState result={event} what="the event">
      {({ publicHubEvent: e }) => {
        const facts = (
          <>
            <p>{e.description}</p>
            <dl className="facts">
              <dt>When</dt>
              <dd>{eventTimes(e.startsAt, e.endsAt)}</dd>
              <dt>Where</dt>
              <dd>{eventPlace(e)}</dd>
              <dt>Organised by</dt>
              <dd>{e.hubName}</dd>
            </dl>
          </>
        );
        if (e.cancelled || !e.registrationOpen)
          return (
            <PublicPage title={e.title}>
              {facts}
              <p role="status">
                {e.cancelled ? 'This event has been cancelled.' : 'Registration is not open.'}
              </p>
            </PublicPage>
          );
        return (
          <PublicForm
            title={e.title}
            label={`Register for ${e.title}`}
            intro={
              <>
                Register below: we only ask for your name and email, and how many will come.
                {e.full && ' Every place is taken for now, so you will join the waiting list.'}
              </>
            }
            problems={problems}
            onSubmit={submit}
            result={result}
            errorTitle="Your registration was not sent"
            sendLabel="Register"
          >
            {facts}
            <TextField {...bind('name')} label="Your full name" autoComplete="name" />
            <TextField
              {...bind('email')}
              label="Email"
              hint="We send a link here to confirm your registration"
              type="email"
              autoComplete="email"
            />
            <TextField
              {...bind('attendees')}
              label="How many will come, you included"
              type="number"
              min={1}
              max={10}
              inputMode="numeric"
            />
            <Field id="consent" label="Send me the resources after the event" problems={problems}>
              {(props) => (
                <input
                  {...props}
                  type="checkbox"
                  checked={form.consent === 'yes'}
                  onChange={(ev) => set('consent')(ev.target.checked ? 'yes' : '')}
                />
              )}
            </Field>
          </PublicForm>
        );
      }}
    </QueryState>
  );
}
