import { useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../components/status';
import { graphql } from '../../gql';
import { PublicPage } from '../public/public-form';

const ConfirmRegistration = graphql(`
  mutation ConfirmEventRegistration($token: String!) {
    confirmHubEventRegistration(token: $token)
  }
`);

const CancelRegistration = graphql(`
  mutation CancelPublicEventRegistration($token: String!) {
    cancelPublicHubEventRegistration(token: $token)
  }
`);

/**
 * Where the emailed link of a public registration lands: it confirms the address, and later
 * cancels the registration. Each takes a press of a button, so a mail scanner following the link
 * does nothing.
 */
export function ConfirmRegistrationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [result, confirm] = useMutation(ConfirmRegistration);
  const [cancelResult, cancel] = useMutation(CancelRegistration);
  const status = result.data?.confirmHubEventRegistration;

  const cancelling = (
    <section aria-labelledby="cancel-heading">
      <h2 id="cancel-heading">Cannot come after all?</h2>
      <p>Cancel your registration so that someone else can have your places.</p>
      {cancelResult.error && <ErrorNotice error={cancelResult.error} title="Not cancelled" />}
      <button type="button" disabled={cancelResult.fetching} onClick={() => void cancel({ token })}>
        Cancel my registration
      </button>
    </section>
  );

  if (cancelResult.data?.cancelPublicHubEventRegistration)
    return (
      <PublicPage title="Your registration is cancelled">
        <p role="status" data-testid="registration-cancelled">
          Thank you for letting us know. Your places go to the next people waiting.
        </p>
      </PublicPage>
    );

  if (status)
    return (
      <PublicPage
        title={status === 'WAITLISTED' ? 'You are on the waiting list' : 'Your place is confirmed'}
      >
        <p role="status" data-testid="registration-confirmed">
          {status === 'WAITLISTED'
            ? 'Every place is taken for now. If one comes free it is yours in turn, and we will email you.'
            : 'Thank you. We have emailed you the details, with a calendar file.'}
        </p>
        <p>Keep the email: its link also cancels your registration.</p>
        {cancelling}
      </PublicPage>
    );

  return (
    <PublicPage title="Confirm your registration">
      <p>Confirm your email address to complete your registration.</p>
      {result.error && <ErrorNotice error={result.error} title="Not confirmed" />}
      <button type="button" disabled={result.fetching} onClick={() => void confirm({ token })}>
        Confirm my registration
      </button>
      {cancelling}
    </PublicPage>
  );
}
