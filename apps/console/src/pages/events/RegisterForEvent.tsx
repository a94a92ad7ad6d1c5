import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { LabelledInput, SubmitWithError } from '../../components/form-fields';
import { graphql } from '../../gql';
import { useSession } from '../../session/session';

const MyRegistrations = graphql(`
  query MyHubEventRegistrations {
    myHubEventRegistrations {
      id
      eventId
      status
      places
      yearGroup
      waitingPosition
    }
  }
`);

const LeaderInstitution = graphql(`
  query EventLeaderInstitution {
    myInstitution {
      id
      name
    }
  }
`);

const Register = graphql(`
  mutation RegisterForHubEvent($input: RegisterForHubEventInput!) {
    registerForHubEvent(input: $input) {
      id
      status
    }
  }
`);

const CancelRegistration = graphql(`
  mutation CancelHubEventRegistration($id: ID!) {
    cancelHubEventRegistration(id: $id) {
      id
      status
    }
  }
`);

const STATUS_NAMES: Record<string, string> = {
  CONFIRMED: 'Your place is confirmed',
  WAITLISTED: 'On the waiting list',
  AWAITING_CONFIRMATION: 'Waiting for the address to be confirmed',
  CANCELLED: 'Cancelled',
};

/** Advisers and employer contacts register themselves; careers leaders a group of pupils. */
export function RegisterForEvent({
  eventId,
  open,
  onDone,
}: {
  eventId: string;
  open: boolean;
  onDone: () => void;
}) {
  const { session } = useSession();
  const leader = session?.user.role === 'CAREERS_LEADER';
  const [mine, refetch] = useQuery({ query: MyRegistrations });
  const [institution] = useQuery({ query: LeaderInstitution, pause: !leader });
  const [result, register] = useMutation(Register);
  const [cancelling, cancel] = useMutation(CancelRegistration);
  const [yearGroup, setYearGroup] = useState('10');
  const [places, setPlaces] = useState('1');
  const [consent, setConsent] = useState(false);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    onDone();
  };
  const here = (mine.data?.myHubEventRegistrations ?? []).filter(
    (r) => r.eventId === eventId && r.status !== 'CANCELLED',
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await register({
      input: {
        eventId,
        consentToContact: consent,
        joinWaitingList: true,
        ...(leader
          ? {
              institutionId: institution.data?.myInstitution?.id,
              yearGroup: Number(yearGroup),
              places: Number(places),
            }
          : {}),
      },
    });
    if (done.data) reload();
  }

  return (
    <section aria-labelledby="your-registration">
      <h2 id="your-registration">{leader ? 'Your groups' : 'Your registration'}</h2>
      {cancelling.error && <p role="alert">{cancelling.error.message}</p>}
      <ul>
        {here.map((r) => (
          <li key={r.id}>
            {leader ? `Year ${r.yearGroup}, ${r.places} pupils: ` : ''}
            {STATUS_NAMES[r.status] ?? r.status}
            {r.waitingPosition ? ` (number ${r.waitingPosition})` : ''}{' '}
            <button
              type="button"
              className="secondary"
              disabled={cancelling.fetching}
              onClick={() => void cancel({ id: r.id }).then(reload)}
            >
              Cancel {leader ? `year ${r.yearGroup}` : 'my registration'}
            </button>
          </li>
        ))}
      </ul>
      {open && (leader || here.length === 0) && (
        <form onSubmit={submit} aria-labelledby="your-registration">
          {leader && (
            <>
              <LabelledInput
                label="Year group"
                type="number"
                min={1}
                max={14}
                required
                value={yearGroup}
                onChange={(e) => setYearGroup(e.target.value)}
              />
              <LabelledInput
                label="Number of pupils (no names)"
                type="number"
                min={1}
                required
                value={places}
                onChange={(e) => setPlaces(e.target.value)}
              />
            </>
          )}
          <label className="checkbox">
            <input
              type="checkbox"
              checked={consent}
              onChange={(e) => setConsent(e.target.checked)}
            />
            Send {leader ? 'me' : 'me'} the resources after the event
          </label>
          <SubmitWithError
            result={result}
            errorTitle="Not registered"
            label={leader ? 'Register this group' : 'Register'}
            busyLabel="Registering…"
          />
        </form>
      )}
    </section>
  );
}
