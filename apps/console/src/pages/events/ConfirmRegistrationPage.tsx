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

/**
 * Where the emailed link of a public registration lands. Confirming takes a press of the button,
 * so a mail scanner following the link confirms nothing.
 */
export function ConfirmRegistrationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [result, confirm] = useMutation(ConfirmRegistration);
  const status = result.data?.confirmHubEventRegistration;

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
      </PublicPage>
    );

  return (
    <PublicPage title="Confirm your registration">
      <p>Confirm your email address to complete your registration.</p>
      {result.error && <ErrorNotice error={result.error} title="Not confirmed" />}
      <button type="button" disabled={result.fetching} onClick={() => void confirm({ token })}>
        Confirm my registration
      </button>
    </PublicPage>
  );
}
