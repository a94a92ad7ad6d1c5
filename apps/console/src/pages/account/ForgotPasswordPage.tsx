import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { AccountEmailInput, SubmitWithError } from '../../components/form-fields';
import { graphql } from '../../gql';

const RequestPasswordReset = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** Asks for a reset link; the answer is the same whether or not the account exists. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [result, request] = useMutation(RequestPasswordReset);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await request({ email });
  }

  return (
    <main id="main" className="sign-in">
      <h1>Reset your password</h1>
      {result.data ? (
        <p role="status">
          If an account has the email {email}, a link to choose a new password is on its way. It
          works once, for one hour.
        </p>
      ) : (
        <form onSubmit={submit} aria-label="Reset your password">
          <AccountEmailInput value={email} onChange={setEmail} />
          <SubmitWithError result={result} errorTitle="No link was sent" label="Email me a link" />
        </form>
      )}
      <p>
        <Link to="/">Back to sign in</Link>
      </p>
    </main>
  );
}
